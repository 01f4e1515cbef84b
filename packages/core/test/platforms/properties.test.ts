import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {composeIntent, intentUrl, platformProfile, platforms, splitThread, type Platform, type SplitOptions} from '../../src/index.js'
import {forEachGrapheme} from '../../src/platforms/graphemes.js'

// Properties every profile must have, run over every platform of the registry: a new network is
// covered the moment it is registered.

const piece = fc.oneof(
  {weight: 10, arbitrary: fc.constantFrom('the', 'writing', 'Thread', 'is', 'a', 'craft', 'online', 'people', 'read', 'first')},
  {weight: 4, arbitrary: fc.constantFrom('end.', 'stop!', 'why?', 'so,', 'then;', 'note:', '—', 'e.g.', 'U.S.', '3.14')},
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'https://example.com/path?q=1&r=2',
      'https://example.com/blog/2026/11/a-very-long-post-title-that-goes-on',
      'example.org',
      'http://t.co/abc',
      'https://例え.jp/パス',
      '(https://example.com/about).',
      'https://EXAMPLE.com/X'
    )
  },
  {weight: 2, arbitrary: fc.constantFrom('@someone', '@alice.bsky.social', '@alice@mastodon.social', '@first.last@example.org', '#hashtag', '#日本語', '$TWTR')},
  {weight: 2, arbitrary: fc.constantFrom('👍', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇫🇷', '1️⃣', '❤️', '🧵')},
  {weight: 2, arbitrary: fc.constantFrom('日本語の文章です。', '中文，句子！', '한국어 문장', 'עברית', 'مرحبا', 'हिन्दी', 'ไทย')},
  {weight: 1, arbitrary: fc.constantFrom('e\u0301', '\u0301x', 'Cafe\u0301', '\u200D', '\u00A0', '\u200B', '\u0600@alice@mastodon.social', 'https://example.com/a\u0301')},
  {weight: 1, arbitrary: fc.stringMatching(/^[a-z]{20,120}$/)},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 8})},
  // Clusters of many bytes (a family is 25 UTF-8 bytes): a Bluesky post reaches its 3,000 bytes
  // before its 300 clusters, and its label's bytes count too.
  {weight: 1, arbitrary: fc.integer({min: 20, max: 130}).map((size) => '👨‍👩‍👧‍👦'.repeat(size))}
)
const separator = fc.oneof(
  {weight: 20, arbitrary: fc.constant(' ')},
  {weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', ' \u0301', '\t')},
  {weight: 1, arbitrary: fc.constantFrom('\n---\n', '')}
)
const text = fc
  .integer({min: 0, max: 250})
  .chain((size) => fc.array(fc.tuple(piece, separator), {minLength: size, maxLength: size}))
  .map((list) => list.map(([p, s]) => p + s).join(''))

// Every platform, and Bluesky with links counted in full too.
const settings: Array<{platform: Platform; links?: 'full'}> = [...platforms.map((platform) => ({platform})), {platform: 'bluesky', links: 'full'}]
const counterOf = (setting: (typeof settings)[number]) => {
  const profile = platformProfile(setting.platform)
  return setting.links ? (profile.linkCounters?.[setting.links] ?? profile.counter) : profile.counter
}
const instance = 'mastodon.social'
const runs = Number(process.env['PROPERTY_RUNS'] ?? 40)

describe.each(settings)('$platform $links', (setting) => {
  const profile = platformProfile(setting.platform)
  const counter = counterOf(setting)
  const limits = [...new Set([profile.limit.min, 100, profile.limit.default])]

  it('every split post fits the platform: counted exactly, valid, within the limit', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...limits), fc.constantFrom('end', 'start'), fc.constantFrom('n/N', '[n/N]', false), (input, limit, numberingPosition, numbering) => {
        for (const tweet of splitThread(input, {...setting, limit, numberingPosition, numbering} as SplitOptions).tweets) {
          const count = counter.count(tweet.text, limit)
          expect(tweet.length).toBe(count.length)
          expect(count.length).toBeLessThanOrEqual(limit)
          expect(count.valid).toBe(true)
        }
      }),
      {numRuns: runs}
    )
  })

  it('share links round-trip: the link carries the fitted text, and the post it composes fits', () => {
    const url = fc.constantFrom(undefined, 'https://example.com/post', 'https://example.com/' + 'long-path/'.repeat(8))
    fc.assert(
      fc.property(text, url, fc.constantFrom(undefined, ['writing'], ['a', 'b']), (input, page, hashtags) => {
        if (setting.platform === 'linkedin' && page === undefined) return
        const params = {text: input, ...(page ? {url: page} : {}), ...(hashtags ? {hashtags} : {})}
        const options = {...setting, instance}
        const composed = composeIntent(params, options)
        expect(composed.length).toBeLessThanOrEqual(profile.limit.default)
        const sent = Object.fromEntries(new URL(intentUrl(params, options)).searchParams)
        if (setting.platform === 'x') {
          expect(sent['text'] ?? '').toBe(composed.text)
          expect(sent['url']).toBe(page && new URL(page).href)
        } else if (setting.platform === 'threads') {
          expect(sent['url']).toBe(page && new URL(page).href)
          expect(sent['text'] ?? '').toBe(composed.post)
        } else if (setting.platform === 'linkedin') {
          expect(sent).toEqual({url: new URL(page as string).href})
        } else {
          // Everything folded into the text: what the link carries is the post.
          expect(sent['text'] ?? '').toBe(composed.post)
          expect(counter.count(composed.post, profile.limit.default).length).toBe(composed.length)
        }
        if (composed.truncated) expect(composed.text.endsWith('…')).toBe(true)
      }),
      {numRuns: runs}
    )
  })
})

