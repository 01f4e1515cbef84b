import {readFileSync} from 'node:fs'
import {
  commonOptions,
  describeOptions,
  parseCommandArgs,
  stringOption,
  suggest,
  type ParsedArgs
} from './args.js'
import {palette, wantsColour} from './colour.js'
import type {Command, Context} from './command.js'
import {check} from './commands/check.js'
import {intent} from './commands/intent.js'
import {split} from './commands/split.js'
import {InputError, UsageError, exitCode} from './errors.js'
import {isClosedOutput, resolveIo, write, type Io} from './io.js'
import {describeOptionsError, isOptionsError} from './options-error.js'

/** Every command, in the order help lists them. */
export const commands: readonly Command[] = [split, intent, check]

/**
 * Run `tweetstorm` with `argv` (the arguments after the program name) and resolve to the exit
 * code: 0 success, 1 bad input, 2 bad usage. Nothing is thrown and `process` is left alone, so it
 * can be called from code and tests.
 *
 * @example
 *   const code = await main(['intent', 'Hello', '--via', 'tweetstorm'])
 *   // prints https://x.com/intent/tweet?text=Hello&via=tweetstorm, code === 0
 */
export async function main(
  argv: readonly string[],
  io?: Partial<Io> | null
): Promise<number> {
  const resolved = resolveIo(io ?? undefined)
  const context: Context = {
    io: resolved,
    out: palette(wantsColour(resolved.stdout, resolved.env)),
    err: palette(wantsColour(resolved.stderr, resolved.env))
  }
  // Called from code, `argv` may be anything; say so rather than throw (a TypeError from
  // `.slice` would break the promise of never throwing).
  const given: unknown = argv
  if (!Array.isArray(given) || !given.every((word) => typeof word === 'string')) {
    return report(
      new UsageError(
        `Unexpected ${describeArgv(given)} for \`argv\`, expected an array of strings such as ['split', 'post.md']`
      ),
      undefined,
      context,
      false
    )
  }
  // Known before parsing, so even a usage error can show its stack when asked.
  const debug = argv.slice(0, until(argv)).includes('--debug')
  let command: Command | undefined
  let args: ParsedArgs | undefined

  try {
    // `tweetstorm --debug split …` is as good as `tweetstorm split … --debug`.
    const words = argv[0] === '--debug' ? argv.slice(1) : argv
    const [first, ...rest] = words
    if (first === undefined) {
      await write(resolved.stderr, overview(context))
      return exitCode.badUsage
    }
    if (first === '--help' || first === '-h') {
      await write(resolved.stdout, overview(context))
      return exitCode.success
    }
    if (first === 'help') {
      const topic = rest[0]
      const found = topic === undefined ? undefined : findCommand(topic)
      if (topic !== undefined && !found) {
        throw new UsageError(
          `Unexpected help topic ${JSON.stringify(topic)}, expected a command: ${commands
            .map((c) => c.name)
            .join(', ')}${suggest(topic, commands.map((c) => c.name))}`
        )
      }
      await write(resolved.stdout, found ? await commandHelp(found, context) : overview(context))
      return exitCode.success
    }
    if (first === '--version' || first === '-v' || first === '-V') {
      await write(resolved.stdout, version() + '\n')
      return exitCode.success
    }
    if (first.startsWith('-')) {
      throw new UsageError(
        `Unexpected option ${first} before the command, expected a command first: ${commands
          .map((c) => c.name)
          .join(', ')}`
      )
    }
    command = findCommand(first)
    if (!command) {
      throw new UsageError(
        `Unexpected command ${JSON.stringify(first)}, expected one of ${commands
          .map((c) => c.name)
          .join(', ')}${suggest(first, commands.map((c) => c.name))}`
      )
    }

    args = parseCommandArgs(command.name, command.options, rest)
    if (args.values['help'] === true) {
      await write(resolved.stdout, await commandHelp(command, context))
      return exitCode.success
    }
    return await command.run(args, context)
  } catch (error) {
    const parsed = args
    // Messages show a flag's value as typed (`08`), not as core received it (`8`).
    const typed = (flag: string): string | undefined => (parsed ? stringOption(parsed, flag.replace(/^--/, '')) : undefined)
    return report(error, command, context, debug, typed)
  }
}

