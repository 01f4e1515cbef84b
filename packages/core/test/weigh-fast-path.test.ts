import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {xCounter} from '../src/count.js'

const v3 = twitter.configs.version3
const parsed = (word: string) => twitter.parseTweet(word, v3).weightedLength

// ASCII words with dots in every position: a sentence's last word (`craft.`), dots before the
// punctuation no domain label starts with (`it.)`, `Why?..`), and real domains (`example.com.`).
const pieces = ['a', 'Z', '0', '_', '-', '/', ':', '@', '#', '$', '?', '!', ',', ';', "'", '"', ')', ']', '(', '.', '..', 'com', 'co', 'jp', 'example', 'https://', 'www', 'xn--', 't.co/']
const word = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 10}).map((parts) => parts.join(''))

describe('X weight of ASCII words with dots', () => {
  it('is what parseTweet counts, whether the dots can start a domain or not (fast-check)', () => {
    fc.assert(
      fc.property(word, fc.boolean(), (text, stop) => {
        const candidate = stop ? text + '.' : text
        expect(xCounter.weigh(candidate)).toBe(parsed(candidate))
      }),
      {numRuns: 2000}
    )
  })

  it('counts a URL before a final dot as a URL, and a sentence end as its characters', () => {
    expect(xCounter.weigh('craft.')).toBe(6)
    expect(xCounter.weigh('it.)')).toBe(4)
    expect(xCounter.weigh('example.com.')).toBe(parsed('example.com.'))
    expect(xCounter.weigh('example.com.')).toBe(24)
    expect(xCounter.weigh('see.example.com')).toBe(23)
  })
})
