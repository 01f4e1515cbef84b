import {platformProfile, type Platform} from '@tweetstorm/core'
import type {Labels, ResolvedOptions} from './options.js'

/** Where `{network}` in a label is replaced by the network's name (`'Share on {network}'` → `'Share on Bluesky'`). */
export const networkPlaceholder = '{network}'

/**
 * Link texts when the links go to other networks than X alone: each says which network it opens.
 * A quote's button reads “Share on Bluesky”; a sentence's small link reads “Bluesky”. Each
 * accessible name starts with the visible text, so voice control finds the link by what it shows.
 */
export const networkLabels: Labels = {
  quote: `Share on ${networkPlaceholder}`,
  quoteName: `Share on ${networkPlaceholder}: this quote (opens in a new window)`,
  sentence: networkPlaceholder,
  sentenceName: `${networkPlaceholder}: share this sentence (opens in a new window)`
}

/**
 * Whether the links are X's alone, as before platforms existed: then the markup is exactly what
 * it always was (“Tweet this”, no network class), so pages do not change under their authors.
 */
export function isXOnly(platforms: readonly Platform[]): boolean {
  return platforms.length === 1 && platforms[0] === 'x'
}

/** The post limit share text is fitted to on `platform`: the `limit` option (one, or this network's), or the network's own. */
export function limitOn(settings: Pick<ResolvedOptions, 'limit'>, platform: Platform): number {
  const {limit} = settings
  const given = typeof limit === 'number' ? limit : limit?.[platform]
  return given ?? platformProfile(platform).limit.default
}

/**
 * The network whose posts are shortest: a rant block is cut into sentences (and long sentences
 * into pieces) once for the page, so the pieces are sized for the strictest network and every
 * link's text fits its own (each link's text is still fitted to its network).
 */
export function strictestPlatform(settings: Pick<ResolvedOptions, 'limit' | 'platforms'>): Platform {
  let strictest = settings.platforms[0] ?? 'x'
  for (const platform of settings.platforms) {
    if (limitOn(settings, platform) < limitOn(settings, strictest)) strictest = platform
  }
  return strictest
}

/** The network's name as links and messages show it (`'Bluesky'`). */
export function networkName(platform: Platform): string {
  return platformProfile(platform).label
}

/** A label with `{network}` filled in. */
export function labelFor(text: string, platform: Platform): string {
  return text.replaceAll(networkPlaceholder, networkName(platform))
}
