import {PassThrough} from 'node:stream'
import {main} from '../src/index.js'
import type {RunResult} from './run.js'

/**
 * Run `main` in-process with string stdin, and collect what it prints. `argv` is `unknown` so tests
 * can hand it what a careless caller would (`null`, an object).
 */
export async function call(argv: unknown, {input = '', cwd}: {input?: string; cwd?: string} = {}): Promise<RunResult> {
  const stdin = new PassThrough()
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  stdin.end(input)
  const code = await main(argv as string[], {stdin, stdout, stderr, env: {}, ...(cwd ? {cwd} : {})})
  return {code, stdout: out, stderr: err}
}
