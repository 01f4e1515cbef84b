import {readFile} from 'node:fs/promises'
import {InputError} from './errors.js'

/**
 * Everything `main` touches outside itself. Passing it in keeps `main` usable from code and
 * from tests without patching `process`.
 */
export interface Io {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean | undefined}
  stdout: NodeJS.WritableStream & {isTTY?: boolean | undefined}
  stderr: NodeJS.WritableStream & {isTTY?: boolean | undefined}
  env: Readonly<Record<string, string | undefined>>
  /** Folder that relative paths and globs are resolved against. */
  cwd: string
}

/** Fill in whatever the caller did not pass with the current process's streams. */
export function resolveIo(io: Partial<Io> | null | undefined): Io {
  return {
    stdin: io?.stdin ?? process.stdin,
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    env: io?.env ?? process.env,
    cwd: io?.cwd ?? process.cwd()
  }
}

/** Write and wait until the stream took it, so large outputs are not cut off when the process ends. */
export function write(
  stream: NodeJS.WritableStream,
  text: string
): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      if (error) reject(error)
      else resolve()
    })
  })
}

/**
 * Whether a write failed because the reader went away (`| head`): EPIPE, or a write to the
 * stream Node destroyed after it.
 */
export function isClosedOutput(error: unknown): boolean {
  const code = (error as {code?: unknown} | null | undefined)?.code
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END'
}

// `fatal` turns broken bytes into an error instead of silently posting U+FFFD; the BOM an editor
// may add is dropped.
const utf8 = new TextDecoder('utf-8', {fatal: true})

function decode(bytes: Uint8Array, name: string): string {
  try {
    return utf8.decode(bytes)
  } catch {
    throw new InputError(
      `Unexpected bytes that are not UTF-8 in ${name}, expected UTF-8 text`
    )
  }
}

/**
 * Read a whole stream. Chunks are collected and decoded once at the end: decoding chunk by chunk
 * would split multi-byte characters, and line-based readers choke on long lines.
 */
export async function readStream(
  stream: NodeJS.ReadableStream,
  name: string
): Promise<string> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  }
  return decode(Buffer.concat(chunks), name)
}

/**
 * Read a text file, turning file-system errors into messages a person can act on. `name` is the
 * path as the user typed it, which is what messages show.
 */
export async function readTextFile(path: string, name = path): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new InputError(describeReadError(error, name))
  }
  return decode(bytes, `"${name}"`)
}

function describeReadError(error: unknown, path: string): string {
  const code = (error as {code?: unknown} | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return `Cannot read "${path}": no such file, expected a readable text file (or - for stdin)`
    case 'EISDIR':
      return `Cannot read "${path}": it is a folder, expected a text file`
    case 'EACCES':
    case 'EPERM':
      return `Cannot read "${path}": permission denied, expected a file you can read`
    default:
      return `Cannot read "${path}": ${(error as Error | undefined)?.message ?? String(error)}`
  }
}
