import type {OptionsError} from '@tweetstorm/core'
import {orList, suggest, type Core} from './args.js'

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
  // The plugin takes a list of platforms; `check` fills it from --platform.
  if (head === 'platforms') return '--platform'
  return '--' + head.replace(/[A-Z]/g, (letter) => '-' + letter.toLowerCase())
}

/**
 * What a flag takes, in command-line terms, where core's words fit a JavaScript caller only:
 * core's `false` is `none` or `--no-continuation` here. The lists are core's own.
 */
function flagExpectation(flag: string, core: Core | undefined): string | undefined {
  if (flag === '--numbering' && core) return orList([...core.numberingStyles, 'none'])
  if (flag === '--continuation') return 'a mark of 1–8 characters without whitespace, such as …, or --no-continuation instead'
  return undefined
}

/** The values a flag takes, for "did you mean": `--platform blusky` → bluesky. */
function flagChoices(flag: string, core: Core | undefined): readonly string[] {
  if (!core) return []
  if (flag === '--platform') return core.platforms
  if (flag === '--numbering') return [...core.numberingStyles, 'none']
  if (flag === '--numbering-position') return ['end', 'start']
  if (flag === '--links') return core.linksSchema.options
  return []
}

/**
 * One problem in the CLI's words: `Unexpected "08" for --limit, expected a whole number from 40
 * to 25000`. The value shown is the one the user typed (core only saw `8`), except for an item
 * of a list, which core names best. Messages of another shape keep core's words and the flag.
 */
export function describeProblem(
  problem: {path: string; message: string},
  typed: (flag: string) => string | undefined,
  core?: Core
): string {
  const flag = flagForPath(problem.path)
  const {message} = problem
  const split = message.indexOf(', expected ')
  const forAt = message.lastIndexOf(' for `', split)
  const inAt = message.lastIndexOf(' in `', split)
  const at = Math.max(forAt, inAt)
  const flags = (text: string) => text.replace(/`([a-z][A-Za-z]*)`/g, (_, name: string) => flagForPath(name))
  // The plugin says a required option is absent as "Unexpected no `instance`, expected …".
  if (message.startsWith('Unexpected no `') && split > 0) return `Unexpected missing ${flag}, expected ${flags(message.slice(split + ', expected '.length))}`
  if (!message.startsWith('Unexpected ') || split < 0 || at < 0) return `${message} → at ${flag}`
  // Core names other options as JavaScript does (`inReplyTo`); here they are flags (--in-reply-to).
  const expected = flagExpectation(flag, core) ?? flags(message.slice(split + ', expected '.length))
  const value = typed(flag)
  const given = message.slice('Unexpected '.length, at)
  // A required flag that was left out (Mastodon's --instance): say it is missing, not "undefined".
  if (forAt === at && value === undefined && given === 'undefined') return `Unexpected missing ${flag}, expected ${expected}`
  const shown = forAt === at && value !== undefined ? JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value) : given
  // "Did you mean" compares the value as typed, or for an item of a list (`--platform x,mastdon`) the item.
  const compared = forAt === at ? value : itemOf(given)
  const choices = flagChoices(flag, core)
  // The plugin may have suggested one already ("; did you mean 'mastodon'?").
  const hint = compared === undefined || choices.includes(compared) || expected.includes('did you mean') ? '' : suggest(compared, choices)
  return `Unexpected ${shown} ${forAt === at ? 'for' : 'in'} ${flag}, expected ${expected}${hint}`
}

/** The string inside a quoted value as core shows it (`"mastdon"`), or `undefined`. */
function itemOf(shown: string): string | undefined {
  try {
    const value: unknown = JSON.parse(shown)
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

/** Every problem of an `OptionsError`, one per line, each naming its flag. */
export function describeOptionsError(
  error: OptionsError,
  typed: (flag: string) => string | undefined = () => undefined,
  core?: Core
): string {
  const lines = error.problems.map((problem) => `  ✖ ${describeProblem(problem, typed, core)}`)
  return `Unexpected option value${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`
}
