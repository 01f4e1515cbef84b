import {describe, expect, it} from 'vitest'
import {composeIntent, countTweet, intentUrl, platformProfile, tweetables} from '../../src/index.js'
import {problemsOf} from '../problems.js'
import {lengthOn, paramsOf} from './helpers.js'

const linkedin = (text: string) => lengthOn('linkedin', text)

describe('LinkedIn counts UTF-16 code units (assumed: LinkedIn documents no unit)', () => {
  it('counts an emoji as 2 and a family of four as 11', () => {
    expect(linkedin('👍')).toBe(2)
    expect(linkedin('👨‍👩‍👧‍👦')).toBe(11)
    expect(linkedin('🇫🇷')).toBe(4)
  })

  it('counts CJK one each, and links and mentions as written', () => {
    expect(linkedin('東京')).toBe(2)
    expect(linkedin('https://example.com')).toBe(19)
    expect(linkedin('@someone')).toBe(8)
  })

  it('has 3,000 characters', () => {
    expect(platformProfile('linkedin').limit).toEqual({min: 40, default: 3000, max: 3000})
    expect(countTweet('a'.repeat(3000), {platform: 'linkedin'}).valid).toBe(true)
    expect(countTweet('a'.repeat(3001), {platform: 'linkedin'}).valid).toBe(false)
  })
})

describe('LinkedIn share link (share-offsite: a URL only)', () => {
  it('carries the url and nothing else', () => {
    const link = intentUrl({text: 'Write less.', url: 'https://example.com/post', hashtags: ['writing'], via: 'tweetstorm'}, {platform: 'linkedin'})
    expect(link).toBe('https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Fpost')
    expect(paramsOf(link)).toEqual({url: 'https://example.com/post'})
  })

  it('still fits the text to 3,000 for a surface that offers it to copy', () => {
    const composed = composeIntent({text: 'word '.repeat(1000), url: 'https://example.com/post'}, {platform: 'linkedin'})
    expect(composed.truncated).toBe(true)
    expect(composed.length).toBeLessThanOrEqual(3000)
  })

  it('needs a url', () => {
    expect(problemsOf(() => intentUrl({text: 'Hi'}, {platform: 'linkedin'}))).toEqual([
      "Unexpected undefined for `url`, expected the page URL to share: LinkedIn's share link carries only a URL"
    ])
    const [first] = tweetables('Write less. Mean more.', {platform: 'linkedin', url: 'https://example.com/post'})
    expect(first?.intentUrl).toBe('https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Fpost%23' + first?.id)
  })
})
