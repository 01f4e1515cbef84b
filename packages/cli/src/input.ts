import {resolve} from 'node:path'
import type {Context} from './command.js'
import {readStream, readTextFile, write} from './io.js'

/** Where a command's text came from, for messages and for choosing Markdown. */
export interface Input {
  text: string
  /** `stdin`, or the path as the user typed it. */
  name: string
  fromStdin: boolean
}

/**
 * Read `operand` (a path, `-` or nothing for stdin). At a terminal, reading stdin would look like
 * a hang, so say what is going on.
 */
export async function readInput(
  operand: string | undefined,
  context: Context
): Promise<Input> {
  const {io} = context
  if (operand === undefined || operand === '-') {
    if (io.stdin.isTTY) {
      await write(
        io.stderr,
        context.err.dim('Reading text from the terminal; end it with Ctrl-D (or pass a file).') + '\n'
      )
    }
    return {text: await readStream(io.stdin, 'stdin'), name: 'stdin', fromStdin: true}
  }
  return {
    text: await readTextFile(resolve(io.cwd, operand), operand),
    name: operand,
    fromStdin: false
  }
}
