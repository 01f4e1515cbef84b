import {xEntities} from '../count.js'
import {isTld} from '../x-engine/index.js'
import {graphemeLength, utf8Length} from './graphemes.js'
import {measuredCounter, type Span} from './measure.js'
import {type CountingProfile, type LinkCounting, type PlatformProfile, withSharing} from './profile.js'
import {foldShare, foldedTail} from './share.js'

// Bluesky. A post is at most 300 grapheme clusters and 3,000 UTF-8 bytes (the app.bsky.feed.post
// lexicon: `maxGraphemes: 300`, `maxLength: 3000`). The official app (bluesky-social/social-app)
// checks its composer with `shortenLinks(richtext).graphemeLength`: every link it detects is
// replaced by a short display text before counting, and the post is published with that text (the
// link's target stays whole in the facet).

// Link detection as atproto's RichText.detectFacets does it (packages/api/src/rich-text/util.ts
// URL_REGEX, flags gim): after the start, whitespace or `(`, either `http(s)://` and everything up to
// the next whitespace, or a bare domain of ASCII letters and digits (no hyphen) with a known TLD,
// and the rest of the word. Then one trailing `.,;:!?` is dropped, then one `)` when the link has no `(`.
const scheme = /https?:\/\//iy
const bareDomain = /[a-z][a-z0-9]*(?:\.[a-z0-9]+)+/iy

interface Link {
  start: number
  end: number
}

/**
 * The link of a word as the app detects it, if any. The regex's match runs to the end of the word,
 * so there is at most one. Sticky expressions at each candidate start keep this linear in the word.
 */
export function blueskyLink(word: string): Link | undefined {
  for (let start = 0; start < word.length; start++) {
    if (start > 0 && word.charCodeAt(start - 1) !== 0x28 /* ( */) continue
    let valid: boolean
    scheme.lastIndex = start
    if (scheme.test(word)) {
      // `HTTPS://…` matches the case-insensitive regex, but detectFacets only keeps links whose text
      // starts with `http`, and the bare-domain group is empty: no link.
      valid = word.startsWith('http', start)
    } else {
      bareDomain.lastIndex = start
      const domain = bareDomain.exec(word)?.[0]
      if (domain === undefined) continue
      // isValidDomain: the domain ends with `.` and a TLD of the list, compared case-sensitively. The
      // app's list is the `tlds` package (IANA's); core uses twitter-text's, from its X engine's data,
      // which is older: a bare domain under a TLD added since 2019 counts in full, not as a link.
      const tld = domain.slice(domain.lastIndexOf('.') + 1)
      valid = tld === tld.toLowerCase() && isTld(tld)
    }
    if (!valid) return undefined
    let end = word.length
    if (/[.,;:!?]/.test(word[end - 1] as string)) end--
    if (word[end - 1] === ')' && word.indexOf('(', start) === -1) end--
    return end > start ? {start, end} : undefined
  }
  return undefined
}

/**
 * The text the app shows for a link once it is shortened (social-app `toShortUrl`): for an
 * `http(s)` URL, its host (with port) and its path, query and fragment, the last three cut to 13
 * characters and `...` when longer than 15; a path of `/` alone is dropped. What `new URL` cannot
 * parse (a bare domain) is shown as written. `new URL` serialises: IDN hosts become punycode and
 * non-ASCII path characters are percent-encoded, which can make the display longer than the text.
 */
