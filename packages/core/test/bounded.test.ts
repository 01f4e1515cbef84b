import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {weightedLength} from '../src/count.js'
import {countTweet} from '../src/index.js'

const v3 = twitter.configs.version3

// Fragments that make twitter-text's URL recognition depend on context: dots, TLDs (ASCII, IDN,
// mixed, punycode), label breakers, protocols, path and query characters, CJK runs long enough to
// push a domain label past 63 characters, emoji pieces, and the characters the cut may use.
const fragment = fc.constantFrom(
  'a', 'b', 'x', 'n', 'c', 'o', 'm', '.', '..', '-', '_', '/', ':', '?', '#', '@', '$', '"', ')', '(', ' ', '\n',
  '東', 'こ', '한', '中国', 'みんな', 'com', 'co', 'jp', 'xn--', 'https://', 'http://', 'www.', 'example.com',
  't.co/abc', '😀', '👍🏽', '\u200d', '\ufe0f', '\u20e3', '1', '9', '\u0301', '\u00a0', '\u2007', '<', '>', '^', '{',
  '\\', '\u202e', '\ufeff', 'ö', 'д', 'vermögensberatung', '@x', '#y', '$Z', ',', '!', '=', '&', '%', '~', '|',
  '+', '*', '\ud83d', 'a'.repeat(60), '東'.repeat(30), 'x.com_', 'a_', '_x', 'a.b_c.com', '://', '東'.repeat(150), 'か-'.repeat(80), 'xn--'
)
const hostile = fc.array(fragment, {maxLength: 120, size: 'max'}).map((parts) => parts.join(''))

// (Until the X engine, core counted through twitter-text in bounded pieces, which `minPiece` tuned; the
// engine ignores it, and these cases stay as a second differential test of the count.)
describe('counting on text where URL recognition depends on context', () => {
  it('equals parseTweet exactly (fast-check)', () => {
    fc.assert(
      fc.property(hostile, fc.integer({min: 1, max: 40}), (text, minPiece) => {
        const expected = twitter.parseTweet(text, v3)
        const counted = weightedLength(text, minPiece)
        expect(counted.weighted).toBe(expected.weightedLength)
        expect(countTweet(text).length).toBe(expected.weightedLength)
        expect(countTweet(text).valid).toBe(expected.valid)
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 2000), seed: Number(process.env.FUZZ_SEED ?? 20261130)}
    )
  })

  it('keeps a URL after a long CJK run unrecognised, as twitter-text does', () => {
    const text = 'これは日本語の長い文章です'.repeat(10).slice(0, 122) + 'example.com/' + 'a'.repeat(25)
    expect(weightedLength(text, 1).weighted).toBe(twitter.parseTweet(text, v3).weightedLength)
    expect(countTweet(text).length).toBe(281)
  })
})
