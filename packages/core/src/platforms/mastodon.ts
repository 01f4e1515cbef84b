import {xEntities} from '../count.js'
import {extractUrls} from '../x-engine/index.js'
import {measuredCounter, type Span} from './measure.js'
import {type CountingProfile, type PlatformProfile, withSharing} from './profile.js'
import {foldShare, foldedTail} from './share.js'

// Mastodon. The server is the judge (app/validators/status_length_validator.rb): it counts grapheme
// clusters (`each_grapheme_cluster.size`) of the text after rewriting every URL to 23 characters
// (URL_PLACEHOLDER_CHARS) and every mention `@user@domain` to `@user`, so that neither the length of
// a link nor the remote server's name costs anything. URLs are only those with a scheme
// (`extract_url_without_protocol: false`): a bare `example.com` counts in full.

/** 23: what a URL of any length counts (StatusLengthValidator::URL_PLACEHOLDER_CHARS). */
const urlWeight = 23
// A remote mention as the server's extractor finds it (Account::MENTION_RE: not after `=`, `/` or a
// word character; USERNAME_RE `[a-z0-9_]+([.-]+[a-z0-9_]+)*`; a domain of [[:word:]] runs joined by
// `.` or `-`), counted as `@user`.
const remoteMention = /(?<![=/\p{L}\p{M}\p{N}\p{Pc}])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)@[\p{L}\p{M}\p{N}\p{Pc}]+(?:[.-]+[\p{L}\p{M}\p{N}\p{Pc}]+)*/giu

function spans(word: string): Span[] {
  const found: Span[] = []
  if (word.includes('://')) {
    // twitter-text's extractor, as the server uses it, keeping only URLs with their scheme
    // (`extract_url_without_protocol: false` drops the others from the same matches). Core's X engine
    // finds the same matches in linear time (twitter-text's own expression is superlinear on long words).
    for (const url of extractUrls(word)) {
      if (/^https?:\/\//i.test(word.slice(url.start, url.start + 8))) found.push({start: url.start, end: url.end, weight: urlWeight})
    }
  }
  if (word.indexOf('@') !== word.lastIndexOf('@')) {
    for (const match of word.matchAll(remoteMention)) {
      const start = match.index
      const end = match.index + match[0].length
      // A mention inside a URL is the URL's (remove_overlapping_entities keeps the first).
      if (found.some((url) => url.start < end && start < url.end)) continue
      found.push({start, end, weight: 1 + (match[1] as string).length})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

export const mastodonCounter = measuredCounter({
  platform: 'mastodon',
  defaultLimit: 500,
  maxLimit: 100_000,
  spans,
  cluster: () => 1,
  entities(word) {
    const entities = xEntities(word)
    for (const span of spans(word)) entities.push([span.start, span.end])
    return entities.sort((a, b) => a[0] - b[0])
  }
})

/** The counting part of the Mastodon profile: all that splitThread and countTweet read of it. */
export const mastodonCounting: CountingProfile = {
  name: 'mastodon',
  label: 'Mastodon',
  // 500 is Mastodon's MAX_CHARS; servers that raise it report theirs as
  // configuration.statuses.max_characters. Mastodon sets no upper bound: 100,000 is tweetstorm's,
  // above every server we know of (Pleroma and Akkoma default to 5,000).
  limit: {min: 40, default: 500, max: 100_000},
  needsInstance: true,
  counter: mastodonCounter
}

export const mastodon: PlatformProfile = /* @__PURE__ */ withSharing(mastodonCounting, {
  // The share page only takes `text`: the link, hashtags and credit are folded into it.
  shareTail: foldedTail,
  // USERNAME_RE, then `@server` for an account elsewhere: `via @alice@mastodon.social`.
  handle: {
    pattern: /^(?=.{1,100}$)[A-Za-z0-9_]+(?:[.-]+[A-Za-z0-9_]+)*(?:@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)?$/,
    kind: 'a Mastodon account',
    expected: "a Mastodon account such as 'alice' or 'alice@mastodon.social'"
  },
  carries: {text: true, url: true, via: true, hashtags: true, related: false, inReplyTo: false},
  shareUrl(share, settings) {
    const url = new URL(`https://${settings.instance ?? ''}/share`)
    const text = foldShare(share)
    if (text) url.searchParams.set('text', text)
    return url.href
  },
  sources: [
    {rule: '500 by default (MAX_CHARS); grapheme clusters; every URL 23; @user@domain counts as @user', url: 'https://github.com/mastodon/mastodon/blob/main/app/validators/status_length_validator.rb'},
    {rule: "a server's own limit: configuration.statuses.max_characters", url: 'https://docs.joinmastodon.org/entities/Instance/#max_characters'},
    {rule: 'mentions: Account::MENTION_RE and USERNAME_RE', url: 'https://github.com/mastodon/mastodon/blob/main/app/models/account.rb'},
    {rule: 'the web composer rewrites URLs and remote mentions the same way before counting', url: 'https://github.com/mastodon/mastodon/blob/main/app/javascript/mastodon/features/compose/util/counter.js'},
    {rule: 'share page https://<instance>/share?text=', url: 'https://github.com/mastodon/mastodon/blob/main/config/routes.rb'}
  ]
})