export function shortLinkText(link: string): string {
  // A bare domain (`x.com_x.com_…`) is shown as written; asking `new URL` costs a thrown error, some
  // 14 µs, and a word cut into posts asks it for every post that starts with a domain, several
  // times. `new URL` only drops a leading space or control and inner tabs and newlines, and only a
  // text that then starts with `http:` or `https:` has an http(s) scheme: without those, the answer
  // is known.
  if (/^[a-z]/i.test(link) && !/^https?:/i.test(link) && !/[\t\n\r]/.test(link)) return link
  let parsed: URL
  try {
    parsed = new URL(link)
  } catch {
    return link
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return link
  const path = (parsed.pathname === '/' ? '' : parsed.pathname) + parsed.search + parsed.hash
  return parsed.host + (path.length > 15 ? path.slice(0, 13) + '...' : path)
}

function counterFor(links: LinkCounting) {
  return measuredCounter({
    platform: 'bluesky',
    defaultLimit: 300,
    maxLimit: 300,
    spans(word): Span[] {
      if (links === 'full') return []
      const link = blueskyLink(word)
      if (!link) return []
      return [{...link, weight: graphemeLength(shortLinkText(word.slice(link.start, link.end)))}]
    },
    cluster: () => 1,
    entities(word) {
      const link = blueskyLink(word)
      const spans = xEntities(word)
      if (link) spans.push([link.start, link.end])
      return spans.sort((a, b) => a[0] - b[0])
    },
    // 3,000 bytes of the text as posted: with links shortened, the display text is what is stored.
    accepts: (text) => utf8Length(shortenedText(text, links)) <= 3000
  })
}

/** The text as the app publishes it: every detected link replaced by its short display text. */
function shortenedText(text: string, links: LinkCounting): string {
  if (links === 'full') return text
  return text.replace(/\S+/g, (word) => {
    const link = blueskyLink(word)
    return link ? word.slice(0, link.start) + shortLinkText(word.slice(link.start, link.end)) + word.slice(link.end) : word
  })
}

const linkCounters = {shortened: counterFor('shortened'), full: counterFor('full')}

/** The counting part of the Bluesky profile: all that splitThread and countTweet read of it. */
export const blueskyCounting: CountingProfile = {
  name: 'bluesky',
  label: 'Bluesky',
  limit: {min: 40, default: 300, max: 300},
  needsInstance: false,
  counter: linkCounters.shortened,
  linkCounters
}

export const bluesky: PlatformProfile = /* @__PURE__ */ withSharing(blueskyCounting, {
  // The intent only takes `text`: the link, hashtags and credit are folded into it, in X's order.
  shareTail: foldedTail,
  // A Bluesky handle is a domain name (atproto handle syntax: labels of letters, digits and inner
  // hyphens, the last one not starting with a digit). An X handle is accepted too, folded as text.
  handle: {
    pattern: /^(?:[A-Za-z0-9_]{1,15}|(?=.{3,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)$/,
    kind: 'a Bluesky handle',
    expected: "a Bluesky handle such as 'alice.bsky.social'"
  },
  carries: {text: true, url: true, via: true, hashtags: true, related: false, inReplyTo: false},
  shareUrl(share) {
    const url = new URL('https://bsky.app/intent/compose')
    const text = foldShare(share)
    if (text) url.searchParams.set('text', text)
    return url.href
  },
  sources: [
    {rule: '300 grapheme clusters and 3,000 UTF-8 bytes per post (maxGraphemes, maxLength)', url: 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json'},
    {rule: 'grapheme clusters counted with Intl.Segmenter (graphemeLen)', url: 'https://github.com/bluesky-social/atproto/blob/main/packages/lex/lex-data/src/utf8-grapheme-len.ts'},
    {rule: 'link detection: http(s):// or a bare domain with a known TLD, trailing punctuation dropped', url: 'https://github.com/bluesky-social/atproto/blob/main/packages/api/src/rich-text/detection.ts'},
    {rule: 'the composer counts shortenLinks(richtext).graphemeLength', url: 'https://github.com/bluesky-social/social-app/blob/main/src/view/com/composer/Composer.tsx'},
    {rule: 'a link shows as host + path, the path cut to 13 characters + "..." past 15 (toShortUrl)', url: 'https://github.com/bluesky-social/social-app/blob/main/src/lib/strings/url-helpers.ts'},
    {rule: 'share link https://bsky.app/intent/compose?text=', url: 'https://docs.bsky.app/docs/advanced-guides/intent-links'},
    {rule: 'a handle is a domain name (for via)', url: 'https://atproto.com/specs/handle'}
  ]
})
