import {describe, expect, it} from 'vitest'
import {countTweet, intentUrl, platformProfile, splitThread} from '../../src/index.js'
import {lengthOn, paramsOf} from './helpers.js'

const threads = (text: string) => lengthOn('threads', text)

describe('Threads counts characters, and emoji as their UTF-8 bytes (Meta: Threads Posts)', () => {
  it('counts an emoji as its bytes', () => {
    expect(threads('Hi 👍')).toBe(3 + 4)
    expect(threads('👨‍👩‍👧‍👦')).toBe(25)
    expect(threads('🇫🇷')).toBe(8)
    expect(threads('❤️')).toBe(6)
    expect(threads('👋🏽')).toBe(8)
  })

  it('counts other characters one per code point', () => {
    expect(threads('東京')).toBe(2)
    expect(threads('e\u0301')).toBe(2)
    expect(threads('@someone #tag')).toBe(13)
  })

  it('counts links as written', () => {
    expect(threads('https://example.com/a')).toBe(21)
  })

  it('has 500 characters and at most 5 distinct links', () => {
    expect(platformProfile('threads').limit).toEqual({min: 40, default: 500, max: 500})
    expect(countTweet('a'.repeat(500), {platform: 'threads'}).valid).toBe(true)
    expect(countTweet('a'.repeat(501), {platform: 'threads'}).valid).toBe(false)
    const links = (n: number) => Array.from({length: n}, (_, i) => `https://example.com/${i}`).join(' ')
    expect(countTweet(links(5), {platform: 'threads'}).valid).toBe(true)
    expect(countTweet(links(6), {platform: 'threads'}).valid).toBe(false)
  })
})

describe('Threads threads', () => {
  it('puts at most 5 distinct links in a post, however short the links are', () => {
    const text = Array.from({length: 12}, (_, i) => `See https://example.com/${i}.`).join(' ')
    const tweets = splitThread(text, {platform: 'threads'}).tweets
    expect(tweets.length).toBe(3)
    for (const tweet of tweets) {
      expect(tweet.text.match(/https:\/\//g)?.length).toBeLessThanOrEqual(5)
      expect(countTweet(tweet.text, {platform: 'threads'}).valid).toBe(true)
    }
  })
})

describe('Threads share link', () => {
  it('is threads.com/intent/post with text, hashtags and credit in text and the url apart', () => {
    const link = intentUrl({text: 'Write less.', url: 'https://example.com/post', hashtags: ['writing'], via: 'tweetstorm'}, {platform: 'threads'})
    expect(link.startsWith('https://www.threads.com/intent/post?')).toBe(true)
    expect(paramsOf(link)).toEqual({text: 'Write less. #writing via @tweetstorm', url: 'https://example.com/post'})
  })

  it('fits the text to 500 without counting the link attachment', () => {
    const {text, url} = paramsOf(intentUrl({text: '👍 '.repeat(200), url: 'https://example.com/post'}, {platform: 'threads'}))
    expect(url).toBe('https://example.com/post')
    expect(countTweet(text as string, {platform: 'threads'}).length).toBeLessThanOrEqual(500)
    expect(countTweet(text as string, {platform: 'threads'}).length).toBeGreaterThan(490)
  })
})
