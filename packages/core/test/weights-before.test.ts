import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {config} from '../src/x-engine/data.js'
import {unitWeight, xAtoms, xWeightsBefore} from '../src/x-engine/weigh.js'

// The weight before each atom, built from the atoms one at a time (the general path): -1 inside an
// atom, the whole weight at the end.
function fromAtoms(word: string): number[] {
  const before = new Array<number>(word.length + 1).fill(-1)
  let total = 0
  for (const atom of xAtoms(word)) {
    before[atom.start] = total
    total += atom.weight
  }
  before[word.length] = total
  return before
}

// CJK and kana (past the last range), Latin and marks (first range), the other ranges' edges, emoji,
// lone and paired surrogate halves, the characters parseTweet refuses, and URLs next to all of them.
const pieces = [
  'a', '.', '日', 'ー', '。', '\u0301', '\u2000', '\u200d', '\u2010', '\u2032', '\u2038', '\u10ff', '\u1100',
  '\ud83d', '\ude00', '𠀋', '𝐀', '😀', '👍🏽', '1️⃣', '©', '\ufeff', '\uffff', 'example.com', 'https://例え.jp/パス', '#日本', '@x'
]
const word = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 24}).map((parts) => parts.join(''))

describe('xWeightsBefore', () => {
  it('is the weight before each atom that xAtoms gives, -1 inside an atom (fast-check)', () => {
    fc.assert(
      fc.property(word, (text) => {
        expect(Array.from(xWeightsBefore(text))).toEqual(fromAtoms(text))
      }),
      {numRuns: 3000}
    )
  })

  it('writes the same weights into a reused array, whatever it held before (fast-check)', () => {
    // One array for word after word, as the splitter passes it: longer words first, so that every
    // offset of the next one held a stale weight or -1.
    const into = new Float64Array(64)
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 6}), (words) => {
        into.fill(7)
        for (const text of words) {
          const written = xWeightsBefore(text, undefined, into)
          expect(written.length).toBe(text.length + 1)
          expect(Array.from(written)).toEqual(Array.from(xWeightsBefore(text)))
        }
      }),
      {numRuns: 1000}
    )
    // Too short to hold the word: a new array, and `into` untouched.
    const short = new Float64Array(2).fill(7)
    expect(Array.from(xWeightsBefore('日本語', undefined, short))).toEqual([0, 2, 4, 6])
    expect(Array.from(short)).toEqual([7, 7])
  })

  it('gives every BMP code unit the weight of the first config range holding it, else the default', () => {
    const {ranges, defaultWeight} = config
    const flat: readonly number[] = ranges
    for (let code = 0; code < 0x10000; code++) {
      let expected: number = defaultWeight
      for (let index = 0; index + 2 < flat.length; index += 3) {
        if (code >= (flat[index] as number) && code <= (flat[index + 1] as number)) {
          expected = flat[index + 2] as number
          break
        }
      }
      if (unitWeight(code) !== expected) expect(unitWeight(code)).toBe(expected)
    }
    expect(unitWeight(0x65e5)).toBe(200)
    expect(unitWeight(0x61)).toBe(100)
  })
})
