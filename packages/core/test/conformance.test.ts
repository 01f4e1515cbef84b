import {readFileSync} from 'node:fs'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {countTweet} from '../src/index.js'
import {xCounter} from '../src/count.js'

interface CounterCase {
  description: string
  text: string
  expected: {weightedLength: number; valid: boolean; permillage: number}
}

const suite = parse(readFileSync(new URL('fixtures/twitter-text/validate.yml', import.meta.url), 'utf8')) as {
  tests: Record<string, CounterCase[]>
}
const v3 = twitter.configs.version3
// Sections the upstream harnesses run through parseTweet; the first one with config v2, the others with v3.
const v3Sections = ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest']
const allSections = ['WeightedTweetsCounterTest', ...v3Sections]

describe('twitter-text conformance: counter cases', () => {
  const total = allSections.reduce((sum, name) => sum + (suite.tests[name]?.length ?? 0), 0)

  it('loads all 44 counter cases of validate.yml', () => {
    expect(total).toBe(44)
  })

  for (const name of v3Sections) {
    for (const testCase of suite.tests[name] ?? []) {
      it(`${name}: ${testCase.description} → the suite's expected count`, () => {
        const result = countTweet(testCase.text)
        expect(result.length).toBe(testCase.expected.weightedLength)
        expect(result.valid).toBe(testCase.expected.valid)
        expect(result.permillage).toBe(testCase.expected.permillage)
      })
    }
  }

  for (const name of allSections) {
    for (const testCase of suite.tests[name] ?? []) {
      it(`${name}: ${testCase.description} → same as parseTweet (v3), and word weights add up`, () => {
        const reference = twitter.parseTweet(testCase.text, v3)
        const result = countTweet(testCase.text)
        expect(result.length).toBe(reference.weightedLength)
        expect(result.valid).toBe(reference.valid)
        // The splitter sums per-word weights instead of re-counting chunks; that is only right if
        // the sum over words and single whitespace characters equals the whole count.
        const normalized = testCase.text.normalize('NFC')
        let summed = 0
        for (const piece of normalized.split(/(\s)/u)) {
          if (piece === '') continue
          summed += xCounter.weigh(piece)
        }
        expect(summed).toBe(reference.weightedLength)
      })
    }
  }
})
