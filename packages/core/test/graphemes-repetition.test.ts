// forEachGrapheme segments a long text in bounded windows; a cluster longer than a window that ends
// inside a repetition (a letter under thousands of the same mark, one emoji joined to itself over and
// over) is not read whole: an even number of copies is left out of the middle and the rest segmented.
// These pin that shortcut to Intl.Segmenter reading the whole text.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {forEachGrapheme} from '../src/platforms/graphemes.js'

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'})
const whole = (text: string) => [...segmenter.segment(text)].map((segment) => segment.index)
const windowed = (text: string) => {
  const starts: number[] = []
  let previousEnd = 0
  forEachGrapheme(text, (start, end) => {
    // Clusters come in order, each starting where the last one ended.
    expect(start).toBe(previousEnd)
    expect(end).toBeGreaterThan(start)
    previousEnd = end
    starts.push(start)
  })
  expect(previousEnd).toBe(text.length)
  return starts
}

// What repeats: marks (combining, Thai, an Indic virama, an enclosing mark), the joiner, variation
// selectors, skin tones, regional indicators (pairs count), emoji joined with and without skin tones,
// an Indic consonant with its virama (a conjunct that joins the next consonant), Hangul jamo (L, V,
// T and a syllable), a prepended concatenation mark, CR LF, a lone surrogate, and letters.
const units = [
  '\u0301', '\u0302', '\u0e48', '\u094d', '\u20dd', '\u200d', '\ufe0f', '\ufe0e', '🏽', '🇫', '🇫🇷', '👍', '👍🏽\u200d', '👍\u200d',
  '👨\u200d👩\u200d👧\u200d👦\u200d', '🏳\ufe0f\u200d🌈', '\u0915\u094d', '\u0915', '\u1100', '\u1161', '\u11a8', '\uac00', '\u0600',
  '\r\n', '\ud800', 'a', 'e\u0301', '\u0301\u0302', '\u200d\u0301'
]
const unit = fc.constantFrom(...units)
// Around each repetition, a few code points that may join it or stop it.
const edge = fc.array(unit, {maxLength: 3}).map((parts) => parts.join(''))
const repetition = fc
  .tuple(edge, fc.array(unit, {minLength: 1, maxLength: 2}), fc.integer({min: 1, max: 3000}), edge)
  .map(([before, parts, times, after]) => before + parts.join('').repeat(times) + after)
// Cut anywhere, as a long word is cut into slices: a repetition may begin or end inside a surrogate pair.
const text = fc
  .tuple(fc.array(repetition, {minLength: 1, maxLength: 3}), fc.nat(40), fc.nat(40))
  .map(([parts, head, tail]) => {
    const joined = parts.join('')
    return joined.slice(Math.min(head, joined.length), Math.max(Math.min(head, joined.length), joined.length - tail))
  })
const settings = {numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: Number(process.env.FUZZ_SEED ?? 20261201)}

describe('grapheme clusters longer than a window, inside a repetition', () => {
  it('are the clusters Intl.Segmenter finds in the whole text (fast-check)', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(windowed(input)).toEqual(whole(input))
      }),
      settings
    )
  })

  it('finds one cluster in a letter under a stack of marks, of every length around a post and a window', () => {
    for (const length of [279, 280, 281, 511, 512, 513, 700, 1023, 1024, 1025, 2047, 4000, 100_000]) {
      for (const mark of ['\u0301', '\u0e48', '\u20dd']) {
        expect(windowed('a' + mark.repeat(length))).toEqual([0])
        // What follows the stack starts a cluster of its own, at its first code unit.
        expect(windowed('a' + mark.repeat(length) + 'b' + mark)).toEqual([0, length + 1])
        expect(windowed('a' + mark.repeat(length) + '👍')).toEqual([0, length + 1])
      }
    }
  })

  it('ends a repetition where it ends, at every length around the 4 KB blocks it is followed in', () => {
    // The scans skip a repetition a block at a time once 1,024 units in: lengths where a block ends
    // just before, at and just after the repetition's end, followed by letters, a mark, an emoji.
    for (let length = 5100; length <= 5140; length++) {
      for (const [unit, after] of [['\u0301', 'bc'], ['\u0301', 'b\u0302'], ['e\u0301', 'bc'], ['👍🏽\u200d', 'ab'], ['👍🏽\u200d', '\u0301a']] as const) {
        const input = 'a' + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + after
        expect(windowed(input)).toEqual(whole(input))
      }
    }
  })

  it('reads joined emoji as one cluster, and counts regional indicators in pairs', () => {
    const joined = '👍🏽\u200d'.repeat(20_000)
    expect(windowed(joined)).toEqual([0])
    // A joiner joins an emoji to what it follows; after it, a letter starts a new cluster.
    expect(windowed(joined + 'a')).toEqual([0, joined.length])
    // A slice that ends or starts inside a pair: a lone half is a cluster of its own.
    expect(windowed(joined.slice(0, 65_536))).toEqual([0, 65_535])
    expect(windowed(joined.slice(1, 65_536))).toEqual(whole(joined.slice(1, 65_536)))
    for (const pairs of [300, 301]) {
      for (const odd of [0, 1]) {
        const flags = '🇫'.repeat(2 * pairs + odd)
        const starts = windowed('a' + '\u0301'.repeat(600) + flags)
        expect(starts).toEqual(whole('a' + '\u0301'.repeat(600) + flags))
        expect(starts.length).toBe(1 + pairs + odd)
      }
    }
  })
})
