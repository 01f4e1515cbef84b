import type {SplitOptions} from '@tweetstorm/core'

/** Limits offered in the composer: classic, current, and the longer ones paid accounts get. */
export const limitChoices = [140, 280, 500, 1000, 4000, 25_000] as const

/** Numbering styles as the splitter names them; `none` stands for `numbering: false`. */
export const numberingChoices = ['n/N', '(n/N)', '[n/N]', 'n/', 'none'] as const
export type NumberingChoice = (typeof numberingChoices)[number]

export const positionChoices = ['end', 'start'] as const
export type PositionChoice = (typeof positionChoices)[number]

/** Everything the composer remembers between visits. */
export interface ComposerSettings {
  draft: string
  limit: number
  numbering: NumberingChoice
  numberingPosition: PositionChoice
  /** The mark ending a tweet that stops mid-sentence; empty for none. */
  continuation: string
}

export const defaultSettings: ComposerSettings = {
  draft: '',
  limit: 280,
  numbering: 'n/N',
  numberingPosition: 'end',
  continuation: '…'
}

/** Where the composer keeps its draft in `localStorage`. */
export const storageKey = 'tweetstorm:composer'

/** Longest continuation mark the composer accepts; a mark is meant to be a glyph or two, not a sentence. */
export const maxContinuationLength = 3

/**
 * Read stored settings, keeping each valid field and falling back to the default for anything
 * missing or tampered with, so a bad value never locks someone out of their draft.
 *
 * @example
 *   readSettings('{"draft":"Hi","limit":7}') // → {...defaultSettings, draft: 'Hi'}
 */
export function readSettings(stored: string | null | undefined): ComposerSettings {
  let value: unknown
  try {
    value = stored ? JSON.parse(stored) : undefined
  } catch {
    value = undefined
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const settings = {...defaultSettings}
  if (typeof record['draft'] === 'string') settings.draft = record['draft']
  if (typeof record['limit'] === 'number' && (limitChoices as readonly number[]).includes(record['limit'])) {
    settings.limit = record['limit']
  }
  const numbering = numberingChoices.find((choice) => choice === record['numbering'])
  if (numbering) settings.numbering = numbering
  const position = positionChoices.find((choice) => choice === record['numberingPosition'])
  if (position) settings.numberingPosition = position
  if (typeof record['continuation'] === 'string' && record['continuation'].length <= maxContinuationLength) {
    settings.continuation = record['continuation']
  }
  return settings
}

/**
 * The `splitThread` options for a set of composer settings.
 *
 * @example
 *   splitOptions({...defaultSettings, numbering: 'none', continuation: ''})
 *   // → {limit: 280, numbering: false, numberingPosition: 'end', continuation: false}
 */
export function splitOptions(settings: ComposerSettings): SplitOptions {
  return {
    limit: settings.limit,
    numbering: settings.numbering === 'none' ? false : settings.numbering,
    numberingPosition: settings.numberingPosition,
    continuation: settings.continuation.trim() === '' ? false : settings.continuation
  }
}
