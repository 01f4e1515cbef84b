import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {countTweet, defaultBuildUrl, intentUrl, platformProfile, splitThread} from '../../src/index.js'
import {FormEncodedText, formEncode} from '../../src/platforms/x.js'
import {paramsOf} from './helpers.js'

const samples = ['Hello https://example.com 👋🏽 東京', '👨‍👩‍👧‍👦 🇫🇷 e\u0301', '@someone #tag $CASH example.com', 'a'.repeat(300)]

/** A text of `unit`s and up to 12 offsets into it, in order (repeats allowed), as `FormEncodedText` is read. */
const textWithOffsets = (unit: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.string({unit, maxLength: 60}), fc.array(fc.nat(), {maxLength: 12}))
    .map(([text, cuts]) => ({text, offsets: cuts.map((cut) => cut % (text.length + 1)).sort((a, b) => a - b)}))

describe('X profile', () => {
  it('is what every function uses by default', () => {
    const x = platformProfile('x')
    for (const text of samples) {
      expect(countTweet(text, {platform: 'x'})).toEqual(countTweet(text))
      expect(x.counter.count(text, 280)).toEqual(countTweet(text))
      expect(countTweet(text).length).toBe(twitter.parseTweet(text, twitter.configs.version3).weightedLength)
    }
    expect(splitThread(samples.join(' '), {platform: 'x'})).toEqual(splitThread(samples.join(' ')))
    expect(x.limit).toEqual({min: 40, default: 280, max: 25_000})
  })

  it('builds the share link defaultBuildUrl builds', () => {
    const params = {text: 'Hi', url: 'https://example.com/', hashtags: ['a'], via: 'v', related: ['r'], inReplyTo: '20'}
    expect(platformProfile('x').shareUrl(params, {})).toBe(defaultBuildUrl(params))
    expect(intentUrl(params, {platform: 'x'})).toBe(intentUrl(params))
    expect(paramsOf(intentUrl(params))).toEqual({text: 'Hi', url: 'https://example.com/', hashtags: 'a', via: 'v', related: 'r', in_reply_to: '20'})
  })
})

