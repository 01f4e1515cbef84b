import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {composeIntent, countTweet, intentUrl, platformProfile, splitThread} from '../../src/index.js'
import {shortLinkText} from '../../src/platforms/bluesky.js'
import {problemsOf} from '../problems.js'
import {lengthOn, paramsOf} from './helpers.js'

const bluesky = (text: string) => lengthOn('bluesky', text)
const full = (text: string) => lengthOn('bluesky', text, {links: 'full'})

describe('Bluesky counts grapheme clusters (lexicon maxGraphemes 300)', () => {
  it('counts an emoji sequence, a flag and a skin tone as one each', () => {
    expect(bluesky('Hello 👨‍👩‍👧‍👦')).toBe(7)
    expect(bluesky('🇫🇷🇩🇪')).toBe(2)
    expect(bluesky('👋🏽')).toBe(1)
    expect(bluesky('1️⃣')).toBe(1)
  })

  it('counts CJK, Hangul and a combining accent as one per character', () => {
    expect(bluesky('東京タワー')).toBe(5)
    expect(bluesky('한국어')).toBe(3)
    expect(bluesky('e\u0301')).toBe(1)
  })

  it('counts mentions and hashtags as written', () => {
    expect(bluesky('@alice.bsky.social')).toBe(18)
    expect(bluesky('#tweetstorm')).toBe(11)
  })

  it('has a limit of 300, and refuses more than 3,000 UTF-8 bytes', () => {
    expect(platformProfile('bluesky').limit).toEqual({min: 40, default: 300, max: 300})
    expect(countTweet('a'.repeat(300), {platform: 'bluesky'}).valid).toBe(true)
    expect(countTweet('a'.repeat(301), {platform: 'bluesky'}).valid).toBe(false)
    // 120 families of four: 120 graphemes, but 25 bytes each (3,000 bytes) fits; 121 does not.
    expect(countTweet('👨‍👩‍👧‍👦'.repeat(120), {platform: 'bluesky'})).toMatchObject({length: 120, valid: true})
    expect(countTweet('👨‍👩‍👧‍👦'.repeat(121), {platform: 'bluesky'})).toMatchObject({length: 121, valid: false})
    expect(problemsOf(() => countTweet('x', {platform: 'bluesky', limit: 301}))).toEqual([
      'Unexpected 301 for `limit`, expected a whole number from 40 to 300'
    ])
  })

  it('counts a combining mark after a space with the space, and weighs words as an upper bound', () => {
    expect(bluesky('a \u0301b')).toBe(3)
    const {counter} = platformProfile('bluesky')
    expect(counter.weigh('\u0301b')).toBe(2)
    expect(counter.weigh('a') + 1 + counter.weigh('\u0301b')).toBeGreaterThanOrEqual(bluesky('a \u0301b'))
  })

  it('counts long text in bounded windows, exactly', () => {
    expect(bluesky('a\u0301'.repeat(50_000))).toBe(50_000)
    expect(bluesky('a' + '\u0301'.repeat(5000) + 'b')).toBe(2)
    expect(bluesky('🇫🇷'.repeat(3000))).toBe(3000)
  })
})