// X's counter is twitter-text's, whose URL recognition in a long word without spaces depends on more
// than the word's own pieces (see count.ts); the splitter counts every X post exactly instead, and
// test/properties.test.ts checks those posts. Every other counter is additive by construction.
describe.each(settings.filter((setting) => setting.platform !== 'x'))('$platform $links counter', (setting) => {
  const counter = counterOf(setting)
  const word = text.map((value) => value.replace(/\s+/g, '')).filter((value) => value !== '')

  it('weighs a word as it counts it, its atoms cover it, and words apart never count more than their weights', () => {
    fc.assert(
      fc.property(word, word, fc.constantFrom(' ', '\n'), (a, b, space) => {
        expect(counter.weigh(a)).toBe(counter.count(a, 1e6).length)
        expect(counter.count(a + space + b, 1e6).length).toBeLessThanOrEqual(counter.weigh(a) + 1 + counter.weigh(b))
        let atoms = 0
        let covered = 0
        for (const atom of counter.atoms(a)) {
          // In order and without gaps: the splitter may only cut between atoms.
          expect(atom.start).toBe(covered)
          covered = atom.end
          atoms += atom.weight
        }
        expect(covered).toBe(a.length)
        expect(atoms).toBe(counter.weigh(a))
      }),
      {numRuns: runs}
    )
  })
})

describe('grapheme clusters in bounded windows', () => {
  const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'})
  const unit = fc.constantFrom('a', ' ', '\n', '\r\n', '\u0301', '\u200D', '👍', '🏽', '👨‍👩‍👧‍👦', '🇫', '🇷', '東', 'ᄀ', 'ᅡ', 'ᆨ', '각', 'क', '्', 'ष', '\u0600', '\uFE0F', '\uD800')
  // Long enough to cross several 512-code-unit windows, with runs that make one cluster span a window.
  const long = fc.array(fc.oneof(unit, unit.map((u) => u.repeat(300))), {minLength: 1, maxLength: 200}).map((parts) => parts.join(''))

  it('finds exactly the clusters Intl.Segmenter finds on the whole text', () => {
    fc.assert(
      fc.property(long, (input) => {
        const expected = [...segmenter.segment(input)].map((segment) => segment.index)
        const found: number[] = []
        forEachGrapheme(input, (start, end) => {
          found.push(start)
          expect(end).toBeGreaterThan(start)
        })
        expect(found).toEqual(expected)
      }),
      {numRuns: runs}
    )
  })

  // Only the stretches around characters that can join a neighbour are segmented: ASCII, CJK and
  // punctuation next to marks, a prepended mark before a letter, CR LF at a stretch's edge, emoji
  // and the look-alikes that are emoji (©, ‼, 〰) or extending marks (U+3099, U+302A, U+FF9E).
  it('finds the same clusters in text that is mostly made of characters that never join', () => {
    const ascii = fc.constantFrom('a', 'Z', '.', ' ', '\r', '\n', '\r\n', '1', 'x.com_', '東', '。', 'ア', '“', '…', 'é', '𠀀', 'Ω', 'Ж')
    const rare = fc.constantFrom('\u0301', '\u0600', '\u200D', '👍', '🏽', '🇫', '\uD800', '\u0915\u094D', '\u3099', '\u302A', '\uFF9E', '©', '‼', '〰', '가', 'ᄀ', '\u0E33', '\u200C', '\t')
    const mostlyAscii = fc
      .array(fc.oneof({weight: 8, arbitrary: ascii}, {weight: 1, arbitrary: rare}, {weight: 1, arbitrary: ascii.map((u) => u.repeat(600))}), {minLength: 1, maxLength: 120})
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(mostlyAscii, (input) => {
        const found: number[] = []
        forEachGrapheme(input, (start) => found.push(start))
        expect(found).toEqual([...segmenter.segment(input)].map((segment) => segment.index))
      }),
      {numRuns: runs}
    )
  })
})
