import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'
import {ansi, run, stackLine} from './run.js'

const manifest = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8')
) as {version: string}

describe('@tweetstorm/cli', () => {
  it('exposes the public API', () => {
    expect(Object.keys(api).sort()).toEqual(['commands', 'exitCode', 'main'])
    expect(api.commands.map((c) => c.name)).toEqual(['split', 'intent', 'check'])
    expect(api.exitCode).toEqual({success: 0, badInput: 1, badUsage: 2})
  })

  it('prints the version from package.json', async () => {
    for (const flag of ['--version', '-v']) {
      const result = await run([flag])
      expect(result).toEqual({code: 0, stdout: manifest.version + '\n', stderr: ''})
    }
  })

  it('lists every command in --help, on stdout, exit 0', async () => {
    const result = await run(['--help'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    for (const name of ['split', 'intent', 'check']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'm'))
    }
  })

  it('has --help for every command, listing its options', async () => {
    const expected: Record<string, string[]> = {
      split: ['--json', '--limit', '--numbering', '--numbering-position', '--continuation', '--platform', '--markdown'],
      intent: ['--url', '--via', '--hashtags', '--related', '--in-reply-to', '--no-fit'],
      check: ['--limit', '--url', '--via', '--hashtags', '--related']
    }
    for (const [name, flags] of Object.entries(expected)) {
      const result = await run([name, '--help'])
      expect(result.code, name).toBe(0)
      expect(result.stdout).toContain(`Usage: tweetstorm ${name}`)
      for (const flag of flags) expect(result.stdout, `${name} ${flag}`).toContain(flag)
      // `help <command>` is the same page.
      expect((await run(['help', name])).stdout).toBe(result.stdout)
    }
  })

  it('rejects help for an unknown command with exit 2', async () => {
    const result = await run(['help', 'chek'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Unexpected help topic "chek", expected a command: split, intent, check (did you mean check?)')
  })

  it('shows usage on stderr with exit 2 when called without a command', async () => {
    const result = await run([])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Usage: tweetstorm <command>')
  })

  it('rejects an unknown command with exit 2, naming the known ones', async () => {
    const result = await run(['splt', 'file.txt'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Unexpected command "splt", expected one of split, intent, check')
    expect(result.stderr).toContain('did you mean split?')
    expect(result.stderr).not.toMatch(stackLine)
  })

  it('rejects an option before the command with exit 2', async () => {
    const result = await run(['--limit', '100', 'split'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unexpected option --limit before the command')
  })

  it('prints a stack trace only with --debug', async () => {
    const plain = await run(['split', 'no-such-file.txt'])
    expect(plain.code).toBe(1)
    expect(plain.stderr).not.toMatch(stackLine)
    for (const argv of [
      ['split', 'no-such-file.txt', '--debug'],
      ['--debug', 'split', 'no-such-file.txt']
    ]) {
      const debug = await run(argv)
      expect(debug.code).toBe(1)
      expect(debug.stderr).toContain('Cannot read "no-such-file.txt"')
      expect(debug.stderr).toMatch(stackLine)
    }
  })

  it('colours only when asked by FORCE_COLOR, and never with NO_COLOR', async () => {
    const text = 'A short thought.'
    const piped = await run(['split'], {input: text})
    expect(piped.stdout).not.toMatch(ansi)
    const forced = await run(['split'], {input: text, env: {FORCE_COLOR: '1'}})
    expect(forced.stdout).toMatch(ansi)
    const refused = await run(['split'], {input: text, env: {FORCE_COLOR: '1', NO_COLOR: '1'}})
    expect(refused.stdout).not.toMatch(ansi)
    // Errors follow the same rule.
    const error = await run(['nope'], {env: {NO_COLOR: '1', FORCE_COLOR: '1'}})
    expect(error.stderr).not.toMatch(ansi)
  })

  it('ends quietly but exits 1 when the reader closes the pipe early, since output was lost', async () => {
    const {spawn} = await import('node:child_process')
    const {bin} = await import('./run.js')
    const input = 'A sentence that keeps a thread going. '.repeat(40_000)
    const child = spawn(process.execPath, [bin, 'split'], {stdio: ['pipe', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdin.on('error', () => {})
    child.stdin.end(input)
    // Like `| head -1`: read one chunk, then close.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(1)
  })

  it('`check dir | head` still exits 1 when there are problems (pipefail sees the failure)', async () => {
    const {spawn} = await import('node:child_process')
    const {mkdtempSync, writeFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const {join} = await import('node:path')
    const {bin} = await import('./run.js')
    const folder = mkdtempSync(join(tmpdir(), 'tweetstorm-check-'))
    for (let index = 0; index < 40; index++) {
      writeFileSync(join(folder, `post-${index}.md`), `:::tweetable
${'word '.repeat(100)}
:::
`)
    }
    const child = spawn(process.execPath, [bin, 'check', folder], {stdio: ['ignore', 'pipe', 'pipe']})
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(1)
  })

  it('keeps JSON free of colour even when colour is forced', async () => {
    const result = await run(['split', '--json'], {input: 'One tweet.', env: {FORCE_COLOR: '1'}})
    expect(result.stdout).not.toMatch(ansi)
    expect(() => JSON.parse(result.stdout)).not.toThrow()
  })
})

describe('main (programmatic)', () => {
  it('resolves to 1, silently, when stdout refuses writes (a closed pipe)', async () => {
    const {PassThrough, Writable} = await import('node:stream')
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}))
      }
    })
    stdout.on('error', () => {})
    const stderr = new PassThrough()
    let said = ''
    stderr.on('data', (chunk: Buffer) => (said += chunk.toString()))
    const stdin = new PassThrough()
    stdin.end('One tweet.')
    expect(await api.main(['split'], {stdin, stdout, stderr, env: {}})).toBe(1)
    expect(said).toBe('')
  })

  it('says it is waiting when stdin is a terminal', async () => {
    const {PassThrough} = await import('node:stream')
    const stdin = Object.assign(new PassThrough(), {isTTY: true})
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    const said: string[] = []
    stderr.on('data', (chunk: Buffer) => said.push(chunk.toString()))
    stdout.resume()
    stdin.end('Typed by hand.')
    const code = await api.main(['split'], {stdin, stdout, stderr, env: {}})
    expect(code).toBe(0)
    expect(said.join('')).toContain('end it with Ctrl-D')
  })

  it('works with injected streams and returns the exit code', async () => {
    const {PassThrough} = await import('node:stream')
    const stdin = new PassThrough()
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    const chunks: string[] = []
    stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
    stdin.end('Hello from code.')
    const code = await api.main(['split', '--json'], {stdin, stdout, stderr, env: {}})
    expect(code).toBe(0)
    const thread = JSON.parse(chunks.join('')) as {tweets: {text: string}[]}
    expect(thread.tweets.map((t) => t.text).join(' ')).toContain('Hello from code.')
  })
})
