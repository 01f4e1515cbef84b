import {weightedLength, xAtoms, xCutting, xEntities, xSumsExactly, xWeigh, type Counter} from '../count.js'
import type {IntentParams} from '../types.js'
import {type CountingProfile, type HandleRule, type PlatformProfile, withSharing} from './profile.js'

// X (formerly Twitter). Counting is twitter-text 3.1 with config v3, the library X publishes and its
// web composer agrees with; the functions live in count.ts (weightedLength, xAtoms, xWeigh, xEntities).

/** An X handle: 1–15 ASCII letters, digits or underscores (X's own rule for screen names). */
export const xHandle: HandleRule = {
  pattern: /^[A-Za-z0-9_]{1,15}$/,
  kind: 'an X handle',
  expected: 'an X handle of 1–15 letters, digits or _'
}

/** The X counter: twitter-text 3.1 with config v3 (URLs 23, CJK and emoji 2, others 1). */
export const xCounter: Counter = {
  platform: 'x',
  // 280: twitter-text config v3 `maxWeightedTweetLength`.
  defaultLimit: 280,
  // 25,000: the longest post X Premium accepts.
  maxLimit: 25_000,
  count(text, limit) {
    const length = weightedLength(text)
    return {
      length: length.weighted,
      limit,
      remaining: limit - length.weighted,
      valid: length.valid && length.weighted > 0 && length.weighted <= limit,
      permillage: Math.floor((length.weighted / limit) * 1000)
    }
  },
  weigh: xWeigh,
  atoms: xAtoms,
  entities: xEntities,
  cutting: xCutting,
  sumsExactly: xSumsExactly
}

const xIntentEndpoint = 'https://x.com/intent/tweet'

/**
 * X's web intent, `https://x.com/intent/tweet`, with the parameters X documents in a fixed order,
 * encoded by `URLSearchParams` (so `&`, `#`, `+`, `%` and newlines survive). X composes the post
 * itself from them: `text url #tag1 #tag2 via @handle`.
 */
export function xShareUrl(params: IntentParams): string {
  // Called by hand with nothing (`null`), it gives the bare intent link rather than a TypeError.
  if (params === null || typeof params !== 'object') return xIntentEndpoint
  // `URLSearchParams` serialises exactly as `URL#searchParams` does; building the link by hand saves
  // parsing a URL per link (a page of 10,000 sentences makes 10,000 links).
  const search = new URLSearchParams()
  if (params.text) search.set('text', params.text)
  if (params.url) search.set('url', params.url)
  if (params.hashtags?.length) search.set('hashtags', params.hashtags.join(','))
  if (params.via) search.set('via', params.via)
  if (params.related?.length) search.set('related', params.related.join(','))
  if (params.inReplyTo) search.set('in_reply_to', params.inReplyTo)
  const query = search.toString()
  return query ? `${xIntentEndpoint}?${query}` : xIntentEndpoint
}

/** The counting part of the X profile: all that splitThread and countTweet read of it. */
export const xCounting: CountingProfile = {
  name: 'x',
  label: 'X',
  limit: {min: 40, default: 280, max: 25_000},
  needsInstance: false,
  counter: xCounter
}

export const x: PlatformProfile = /* @__PURE__ */ withSharing(xCounting, {
  shareTail(share) {
    // The order X composes them in: url, hashtags, then `via @handle`. `related` and `in_reply_to`
    // add nothing counted.
    const parts: ReturnType<PlatformProfile['shareTail']> = []
    if (share.url) parts.push({name: 'url', value: share.url})
    if (share.hashtags?.length) parts.push({name: 'hashtags', value: share.hashtags.map((tag) => '#' + tag).join(' ')})
    if (share.via) parts.push({name: 'via', value: 'via @' + share.via})
    return parts
  },
  handle: xHandle,
  carries: {text: true, url: true, via: true, hashtags: true, related: true, inReplyTo: true},
  shareUrl: (share) => xShareUrl(share),
  sources: [
    {rule: 'weighted length: URLs 23, CJK and emoji 2, other code points 1 (config v3)', url: 'https://github.com/twitter/twitter-text/blob/master/config/v3.json'},
    {rule: 'counting algorithm (parseTweet, NFC, emoji parsing)', url: 'https://github.com/twitter/twitter-text/blob/master/js/src/parseTweet.js'},
    {rule: 'limit 280, and 25,000 for X Premium', url: 'https://help.x.com/en/using-x/x-premium'},
    {rule: 'web intent parameters text, url, hashtags, via, related, in_reply_to', url: 'https://developer.x.com/en/docs/x-for-websites/tweet-button/guides/web-intent'}
  ]
})
