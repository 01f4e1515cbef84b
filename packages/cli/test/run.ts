import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** The built bin, run exactly as a user's shell would run it. */
export const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  /**
   * Written to stdin, which is then closed; without it stdin is closed at once. `null` leaves
   * stdin open, like a terminal nobody types into: the bin must finish without it.
   */
  input?: string | Buffer | null
  cwd?: string
  env?: Record<string, string>
}

/**
 * Spawn `node dist/bin.js …args`. The environment is cleared of colour settings so a test sees
 * what a pipe sees unless it asks for colour.
 */
export function run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'NO_COLOR' && key !== 'FORCE_COLOR') env[key] = value
  }
  Object.assign(env, options.env)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      child.stdin.destroy()
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    })
    child.stdin.on('error', () => {
      // The bin may exit (usage error) before reading stdin; that is not the test's failure.
    })
    if (options.input !== null) child.stdin.end(options.input ?? '')
  })
}

/** A stack trace line as Node prints it. */
export const stackLine = /^\s+at .+:\d+:\d+\)?$/m

/** ANSI escape sequences. */
export const ansi = /\u001B\[/
