import {describe, expect, it} from 'vitest'
import {composeIntent, countTweet, intentUrl, platformProfile, splitThread, tweetables} from '../../src/index.js'
import {problemsOf} from '../problems.js'
import {lengthOn, paramsOf} from './helpers.js'

const mastodon = (text: string) => lengthOn('mastodon', text)

describe('Mastodon counts as its server does (StatusLengthValidator)', () => {
  it('counts every URL with a scheme as 23, whatever its length', () => {
    expect(mastodon('Read https://example.com/a/very/long/path/that/goes/on/and/on/and/on')).toBe(5 + 23)
    expect(mastodon('http://t.co')).toBe(23)
  })

  it('counts a bare domain as written (URLs need their scheme)', () => {
    expect(mastodon('example.com/path')).toBe(16)
  })

  it('counts a remote mention @user@domain as @user', () => {
    expect(mastodon('@alice@mastodon.social hi')).toBe(6 + 3)
    expect(mastodon('@first.last@example.org')).toBe(11)
    expect(mastodon('cc @Gargron@mastodon.social.')).toBe(3 + 8 + 1)
  })

  it('counts a local mention and an e-mail address as written', () => {
    expect(mastodon('@alice')).toBe(6)
    expect(mastodon('email@example.com')).toBe(17)
  })

  it('counts grapheme clusters: emoji families, flags, CJK', () => {
    expect(mastodon('👨‍👩‍👧‍👦')).toBe(1)
    expect(mastodon('🇫🇷')).toBe(1)
    expect(mastodon('東京')).toBe(2)
    expect(mastodon('e\u0301')).toBe(1)
  })

  it('has 500 by default and takes the limit an instance sets, up to 100,000', () => {
    expect(platformProfile('mastodon').limit).toEqual({min: 40, default: 500, max: 100_000})
    expect(countTweet('a'.repeat(500), {platform: 'mastodon'}).valid).toBe(true)
    expect(countTweet('a'.repeat(501), {platform: 'mastodon'}).valid).toBe(false)
    expect(countTweet('a'.repeat(5000), {platform: 'mastodon', limit: 5000}).valid).toBe(true)
    expect(problemsOf(() => countTweet('x', {platform: 'mastodon', limit: 100_001}))).toEqual([
      'Unexpected 100001 for `limit`, expected a whole number from 40 to 100000'
    ])
  })

  it('splits without an instance', () => {
    const tweets = splitThread('word '.repeat(300), {platform: 'mastodon'}).tweets
    expect(tweets.length).toBe(4)
    for (const tweet of tweets) expect(tweet.length).toBeLessThanOrEqual(500)
  })
})

describe('Mastodon share link', () => {
  it('goes to the instance share page with everything folded into the text', () => {
    const link = intentUrl(
      {text: 'Write less.', url: 'https://example.com/post', hashtags: ['writing'], via: 'tweetstorm'},
      {platform: 'mastodon', instance: 'Mastodon.Social'}
    )
    expect(link.startsWith('https://mastodon.social/share?')).toBe(true)
    expect(paramsOf(link)).toEqual({text: 'Write less. https://example.com/post #writing via @tweetstorm'})
  })

  it('counts the folded url as 23 when fitting', () => {
    const url = 'https://example.com/' + 'a'.repeat(200)
    const composed = composeIntent({text: 'word '.repeat(200), url}, {platform: 'mastodon', instance: 'mastodon.social'})
    expect(composed.truncated).toBe(true)
    expect(composed.length).toBeLessThanOrEqual(500)
    expect(composed.length).toBeGreaterThan(490)
    expect(composed.post.endsWith(url)).toBe(true)
  })

  it('needs an instance, and says so', () => {
    expect(problemsOf(() => intentUrl({text: 'Hi'}, {platform: 'mastodon'}))).toEqual([
      "Unexpected undefined for `instance`, expected a Mastodon host name such as 'mastodon.social': Mastodon share links go to the reader's own server"
    ])
    expect(problemsOf(() => tweetables('Hi there.', {platform: 'mastodon'}))[0]).toMatch(/for `instance`/)
  })

  it('takes a host name only', () => {
    for (const instance of ['https://mastodon.social', 'mastodon.social/about', 'mastodon', '', 'a b.social']) {
      expect(problemsOf(() => intentUrl({text: 'Hi'}, {platform: 'mastodon', instance}))).toEqual([
        `Unexpected ${JSON.stringify(instance)} for \`instance\`, expected a Mastodon host name such as 'mastodon.social' (no https://, no path)`
      ])
    }
    expect(intentUrl({text: 'Hi'}, {platform: 'mastodon', instance: 'localhost.test:3000'})).toBe('https://localhost.test:3000/share?text=Hi')
  })
})
