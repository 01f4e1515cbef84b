import type {Counter} from '../count.js'
import type {Platform} from './index.js'

/** How Bluesky links are counted: as the official app shows them once shortened, or in full. */
export type LinkCounting = 'shortened' | 'full'

/** What a handle looks like on one network (its profile's `handle`), for `via`. */
export interface HandleRule {
  pattern: RegExp
  /** 'an X handle', for "expected an X handle (a string)". */
  kind: string
  /** 'an X handle of 1–15 letters, digits or _', for the message when the pattern fails. */
  expected: string
}

/** What a share link carries, validated and (for the text) fitted. */
export interface Share {
  text: string
  url?: string | undefined
  via?: string | undefined
  hashtags?: readonly string[] | undefined
  related?: readonly string[] | undefined
  inReplyTo?: string | undefined
}

/** Settings a share link may need besides what it shares. */
export interface ShareSettings {
  /** The Mastodon host (`mastodon.social`); share links go to the user's own instance. */
  instance?: string | undefined
}

/** One part the network's composer adds after the text, as it is counted. */
export interface TailPart {
  name: 'url' | 'hashtags' | 'via'
  value: string
}

/**
 * Everything tweetstorm knows about one network, in one place: how it counts, its limits, how its
 * share link is built and composed, and where each rule comes from.
 */
export interface PlatformProfile {
  name: Platform
  /** The network's name as users know it ('Share on Bluesky'). */
  label: string
  /** Bounds of the `limit` option and its default (the network's own post limit). */
  limit: {min: number; default: number; max: number}
  /** Whether share links need an `instance` (Mastodon: each server has its own share page). */
  needsInstance: boolean
  /** The splitter's counting interface, with the network's default settings. */
  counter: Counter
  /** Counters per `links` setting, on networks whose app shortens links (Bluesky only). */
  linkCounters?: Readonly<Record<LinkCounting, Counter>>
  /**
   * The counted parts the composer ends up with after the text, in order (`text url #a #b via @h`
   * on X). Everything here counts against the limit; what the network keeps apart (a Threads link
   * attachment) is not listed.
   */
  shareTail(share: Omit<Share, 'text'>): TailPart[]
  /** What `via` takes: a handle of this network (X handles are accepted everywhere, for one `via` on every link). */
  handle: HandleRule
  /** Which share parameters the link can carry at all. */
  carries: {text: boolean; url: boolean; via: boolean; hashtags: boolean; related: boolean; inReplyTo: boolean}
  /** The share link for fitted, validated parameters. */
  shareUrl(share: Share, settings: ShareSettings): string
  /** Where each counting and share rule comes from. */
  sources: ReadonlyArray<{rule: string; url: string}>
}

/**
 * What counting reads of a profile: `splitThread`, `countTweet` and the bounds of the `limit` option.
 * No share link, handle rule or sources.
 */
export type CountingProfile = Pick<PlatformProfile, 'name' | 'label' | 'limit' | 'needsInstance' | 'counter' | 'linkCounters'>

/**
 * A whole profile from its counting part and the rest. Each network file builds its profile with this
 * call marked pure, so a bundle that only counts (`splitThread`, `countTweet`) reaches the counting
 * parts through the registry and leaves out the share links, handle rules and sources (about 2 KB gzip).
 */
export function withSharing(counting: CountingProfile, sharing: Omit<PlatformProfile, keyof CountingProfile>): PlatformProfile {
  return {...counting, ...sharing}
}