function describeArgv(value: unknown): string {
  if (Array.isArray(value)) return 'an array holding something other than strings'
  if (value === null || value === undefined) return String(value)
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** Index of a `--` terminator, after which nothing is an option. */
function until(argv: readonly string[]): number {
  const index = argv.indexOf('--')
  return index === -1 ? argv.length : index
}

function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name)
}

/** Print an error the way a person can act on it, and pick the exit code. */
async function report(
  error: unknown,
  command: Command | undefined,
  {io, err}: Context,
  debug: boolean,
  typed: (flag: string) => string | undefined = () => undefined
): Promise<number> {
  // The reader closed stdout (`| head`): whatever the command found, part of its output is lost,
  // so the run must not pass. Unix tools end silently here, and so do we.
  if (isClosedOutput(error)) return exitCode.badInput
  const who = 'tweetstorm' + (command ? ' ' + command.name : '')
  const helpHint = err.dim(
    `Run "tweetstorm${command ? ' ' + command.name : ''} --help" for usage.`
  )
  let message: string
  let code: number
  if (error instanceof UsageError) {
    message = `${error.message}\n${helpHint}`
    code = exitCode.badUsage
  } else if (isOptionsError(error)) {
    // Core threw it, so it is loaded already; its lists name what each flag takes.
    const core = await import('@tweetstorm/core')
    message = `${describeOptionsError(error, typed, core)}\n${helpHint}`
    code = exitCode.badUsage
  } else if (error instanceof InputError) {
    message = error.message
    code = exitCode.badInput
  } else {
    // Not a mistake of the user's: say so, and how to get the details for a bug report.
    message =
      `Unexpected internal error: ${error instanceof Error ? error.message : String(error)}` +
      (debug ? '' : '\n' + err.dim('Run again with --debug for the stack trace.'))
    code = exitCode.badInput
  }
  let text = `${err.red(who + ':')} ${message}\n`
  if (debug && error instanceof Error && error.stack) text += err.dim(error.stack) + '\n'
  try {
    await write(io.stderr, text)
  } catch {
    // stderr is gone (closed pipe); the exit code still tells the story.
  }
  return code
}

function version(): string {
  // package.json sits next to dist/ (and src/), in the published package as in the repository.
  const manifest = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8')
  ) as {version: string}
  return manifest.version
}

function overview({out}: Context): string {
  const width = Math.max(...commands.map((c) => c.name.length + c.operands.length)) + 3
  return [
    `${out.bold('Usage:')} tweetstorm <command> [options]`,
    '',
    'Turn long text into valid threads and share links, for X or another network (--platform).',
    '',
    out.bold('Commands:'),
    ...commands.map(
      (c) => `  ${`${c.name} ${c.operands}`.padEnd(width)}${c.summary}`
    ),
    '',
    out.bold('Options:'),
    describeOptions([
      ...commonOptions,
      {name: 'version', short: 'v', type: 'boolean', description: 'print the version'}
    ]),
    '',
    'Run "tweetstorm <command> --help" for the options of a command.',
    'Exit codes: 0 success, 1 bad input, 2 bad usage.',
    ''
  ].join('\n')
}

/** A command's help page. It loads core, whose lists (platforms, numbering styles, limits) it shows. */
async function commandHelp(command: Command, {out}: Context): Promise<string> {
  const core = await import('@tweetstorm/core')
  return [
    `${out.bold('Usage:')} tweetstorm ${command.name} ${command.operands} [options]`,
    '',
    command.description,
    '',
    out.bold('Options:'),
    describeOptions(command.options, core),
    '',
    out.bold('Examples:'),
    ...command.examples.map((e) => `  $ ${e}`),
    ''
  ].join('\n')
}
