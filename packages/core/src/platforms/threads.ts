import {xEntities} from '../count.js'
import {emojiSpans, extractUrls} from '../x-engine/index.js'
import {utf8Length} from './graphemes.js'
import {measuredCounter, type Span} from './measure.js'
import {type CountingProfile, type PlatformProfile, withSharing} from './profile.js'
import {joinShare} from './share.js'

// Threads. Meta documents 500 characters per text post and that "emojis are counted as the number of
// UTF-8 bytes" (a 👍 counts 4, a family of four 25). It does not say what a character is otherwise:
// tweetstorm counts one per code point (an upper bound of grapheme clusters), and links as written
// (Meta documents no shortening). A post may hold at most 5 distinct links.

function spans(word: string): Span[] {
  if (/^[\x00-\x7f]*$/.test(word)) return []
  // Emoji sequences (ZWJ families, flags, keycaps, skin tones) as X finds them, by core's X engine.
  return emojiSpans(word).map((emoji) => ({
    start: emoji.start,
    end: emoji.end,
    weight: utf8Length(word.slice(emoji.start, emoji.end))
  }))
}

/** Code points in a cluster: 1 for most, 2 for `e` + a combining accent. */
function codePoints(text: string, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (!(code >= 0xdc00 && code <= 0xdfff && index > start)) count++
  }
  return count
}

export const threadsCounter = measuredCounter({
  platform: 'threads',
  defaultLimit: 500,
  maxLimit: 500,
  spans,
  cluster: codePoints,
  entities: xEntities,
  accepts(text) {
    // Links as X finds them (Meta does not say how it does), by core's X engine, linear on any text.
    const links = new Set(extractUrls(text).map((url) => text.slice(url.start, url.end)))
    return links.size <= 5
  }
})

/** The counting part of the Threads profile: all that splitThread and countTweet read of it. */
export const threadsCounting: CountingProfile = {
  name: 'threads',
  label: 'Threads',
  limit: {min: 40, default: 500, max: 500},
  needsInstance: false,
  counter: threadsCounter
}

export const threads: PlatformProfile = /* @__PURE__ */ withSharing(threadsCounting, {
  // `url` is a link attachment, shown apart from the text and not counted; hashtags and the credit
  // are folded into the text.
  shareTail(share) {
    const parts: ReturnType<PlatformProfile['shareTail']> = []
    if (share.hashtags?.length) parts.push({name: 'hashtags', value: share.hashtags.map((tag) => '#' + tag).join(' ')})
    if (share.via) parts.push({name: 'via', value: 'via @' + share.via})
    return parts
  },
  // Threads profiles are Instagram accounts: up to 30 letters, digits, periods and underscores.
  handle: {
    pattern: /^[A-Za-z0-9._]{1,30}$/,
    kind: 'a Threads username',
    expected: 'a Threads username of 1–30 letters, digits, periods or _'
  },
  carries: {text: true, url: true, via: true, hashtags: true, related: false, inReplyTo: false},
  shareUrl(share) {
    const url = new URL('https://www.threads.com/intent/post')
    const text = joinShare(share.text, threads.shareTail(share))
    if (text) url.searchParams.set('text', text)
    if (share.url) url.searchParams.set('url', share.url)
    return url.href
  },
  sources: [
    {rule: '500 characters per text post; emoji count their UTF-8 bytes', url: 'https://developers.facebook.com/docs/threads/posts'},
    {rule: 'at most 5 distinct links per post', url: 'https://developers.facebook.com/docs/threads/create-posts/text-attachments'},
    {rule: 'share link https://www.threads.com/intent/post?text=&url= (url: a link attachment)', url: 'https://developers.facebook.com/docs/threads/threads-web-intents'},
    {rule: "usernames (for via): Instagram's, up to 30 letters, numbers, periods and underscores", url: 'https://help.instagram.com/583107688369069'}
  ]
})
