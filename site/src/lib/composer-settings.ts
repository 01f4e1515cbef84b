import {numberingStyles, platformProfile, platforms, type LinkCounting, type Platform, type SplitOptions} from '@tweetstorm/core'

/**
 * Limits the composer offers when a platform allows them: classic, current, and the longer ones paid
 * accounts and some servers get. The bounds are core's: each platform's list is these within its
 * range, plus its own default and maximum (X's 25,000, Mastodon's 100,000).
 */
const limitPresets = [140, 280, 500, 1000, 4000]

/**
 * The limits offered for a platform, ascending: the presets it allows, its default and its maximum.
 *
 * @example
 *   limitChoices('bluesky') // → [140, 280, 300]
 */
export function limitChoices(platform: Platform): number[] {
  const {limit} = platformProfile(platform)
  const within = limitPresets.filter((value) => value >= limit.min && value <= limit.max)
  return [...new Set([...within, limit.default, limit.max])].sort((a, b) => a - b)
}

/** Numbering styles as core names them; `none` stands for `numbering: false`. */
export const numberingChoices = [...numberingStyles, 'none'] as const
export type NumberingChoice = (typeof numberingChoices)[number]

export const positionChoices = ['end', 'start'] as const
export type PositionChoice = (typeof positionChoices)[number]

/** Everything the composer remembers between visits. */
export interface ComposerSettings {
  draft: string
  /** The network the thread is for: it sets the counting, the limit's bounds and the share links. */
  platform: Platform
  /** The Mastodon server share links open on (`mastodon.social`); empty until the writer gives one. */
  instance: string
  /** How Bluesky counts links: as its app shows them shortened, or in full. Used where the platform has the choice. */
  links: LinkCounting
  limit: number
  numbering: NumberingChoice
  numberingPosition: PositionChoice
  /** The mark ending a tweet that stops mid-sentence; empty for none. */
  continuation: string
}

export const defaultSettings: ComposerSettings = {
  draft: '',
  platform: 'x',
  instance: '',
  links: 'shortened',
  limit: 280,
  numbering: 'n/N',
  numberingPosition: 'end',
  continuation: '…'
}

/** Where the composer keeps its draft in `localStorage`. */
export const storageKey = 'tweetstorm:composer'

/** Longest continuation mark the composer accepts; a mark is meant to be a glyph or two, not a sentence. */
export const maxContinuationLength = 3

/** Longest server name kept: a DNS name has at most 253 characters. */
const maxInstanceLength = 253

/**
 * Read stored settings, keeping each valid field and falling back to the default for anything
 * missing or tampered with, so a bad value never locks someone out of their draft. A limit is kept
 * only if the stored platform offers it; otherwise that platform's default applies.
 *
 * @example
 *   readSettings('{"draft":"Hi","limit":7}') // → {...defaultSettings, draft: 'Hi'}
 *   readSettings('{"platform":"bluesky","limit":4000}') // → {...defaultSettings, platform: 'bluesky', limit: 300}
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
  const platform = platforms.find((name) => name === record['platform'])
  if (platform) settings.platform = platform
  settings.limit = platformProfile(settings.platform).limit.default
  if (typeof record['instance'] === 'string' && record['instance'].length <= maxInstanceLength) {
    settings.instance = record['instance']
  }
  if (record['links'] === 'full') settings.links = 'full'
  if (typeof record['limit'] === 'number' && limitChoices(settings.platform).includes(record['limit'])) {
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
 *   // → {platform: 'x', limit: 280, numbering: false, numberingPosition: 'end', continuation: false}
 */
export function splitOptions(settings: ComposerSettings): SplitOptions {
  return {
    platform: settings.platform,
    ...linkOptions(settings),
    limit: settings.limit,
    numbering: settings.numbering === 'none' ? false : settings.numbering,
    numberingPosition: settings.numberingPosition,
    continuation: settings.continuation.trim() === '' ? false : settings.continuation
  }
}

/**
 * `{links}` for a platform that lets links be counted two ways (Bluesky), else nothing: core
 * refuses the option elsewhere.
 *
 * @example
 *   linkOptions({...defaultSettings, platform: 'bluesky', links: 'full'}) // → {links: 'full'}
 *   linkOptions({...defaultSettings, links: 'full'}) // → {}
 */
export function linkOptions(settings: Pick<ComposerSettings, 'platform' | 'links'>): {links?: LinkCounting} {
  return platformProfile(settings.platform).linkCounters ? {links: settings.links} : {}
}