describe('Bluesky links count as the app shows them once shortened (social-app toShortUrl)', () => {
  const long = 'https://example.com/blog/2026/11/a-very-long-post-title'

  it('shows host and path, the path cut to 13 characters and "..." past 15', () => {
    // example.com/blog/2026/11... : 11 + 13 + 3
    expect(bluesky(`Read ${long} here`)).toBe(5 + 27 + 5)
    expect(full(`Read ${long} here`)).toBe(5 + 55 + 5)
  })

  it('keeps a path of up to 15 characters and drops a bare /', () => {
    expect(bluesky('https://example.com/')).toBe(11)
    expect(bluesky('https://example.com/about')).toBe(17)
    expect(bluesky('https://www.example.com/')).toBe(15)
    expect(bluesky('https://example.com/?q=1')).toBe(15)
  })

  it('leaves trailing punctuation and a closing parenthesis out of the link', () => {
    expect(bluesky('See https://example.com/about.')).toBe(4 + 17 + 1)
    expect(bluesky('(https://example.com/about)')).toBe(1 + 17 + 1)
  })

  it('does not shorten a bare domain (the app cannot parse it as a URL) or text that is no link', () => {
    expect(bluesky('example.com/some/long/path/here/yes')).toBe(35)
    expect(bluesky('foo.notatld/some/long/path/here')).toBe(31)
    expect(bluesky('e.g.')).toBe(4)
  })

  it('shows any link text as social-app toShortUrl does, bare domains included', () => {
    // toShortUrl (social-app src/lib/strings/url-helpers.ts), as written there: shortLinkText answers
    // a bare domain without asking `new URL`, which must not change what it shows.
    const toShortUrl = (url: string): string => {
      try {
        const urlp = new URL(url)
        if (urlp.protocol !== 'http:' && urlp.protocol !== 'https:') return url
        const path = (urlp.pathname === '/' ? '' : urlp.pathname) + urlp.search + urlp.hash
        if (path.length > 15) return urlp.host + path.slice(0, 13) + '...'
        return urlp.host + path
      } catch {
        return url
      }
    }
    // Schemes in any case, split by the tabs and newlines the URL parser drops, after the spaces and
    // controls it trims, and words of domains joined by `_`.
    const part = fc.constantFrom('http', 'https', 'HTTPS', 'hT', 'tp', 's', ':', '//', 'x.com', '_', '.jp', '/a', '?q', '#f', ':80', '\t', '\n', ' ', '\u0001', 'é', 'file:', 'K')
    fc.assert(
      fc.property(fc.array(part, {minLength: 1, maxLength: 10}), (parts) => {
        const link = parts.join('')
        expect(shortLinkText(link)).toBe(toShortUrl(link))
      }),
      {numRuns: 2000}
    )
    expect(shortLinkText('x.com_x.com_x.com')).toBe('x.com_x.com_x.com')
    expect(shortLinkText('HTTPS://Example.com/')).toBe('example.com')
    expect(shortLinkText('ht\ttps://example.com/a')).toBe('example.com/a')
  })

  it('counts every link in full with links: full', () => {
    expect(full('https://example.com/')).toBe(20)
    expect(countTweet('https://example.com/', {platform: 'bluesky', links: 'shortened'}).length).toBe(11)
  })

  it('refuses links with another platform', () => {
    expect(problemsOf(() => countTweet('x', {platform: 'mastodon', links: 'full'}))).toEqual([
      "Unexpected \"full\" for `links`, expected no `links` option with platform 'mastodon': only Bluesky's app shortens links"
    ])
  })

  it('fits more text in a post when links are shortened', () => {
    const text = `${long} `.repeat(20)
    expect(splitThread(text, {platform: 'bluesky'}).tweets.length).toBeLessThan(
      splitThread(text, {platform: 'bluesky', links: 'full'}).tweets.length
    )
  })
})

describe('Bluesky share link', () => {
  it('is bsky.app/intent/compose with the url, hashtags and credit folded into the text', () => {
    const link = intentUrl({text: 'Write less.', url: 'https://example.com/post', hashtags: ['writing'], via: 'tweetstorm'}, {platform: 'bluesky'})
    expect(link.startsWith('https://bsky.app/intent/compose?')).toBe(true)
    expect(paramsOf(link)).toEqual({text: 'Write less. https://example.com/post #writing via @tweetstorm'})
  })

  it('fits the text to 300 as Bluesky counts it', () => {
    const link = intentUrl({text: 'word '.repeat(100), url: 'https://example.com/a-long-path-to-the-post'}, {platform: 'bluesky'})
    const {text} = paramsOf(link)
    expect(text).toMatch(/…\s?https:\/\/example\.com\/a-long-path-to-the-post$/)
    expect(countTweet(text as string, {platform: 'bluesky'}).length).toBeLessThanOrEqual(300)
    // X would have cut it shorter: the url counts 23 there but only 27 of its 43 characters here.
    expect(countTweet(text as string, {platform: 'bluesky'}).length).toBeGreaterThan(290)
  })

  it('shares a text of one link that fits only once its ellipsis joins the link, rather than throwing (platforms fuzz, seed 791)', () => {
    const text = 'https://' + '-'.repeat(263) + 'x.co/' + 'ax.co/'.repeat(3) + 'a.'
    const url = 'https://example.com/post'
    // Checked by hand: Bluesky shows the link without its last `.`: the host (267 characters) and 13
    // characters of the path then `...` (283), then the `.`, a space and example.com/post: 301.
    // With `…` after the `.`, the link takes `.…` and shows the same 283: 300.
    expect(countTweet(`${text} ${url}`, {platform: 'bluesky'}).length).toBe(301)
    expect(countTweet(`${text}… ${url}`, {platform: 'bluesky'}).length).toBe(300)
    const composed = composeIntent({text, url}, {platform: 'bluesky'})
    expect(composed.valid).toBe(true)
    expect(composed.length).toBeLessThanOrEqual(300)
    expect(composed.truncated).toBe(true)
    expect(text.startsWith(composed.text.replace(/\s?…$/u, ''))).toBe(true)
  })

  it('cannot reply to a post', () => {
    expect(problemsOf(() => intentUrl({text: 'x', inReplyTo: '20'}, {platform: 'bluesky'}))).toEqual([
      "Unexpected \"20\" for `inReplyTo`, expected no `inReplyTo` with platform 'bluesky': only X's share link can reply to a post"
    ])
  })
})
