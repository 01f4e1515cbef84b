import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {countTweet, defaultBuildUrl, intentUrl, platformProfile, splitThread} from '../../src/index.js'
import {formEncode} from '../../src/platforms/x.js'
import {paramsOf} from './helpers.js'

const samples = ['Hello https://example.com 👋🏽 東京', '👨‍👩‍👧‍👦 🇫🇷 e\u0301', '@someone #tag $CASH example.com', 'a'.repeat(300)]

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
})
