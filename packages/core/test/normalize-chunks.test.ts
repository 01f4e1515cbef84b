// canonicalize maps offsets inside a word whose NFC form has another length through its chunks (a
// code point that is not a mark with the marks after it). chunkMap finds them with a shortcut: the
// mark expression is asked once per run of one code point, and a word that is one chunk takes the
// word's NFC form. This pins it to the plain definition, and checks the offsets canonicalize maps.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {canonicalize, chunkMap} from '../src/normalize.js'

/** The chunks by definition: every code point is asked whether it is a mark, every chunk normalised alone. */
function plainChunkMap(word: string, normalized: string): {source: number[]; normalized: number[]} | undefined {
  const source = [0]
  const target = [0]
  let built = ''
  let chunkStart = 0
  for (let index = 0; index <= word.length; ) {
    const code = index < word.length ? (word.codePointAt(index) as number) : -1
    const isMark = code >= 0 && /\p{M}/u.test(String.fromCodePoint(code))
    if (index > chunkStart && !isMark) {
      built += word.slice(chunkStart, index).normalize('NFC')
      source.push(index)
      target.push(built.length)
      chunkStart = index
    }
    if (code < 0) break
    index += code > 0xffff ? 2 : 1
  }
  return built === normalized ? {source, normalized: target} : undefined
}

const plain = (map: ReturnType<typeof chunkMap>) => map && {source: [...map.source], normalized: [...map.normalized]}

// Letters, marks in and out of U+0300–U+036F (enclosing, Thai, Hebrew, astral), marks that reorder
// (U+0323 below, U+0301 above), characters NFC changes alone (U+212B Å, U+0344, U+0958, U+1D15E),
// Hangul jamo that compose, emoji with skin tones, joiners and variation selectors, and a lone surrogate.
const pieces = ['a', 'e', 'o', 'A', 'ä', '\u0301', '\u0302', '\u0323', '\u0344', '\u0345', '\u20dd', '\u0e48', '\u05b0', '\ud834\udd65', '\u212b', '\u0958', '\ud834\udd5e', '\u1100', '\u1161', '\u11a8', '\uac00', '👍', '🏽', '\u200d', '\ufe0f', '\ufe0e', '\u3099', 'か', '\ud800', '\u00a0']
const run = fc.tuple(fc.constantFrom(...pieces), fc.oneof(fc.constant(1), fc.integer({min: 1, max: 4}), fc.integer({min: 1, max: 400})))
const word = fc.array(run, {minLength: 1, maxLength: 8}).map((runs) => runs.map(([piece, times]) => piece.repeat(times)).join(''))
const settings = {numRuns: Number(process.env.PROPERTY_RUNS ?? 2000), seed: Number(process.env.FUZZ_SEED ?? 20261201)}

describe('chunks of a word NFC changes', () => {
  it('are the chunks of the plain definition (fast-check)', () => {
    fc.assert(
      fc.property(word, (text) => {
        const normalized = text.normalize('NFC')
        expect(plain(chunkMap(text, normalized))).toEqual(plainChunkMap(text, normalized))
      }),
      settings
    )
  })

  it('keeps a letter under a mark stack one chunk, whatever its length around a post', () => {
    for (const length of [1, 2, 279, 280, 281, 560, 561, 5000]) {
      const text = 'a' + '\u0301'.repeat(length)
      const normalized = text.normalize('NFC')
      expect(normalized).toBe('\u00e1' + '\u0301'.repeat(length - 1))
      expect(plain(chunkMap(text, normalized))).toEqual({source: [0, text.length], normalized: [0, text.length - 1]})
    }
    // Two stacks: two chunks, each as long as written and one shorter once composed.
    expect(plain(chunkMap('a\u0301\u0301e\u0301', '\u00e1\u0301\u00e9'))).toEqual({source: [0, 3, 5], normalized: [0, 2, 3]})
  })

  it('maps offsets in a mark stack back to the chunk they fall in', () => {
    const text = 'x a' + '\u0301'.repeat(300) + 'b\u0301 y'
    const canonical = canonicalize(text)
    // No precomposed b with acute: only the first chunk gets shorter.
    expect(canonical.text).toBe('x \u00e1' + '\u0301'.repeat(299) + 'b\u0301 y')
    const word = 1
    const start = canonical.wordStart[word] as number
    const end = canonical.wordEnd[word] as number
    // The word's edges and the edge between its two chunks are exact; inside a chunk a start goes
    // back to the chunk's start and an end forward to its end.
    expect(canonical.toSource(start)).toBe(2)
    expect(canonical.toSource(start + 300)).toBe(303)
    expect(canonical.toSource(start + 5)).toBe(2)
    expect(canonical.toSource(start + 5, true)).toBe(303)
    expect(canonical.toSource(end, true)).toBe(305)
  })
})
