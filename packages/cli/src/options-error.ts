import type {OptionsError} from '@tweetstorm/core'

/**
 * Whether `error` is core's `OptionsError`. Checked by shape, not `instanceof`: that would load
 * core just to report a usage error, and would miss a second copy of core in `node_modules`.
 */
export function isOptionsError(error: unknown): error is OptionsError {
  return (
    error instanceof TypeError &&
    error.name === 'OptionsError' &&
    Array.isArray((error as {problems?: unknown}).problems)
  )
}

/**
 * Core names options as JavaScript does (`numberingPosition`, `hashtags.1`); on the command line
 * people typed `--numbering-position` and `--hashtags`, so that is what the message names.
 */
export function flagForPath(path: string): string {
  const head = path.split('.')[0] ?? ''
  if (head === '') return 'the options'
  if (head === 'text') return '<text>'
  return '--' + head.replace(/[A-Z]/g, (letter) => '-' + letter.toLowerCase())
}

/**
 * What a flag takes, in command-line terms, where core's words fit a JavaScript caller only:
 * core's `false` is `none` or `--no-continuation` here.
 */
const flagExpectations: Partial<Record<string, string>> = {
  '--numbering': 'n/N, (n/N), [n/N], n/ or none',
  '--continuation': 'a mark of 1–8 characters without whitespace, such as …, or --no-continuation instead'
}

/**
 * One problem in the CLI's words: `Unexpected "08" for --limit, expected a whole number from 40
 * to 25000`. The value shown is the one the user typed (core only saw `8`), except for an item
 * of a list, which core names best. Messages of another shape keep core's words and the flag.
 */
export function describeProblem(
  problem: {path: string; message: string},
  typed: (flag: string) => string | undefined
): string {
  const flag = flagForPath(problem.path)
  const {message} = problem
  const split = message.indexOf(', expected ')
  const forAt = message.lastIndexOf(' for `', split)
  const inAt = message.lastIndexOf(' in `', split)
  const at = Math.max(forAt, inAt)
  if (!message.startsWith('Unexpected ') || split < 0 || at < 0) return `${message} → at ${flag}`
  const expected = flagExpectations[flag] ?? message.slice(split + ', expected '.length)
  const value = typed(flag)
  const shown = forAt === at && value !== undefined ? JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value) : message.slice('Unexpected '.length, at)
  return `Unexpected ${shown} ${forAt === at ? 'for' : 'in'} ${flag}, expected ${expected}`
}

/** Every problem of an `OptionsError`, one per line, each naming its flag. */
export function describeOptionsError(
  error: OptionsError,
  typed: (flag: string) => string | undefined = () => undefined
): string {
  const lines = error.problems.map((problem) => `  ✖ ${describeProblem(problem, typed)}`)
  return `Unexpected option value${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`
}
