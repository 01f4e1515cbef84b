import {weightedLength, xAtoms, xCutting, xEntities, xSumsExactly, xWeigh, type Counter} from '../count.js'
import type {IntentParams} from '../types.js'
import {insidePair} from '../surrogates.js'
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
 * encoded as `URLSearchParams` encodes them (so `&`, `#`, `+`, `%` and newlines survive). X composes the post
 * itself from them: `text url #tag1 #tag2 via @handle`.
 */
export function xShareUrl(params: IntentParams): string {
  // Called by hand with nothing (`null`), it gives the bare intent link rather than a TypeError.
  if (params === null || typeof params !== 'object') return xIntentEndpoint
  // Written as `URLSearchParams` serialises (`formEncode`), by hand: no URL is parsed, and no
  // parameters object is built per link (a page of 10,000 sentences makes 10,000 links).
  let query = ''
  const add = (name: string, value: string) => {
    query += (query ? '&' : '') + name + '=' + formEncode(String(value))
  }
  if (params.text) add('text', params.text)
  if (params.url) add('url', params.url)
  if (params.hashtags?.length) add('hashtags', params.hashtags.join(','))
  if (params.via) add('via', params.via)
  if (params.related?.length) add('related', params.related.join(','))
  if (params.inReplyTo) add('in_reply_to', params.inReplyTo)
  return query ? `${xIntentEndpoint}?${query}` : xIntentEndpoint
}

/**
 * `value` encoded as `URLSearchParams` writes it (application/x-www-form-urlencoded): ASCII letters,
 * digits and `*-._` stay, a space becomes `+`, everything else is `%XX` per UTF-8 byte, and a lone
 * surrogate is written as U+FFFD. `encodeURIComponent` differs only in leaving `!'()~` as they are
 * and writing a space `%20`, so its output is fixed up with two native replacements. Node's
 * `URLSearchParams` (and a scan in JavaScript) builds the link from many small strings joined one by
 * one, a tree of a few dozen objects per link, where this gives one flat string. `tweetables` keeps a
 * link per sentence: on 200 KB of prose (3,300 links, 20 calls, one-threaded collector, six runs)
 * collections paused 6.4–15 ms per call in five runs of six with the trees, against 0.7–0.9 ms in
 * five and 4.6 ms in one with flat links.
 */
export function formEncode(value: string): string {
  let encoded: string
  try {
    encoded = encodeURIComponent(value)
  } catch {
    // A lone surrogate (encodeURIComponent refuses it): URLSearchParams writes U+FFFD for it.
    return new URLSearchParams({t: value}).toString().slice(2)
  }
  encoded = encoded.replace(encodedSpace, '+')
  return mayNeedMore.test(encoded) ? encoded.replace(leftByEncodeURIComponent, percentEncode) : encoded
}

