import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {countTweet, defaultBuildUrl, intentUrl, platformProfile, splitThread} from '../../src/index.js'
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
