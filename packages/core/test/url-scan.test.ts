// The URL scan's shortcuts, pinned to twitter-text's extractUrlsWithIndices (the general path it
// re-implements) on the inputs that exercise them: the early exit that looks a TLD up only after a dot
// some TLD can start with, the skip over stretches no domain starts in (runs of dots, spaces,
// punctuation), the label-chain memo and its stack (chains longer than the stack's first 16 entries),
// the folded-prefix TLD lookup before non-ASCII text, and the ASCII domains of URLs without protocol
// (`_`-joined domains, dotted labels, CJK before a domain). Seeded, so a failure replays.
import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {extractUrls} from '../src/x-engine/urls.js'
import {weightedLength} from '../src/x-engine/weigh.js'

const v3 = twitter.configs.version3
const seed = Number(process.env['FUZZ_SEED'] ?? 20261201)
const reference = (text: string) => twitter.extractUrlsWithIndices(text).map((url) => [url.indices[0], url.indices[1], url.url.length])
const ours = (text: string) => extractUrls(text).map((url) => [url.start, url.end, url.length])

const piece = fc.constantFrom(
  // dots and what follows a dot without starting a TLD
  '.', '..', '...', '…', '。', '．', ' ', '\n', '-', '_', '/', ':', ',', '!', '?', ')', '(', '@', '#',
  // labels, TLDs and TLD-like words (ASCII, IDN, folded case, punycode, too long to be one)
  'a', 'x', 'co', 'CO', 'com', 'Com', 'jp', 'org', 'ly', 'comx', 'a.', 'a.co.', 'co.jp', 'x.com', 'x.com_',
  'example.com', 'みんな', 'рф', 'онлайн', '中国', 'vermögensberatung', 'VERMÖGENSBERATUNG', 'verm', 'xn--p1ai', 'xn--',
  'コム', 'ö', 'é', '\u212a', '1', '42', 'https://', 'http://', 'www.', 't.co/', ':8080', '/path', '?q=1',
  // CJK before a domain (the IDNA length check), emoji
  '東', '東東東東東東東東東東', '日本語', '😀'
)
const run = fc
  .tuple(fc.constantFrom('.', 'a.', 'a.co.', 'x.com_', 'co.', '_', '東', '. ', '.…', 'a_b.'), fc.integer({min: 2, max: 90}))
  .map(([unit, times]) => unit.repeat(times))
const text = fc
  .array(fc.oneof({weight: 6, arbitrary: piece}, {weight: 1, arbitrary: run}), {minLength: 1, maxLength: 24})
  .map((parts) => parts.join(''))
  .filter((input) => input.length <= 600)

describe('URL scan shortcuts against twitter-text', () => {
  it('finds the URLs extractUrlsWithIndices finds, with their lengths, and parseTweet weighs the text alike (fast-check)', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(ours(input)).toEqual(reference(input))
        expect(weightedLength(input).weighted).toBe(twitter.parseTweet(input, v3).weightedLength)
      }),
      {seed, numRuns: 1500}
    )
  })

  it('finds nothing in runs of dots, and the domain after one', () => {
    for (const input of ['.'.repeat(5000), '. '.repeat(2000), '.…'.repeat(1000), '。'.repeat(3000), '.'.repeat(3000) + ' example.com', '.'.repeat(3000) + '\u2026example.com/a']) {
      expect(ours(input)).toEqual(reference(input))
    }
    expect(ours('.'.repeat(3000) + ' example.com')).toEqual([[3001, 3012, 11]])
  })

  it('resolves a chain of more labels than the first stack holds, with and without a TLD at its end', () => {
    // `a_b.com.` × 40: 80 labels, half of them with a `_` (never the domain name, though a TLD follows them).
    const underscored = 'a_b.com.'.repeat(40) + 'x'
    for (const input of ['a.'.repeat(70) + 'com', 'a.'.repeat(150), 'a.co.'.repeat(80), 'b_c.'.repeat(70) + 'a.com', 'https://' + 'a.'.repeat(100) + 'jp/x', underscored, 'https://' + underscored]) {
      expect(ours(input)).toEqual(reference(input))
    }
    // 70 labels, then the TLD: one URL over the whole domain.
    expect(ours('a.'.repeat(70) + 'com')).toEqual([[0, 143, 143]])
  })

  it('looks up a TLD that runs on into non-ASCII text by its folded prefixes', () => {
    for (const input of ['a.vermögensberatung', 'a.VERMÖGENSBERATUNG', 'a.vermögensberatungx', 'a.みんな', 'a.みんなx', 'a.com…', 'a.comé', 'a.co東', 'a.\u212a']) {
      expect(ours(input)).toEqual(reference(input))
    }
    expect(ours('a.vermögensberatung')).toEqual([[0, 19, 19]])
  })
})