describe('X share link encoding', () => {
  /** The reference: what `URLSearchParams` writes for one value. */
  const reference = (value: string) => new URLSearchParams({v: value}).toString().slice(2)

  it('encodes as URLSearchParams does: the characters that stay, +, %XX per UTF-8 byte, U+FFFD for a lone surrogate', () => {
    expect(formEncode('Hello, world! (it’s ~50% off) a+b=c&d #tag *x-y_z.')).toBe(
      'Hello%2C+world%21+%28it%E2%80%99s+%7E50%25+off%29+a%2Bb%3Dc%26d+%23tag+*x-y_z.'
    )
    expect(formEncode('東京 👍🏽\n\t')).toBe('%E6%9D%B1%E4%BA%AC+%F0%9F%91%8D%F0%9F%8F%BD%0A%09')
    expect(formEncode('a\ud800b\udc00')).toBe('a%EF%BF%BDb%EF%BF%BD')
    expect(formEncode('')).toBe('')
    for (let code = 0; code < 0x80; code++) expect(formEncode(String.fromCharCode(code))).toBe(reference(String.fromCharCode(code)))
  })

  it('agrees with URLSearchParams on any text, lone surrogates included (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.oneof(fc.constantFrom(' ', '!', "'", '(', ')', '~', '+', '%', '&', '#', '\n'), fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)), fc.constantFrom('👍🏽', 'é', '東'))}), (value) => {
        expect(formEncode(value)).toBe(reference(value))
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 500)}
    )
  })

  it('writes every parameter, in X\'s order, as URLSearchParams would', () => {
    const params = {text: "It's 3 o'clock (UTC) ~ now!", url: 'https://e.com/a b?x=1#t-it-s', hashtags: ['a', 'b'], via: 'me', related: ['x', 'y'], inReplyTo: '123'}
    const search = new URLSearchParams()
    search.set('text', params.text)
    search.set('url', params.url)
    search.set('hashtags', 'a,b')
    search.set('via', 'me')
    search.set('related', 'x,y')
    search.set('in_reply_to', '123')
    expect(defaultBuildUrl(params)).toBe(`https://x.com/intent/tweet?${search}`)
  })

  it('encodes ranges of one text, read in order, as formEncode encodes each range (fast-check)', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', '!', "'", '(', ')', '~', '+', '%', '&', '#', '\n', 'a', 'Z', '0', '*', '-', '.', '_', 'é', '東', '\u07ff', '\u0800', '\uffff', '👍🏽', '\ud800', '\udc00'),
      fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))
    )
    const input = textWithOffsets(unit)
    fc.assert(
      fc.property(input, ({text, offsets}) => {
        const encoded = new FormEncodedText(text)
        const ranges: Array<[number, number, number, number]> = []
        // How far the text is encoded: the furthest offset `at` answered.
        let furthest = 0
        for (let k = 0; k + 1 < offsets.length; k += 2) {
          const start = offsets[k] as number
          const end = offsets[k + 1] as number
          const from = encoded.at(start)
          const to = from < 0 ? -1 : encoded.at(end)
          // -1 only where an offset splits a pair: that range is encoded on its own.
          const splitsPair = (offset: number) => /[\ud800-\udbff]/.test(text.charAt(offset - 1)) && /[\udc00-\udfff]/.test(text.charAt(offset))
          if (from < 0) expect(splitsPair(start)).toBe(true)
          else if (to < 0) expect(splitsPair(end)).toBe(true)
          else ranges.push([start, end, from, to])
          if (from >= 0) furthest = to < 0 ? start : end
        }
        const whole = encoded.finish()
        for (const [start, end, from, to] of ranges) expect(whole.slice(from, to)).toBe(formEncode(text.slice(start, end)))
        expect(whole).toBe(formEncode(text.slice(0, furthest)))
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 500)}
    )
  })

  it('gives the FNV-1a and the ASCII-ness of the code units each `at` encoded (fast-check)', () => {
    // What `tweetables` takes for its ids' fingerprints and X's sums: the README's FNV-1a, computed
    // here on its own, over every code unit from the offset before (surrogate halves included).
    const fnv1a = (text: string) => {
      let hash = 0x811c9dc5
      for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
      return hash >>> 0
    }
    const unit = fc.oneof(
      fc.constantFrom(' ', '.', 'a', 'Z', '0', '\x7f', '\x80', 'é', '東', '👍🏽', '\ud800', '\udc00'),
      fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))
    )
    const input = textWithOffsets(unit)
    fc.assert(
      fc.property(input, ({text, offsets}) => {
        const encoded = new FormEncodedText(text)
        let last = 0
        for (const offset of offsets) {
          if (encoded.at(offset) < 0) continue
          const read = text.slice(last, offset)
          expect(encoded.hash).toBe(fnv1a(read))
          expect(encoded.ascii).toBe(!/[^\x00-\x7f]/.test(read))
          last = offset
        }
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 500)}
    )
    const encoded = new FormEncodedText('Write less. 東京。')
    encoded.at(11)
    expect([encoded.hash, encoded.ascii]).toEqual([fnv1a('Write less.'), true])
    encoded.at(15)
    expect([encoded.hash, encoded.ascii]).toEqual([fnv1a(' 東京。'), false])
  })

  it('refuses to go back, and encodes a lone surrogate as U+FFFD', () => {
    const encoded = new FormEncodedText('a\ud800b 👍')
    expect(encoded.at(3)).toBe(11) // a, %EF%BF%BD, b
    expect(encoded.at(2)).toBe(-1)
    expect(encoded.at(5)).toBe(-1) // between the halves of 👍
    expect(encoded.at(6)).toBe(24)
    expect(encoded.finish()).toBe('a%EF%BF%BDb+%F0%9F%91%8D')
  })
})
