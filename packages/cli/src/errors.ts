/**
 * The two ways a run can fail on purpose. Each maps to one exit code, so a script calling
 * `tweetstorm` can tell "you called me wrong" from "your content is wrong".
 */

/** Exit codes, as documented in the README. */
export const exitCode = {
  success: 0,
  /** Unreadable input, empty input, or content that does not pass `check`. */
  badInput: 1,
  /** Unknown command or option, a missing or malformed option value. */
  badUsage: 2
} as const

/** The command line itself is wrong: unknown command or option, bad option value. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** The input cannot be used: a missing file, a folder without Markdown, bytes that are not UTF-8. Exit 1. */
export class InputError extends Error {
  override name = 'InputError'
}