const encodedSpace = /%20/g
const mayNeedMore = /[!'()~]/
const leftByEncodeURIComponent = /[!'()~]/g
const percentEncode = (character: string) => '%' + character.charCodeAt(0).toString(16).toUpperCase()

// `formEncode`'s answer for each ASCII character: itself (letters, digits, `*-._`), `+` for the space,
// 0 for a character written `%XX`.
const asciiKept = /* @__PURE__ */ (() => {
  const kept = new Uint8Array(128)
  for (const character of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._') kept[character.charCodeAt(0)] = character.charCodeAt(0)
  kept[32] = 43 // +
  return kept
})()
const hexDigits = /* @__PURE__ */ (() => Uint8Array.from('0123456789ABCDEF', (digit) => digit.charCodeAt(0)))()

/**
 * `formEncode` of many ranges of one text, read in order, written into one buffer: `at(offset)`
 * encodes the text up to `offset` and says where its encoding stands there, `finish()` gives the
 * whole encoding as one string, and `formEncode(text.slice(start, end))` is then
 * `finish().slice(at(start), at(end))`. For a page of sentences that is one flat string and one
 * slice per sentence, instead of an encoding, a fix-up and their strings per sentence.
 *
 * Offsets must not go back, nor split a surrogate pair (`at` answers -1 to both: encode that range
 * on its own). A lone surrogate is written as U+FFFD, as `formEncode` writes it.
 *
 * The same pass reads what else a caller needs of the code units it just encoded (`at`'s range,
 * from the offset before to this one): their 32-bit FNV-1a (`hash`, the fingerprint of
 * `tweetables`' ids) and whether they are all ASCII (`ascii`). A page of sentences is then read once,
 * not once per use.
 */
export class FormEncodedText {
  readonly #text: string
  #bytes: Uint8Array
  #length = 0
  #at = 0
  /** FNV-1a of the code units the last `at` encoded (valid when it did not answer -1). */
  hash = 0
  /** Whether the code units the last `at` encoded are all ASCII (valid when it did not answer -1). */
  ascii = true

  constructor(text: string) {
    this.#text = text
    // Prose needs little more than its length; `#reserve` grows it for the rest.
    this.#bytes = new Uint8Array(text.length + (text.length >> 1) + 64)
  }

  /** Where the encoding of code unit `offset` starts, after encoding the text up to it; -1 when it cannot be. */
  at(offset: number): number {
    const text = this.#text
    if (offset < this.#at || insidePair(text, offset)) return -1
    // At most 9 characters per code unit (a BMP character of three UTF-8 bytes).
    this.#reserve(9 * (offset - this.#at))
    const bytes = this.#bytes
    let length = this.#length
    let index = this.#at
    const byte = (value: number) => {
      bytes[length] = 37 // %
      bytes[length + 1] = hexDigits[value >> 4] as number
      bytes[length + 2] = hexDigits[value & 15] as number
      length += 3
    }
    let hash = 0x811c9dc5
    let ascii = true
    for (; index < offset; index++) {
      let code = text.charCodeAt(index)
      hash = Math.imul(hash ^ code, 0x01000193)
      if (code < 0x80) {
        const kept = asciiKept[code] as number
        if (kept === 0) byte(code)
        else bytes[length++] = kept
        continue
      }
      ascii = false
      if (code < 0x800) {
        byte(0xc0 | (code >> 6))
      } else {
        if (code >= 0xd800 && code <= 0xdfff) {
          const low = text.charCodeAt(index + 1)
          if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
            // A pair: one code point, four UTF-8 bytes.
            code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000
            hash = Math.imul(hash ^ low, 0x01000193)
            index++
            byte(0xf0 | (code >> 18))
            byte(0x80 | ((code >> 12) & 63))
          } else {
            code = 0xfffd
          }
        }
        if (code < 0x10000) byte(0xe0 | (code >> 12))
        byte(0x80 | ((code >> 6) & 63))
      }
      byte(0x80 | (code & 63))
    }
    this.#length = length
    this.#at = index
    this.hash = hash >>> 0
    this.ascii = ascii
    return length
  }

  /** The encoding of the text up to the furthest offset asked for. */
  finish(): string {
    return new TextDecoder().decode(this.#bytes.subarray(0, this.#length))
  }

  #reserve(more: number): void {
    if (this.#length + more <= this.#bytes.length) return
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + more))
    grown.set(this.#bytes.subarray(0, this.#length))
    this.#bytes = grown
  }
}

/**
 * `xShareUrl` for many texts that share everything else: given the text and the url already
 * encoded (`formEncode`), it writes the same link `xShareUrl` writes for `{...rest, text, url}`.
 * `tweetables` writes a link per sentence with it: no parameters object, and the page address,
 * hashtags, `via` and `related` encoded once per call.
 */
export function xShareUrlWith(rest: Omit<IntentParams, 'text' | 'url'>): (encodedText: string, encodedUrl: string | undefined) => string {
  const link = xShareUrl(rest)
  const after = link.length > xIntentEndpoint.length ? '&' + link.slice(xIntentEndpoint.length + 1) : ''
  const start = `${xIntentEndpoint}?text=`
  return (encodedText, encodedUrl) => start + encodedText + (encodedUrl === undefined ? '' : '&url=' + encodedUrl) + after
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
