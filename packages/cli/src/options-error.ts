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

/** Every problem of an `OptionsError`, one per line, each naming its flag. */
export function describeOptionsError(error: OptionsError): string {
  const lines = error.problems.map(
    (problem) => `  ✖ ${problem.message} → at ${flagForPath(problem.path)}`
  )
  return `Unexpected option value${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`
}
