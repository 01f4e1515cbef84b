import type {OptionSpec, ParsedArgs} from './args.js'
import type {Palette} from './colour.js'
import type {Io} from './io.js'

/** What a command gets besides its arguments. */
export interface Context {
  io: Io
  /** Colours for stdout and for stderr; each is plain unless that stream is a terminal. */
  out: Palette
  err: Palette
}

/** One `tweetstorm <name>` command: its help is generated from the same specs that parse it. */
export interface Command {
  name: string
  /** One line for the command list. */
  summary: string
  /** Arguments after the command name, as shown in usage: `[file]`. */
  operands: string
  /** A few sentences for `--help`. */
  description: string
  options: readonly OptionSpec[]
  examples: readonly string[]
  /** Returns the exit code; throws `UsageError`, `InputError` or core's `OptionsError` on failure. */
  run(args: ParsedArgs, context: Context): Promise<number>
}
