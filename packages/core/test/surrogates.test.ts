import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {splitThread, tweetables} from '../src/index.js'
import {insidePair} from '../src/surrogates.js'

// The four callers cut, bound or map text at an offset and step aside when it would split a pair; an
// offset at either end of the text never splits one, whatever the text ends or starts with.
describe('insidePair', () => {
  it('is true only between the two halves of a pair', () => {
    expect(insidePair('a👍', 1)).toBe(false)
    expect(insidePair('a👍', 2)).toBe(true)
    expect(insidePair('a👍', 3)).toBe(false)
  })

  it('is false at the end of a text that ends in a lone high surrogate', () => {
    expect(insidePair('a\ud83d', 2)).toBe(false)
    expect(insidePair('\ud83d', 1)).toBe(false)
  })

  it('is false at the start and past either end', () => {
    expect(insidePair('\udc4d', 0)).toBe(false)
    expect(insidePair('👍', -1)).toBe(false)
    expect(insidePair('👍', 5)).toBe(false)
  })

  it('agrees with the definition on any text and offset', () => {
    const unit = fc.constantFrom('a', '\ud83d', '\udc4d', '👍', '東')
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 12}).map((parts) => parts.join('')), fc.integer({min: -2, max: 30}), (text, offset) => {
        const splits = offset > 0 && offset < text.length && /[\ud800-\udbff]/.test(text[offset - 1]!) && /[\udc00-\udfff]/.test(text[offset]!)
        expect(insidePair(text, offset)).toBe(splits)
      }),
      {numRuns: 500}
    )
  })
})

// A text cut from a longer one can end in half an emoji; every source range must still lie in the text,
// or `input.slice(start, end)` quietly returns less than the range says (before: end one past the text).
describe('source ranges of a text that ends in a lone high surrogate', () => {
  for (const text of ['abc\ud83d', 'Hello there. abc\ud83d', 'e\u0301\u0301 x\ud83d', '東京\ud83d']) {
    it(JSON.stringify(text), () => {
      for (const {source} of [...splitThread(text).tweets, ...tweetables(text)]) {
        expect(source.start).toBeGreaterThanOrEqual(0)
        expect(source.end).toBeLessThanOrEqual(text.length)
      }
      expect(splitThread(text).tweets.at(-1)!.source.end).toBe(text.length)
    })
  }
})
