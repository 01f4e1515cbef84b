import {describe, expect, it} from 'vitest'
import {countTweet, intentUrl, splitThread, tweetables} from '../src/index.js'
import {problemsOf} from './problems.js'

// Core validates with zod/mini, which loads no locale: a check without its own message would read
// "Invalid input", or zod's English only when another package happens to load classic zod. So every
// check of every option carries core's own expectation; a value of the wrong type shows it.
describe('every option has its own expectation, whichever zod locale is loaded', () => {
  const wrong = [5, 'nope', true, null, [], {}, Symbol('s')] as const
  const cases: Array<[string, (value: unknown) => unknown]> = [
    ...['platform', 'limit'].map((name): [string, (value: unknown) => unknown] => [`countTweet ${name}`, (value) => countTweet('x', {[name]: value} as never)]),
    ...['platform', 'limit', 'numbering', 'numberingPosition', 'continuation'].map(
      (name): [string, (value: unknown) => unknown] => [`splitThread ${name}`, (value) => splitThread('x', {[name]: value} as never)]
    ),
    ...['url', 'via', 'hashtags', 'related', 'limit', 'fragment', 'idPrefix', 'buildUrl'].map(
      (name): [string, (value: unknown) => unknown] => [`tweetables ${name}`, (value) => tweetables('x', {[name]: value} as never)]
    ),
    ...['text', 'url', 'via', 'hashtags', 'related', 'inReplyTo'].map(
      (name): [string, (value: unknown) => unknown] => [`intentUrl ${name}`, (value) => intentUrl({[name]: value} as never)]
    ),
    ...['fit', 'buildUrl', 'limit'].map((name): [string, (value: unknown) => unknown] => [`intentUrl option ${name}`, (value) => intentUrl({text: 'x'}, {[name]: value} as never)])
  ]

  it.each(cases)('%s', (_, run) => {
    let rejected = 0
    for (const value of wrong) {
      let problems: string[] = []
      try {
        problems = problemsOf(() => run(value))
      } catch {
        continue // accepted, e.g. a string where a string is expected
      }
      rejected++
      for (const problem of problems) {
        expect(problem).toMatch(/^Unexpected .+ (for|in) `\w+`, expected /)
        expect(problem).not.toMatch(/invalid input|received/i)
      }
    }
    expect(rejected).toBeGreaterThanOrEqual(5)
  })

  it('says what idPrefix expects when it is not a string', () => {
    expect(problemsOf(() => tweetables('x', {idPrefix: 5 as never}))).toEqual([
      'Unexpected 5 for `idPrefix`, expected 1–16 lowercase letters, digits or -, starting with a letter'
    ])
  })
})
