// The cut of a word longer than a post (README "How splitting works", section 2) is computed in one
// scan of typed arrays. These properties pin it to a reference written from the rule itself, with
// the counter's atom objects, its entities and one Intl.Segmenter pass over the whole word: slow, but
// plainly the rule. Every platform's counter is used, Bluesky with links counted in full too.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {platformProfile, platforms, type Counter} from '../src/index.js'
import {Break, cutLongWord, cutRange, type Piece} from '../src/segment.js'

const runs = Number(process.env['PROPERTY_RUNS'] ?? 60)
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'})

/** The rule: greedy, in each stretch of one budget the best cut, latest among equals. */
function reference(word: string, counter: Counter, budget: number): Piece[] {
  const atoms = counter.atoms(word)
  const before = new Map<number, number>()
  let total = 0
  for (const atom of atoms) {
    before.set(atom.start, total)
    total += atom.weight
  }
  before.set(word.length, total)
  const clusters = new Set([...segmenter.segment(word)].map((segment) => segment.index))
  // The entities of the word alone, and those it holds after a space when its first dot follows
  // non-ASCII characters within 512 code units (twitter-text reads that label differently there).
  const spans = counter.entities(word)
  const dot = word.indexOf('.')
  if (dot >= 0 && dot <= 512 && /[^\x00-\x7f]/.test(word.slice(0, dot))) {
    for (const [start, end] of counter.entities(' ' + word)) {
      if (start >= 1 && !spans.some(([s, e]) => s === start - 1 && e === end - 1)) spans.push([start - 1, end - 1])
    }
  }
  const isDigit = (offset: number) => /\p{Nd}/u.test(word[offset] ?? '')
  // Entities around an offset: strictly inside one, or one or two characters before it (what
  // precedes an entity decides whether it is one). Those that fit the budget are cut last.
  const inside = (offset: number) => spans.filter(([start, end]) => offset > start && offset < end)
  const ahead = (offset: number) => spans.filter(([start]) => offset >= start - 2 && offset < start)
  const near = (offset: number) => [...inside(offset), ...ahead(offset)]
  // Weighed with the whole atoms it touches: an entity can start or end inside one (the mention
  // `＠example` of `＠example.com`, whose URL is one atom).
  const fits = ([start, end]: [number, number]) => {
    while (start > 0 && !before.has(start)) start--
    while (end < word.length && !before.has(end)) end++
    return (before.get(end) as number) - (before.get(start) as number) <= budget
  }
  // Ranks, best first: a cluster boundary (grapheme, number, inside an entity heavier than the
  // budget), then between the atoms of a cluster, then one or two characters before an entity that
  // fits, then inside one, then between the atoms of a cluster inside an entity. All but the first
  // three are posted as entity cuts.
  const rankAt = (offset: number): number => {
    const around = near(offset)
    if (!clusters.has(offset)) return around.length > 0 ? 14 : 11
    if (inside(offset).some(fits)) return 13
    if (ahead(offset).some(fits)) return 12
    if (around.length > 0) return Break.Entity
    if (isDigit(offset - 1) && isDigit(offset)) return Break.Number
    return Break.Grapheme
  }
  const kindAt = (offset: number): Break => Math.min(rankAt(offset), Break.Entity)
  const pieces: Piece[] = []
  let start = 0
  while (total - (before.get(start) as number) > budget) {
    const startWeight = before.get(start) as number
    // Atom starts after the piece's start that keep it within the budget.
    const reachable = atoms.map((atom) => atom.start).filter((offset) => offset > start && (before.get(offset) as number) <= startWeight + budget)
    // Between the atoms of a cluster, only a cut that leaves the piece some weight.
    const candidates = reachable.filter((offset) => clusters.has(offset) || (before.get(offset) as number) > startWeight)
    let cut: number | undefined
    let rank = 0
    for (const offset of candidates) {
      if (cut === undefined || rankAt(offset) <= rank) {
        cut = offset
        rank = rankAt(offset)
      }
    }
    let kind = cut === undefined ? Break.Entity : kindAt(cut)
    const lastAtom = reachable.at(-1)
    if (cut === undefined && lastAtom !== undefined && (before.get(lastAtom) as number) > startWeight) {
      // Inside a cluster heavier than the budget: between its atoms.
      cut = lastAtom
      kind = Break.Entity
    }
    if (cut !== undefined) {
      pieces.push({end: cut, after: kind, weight: (before.get(cut) as number) - startWeight})
      start = cut
      continue
    }
    // One atom heavier than the budget: cut between its clusters (code points in a cluster longer
    // than the stretch looked at), each piece the longest that weighs no more than the budget alone.
    const atom = atoms.find((item) => item.start === start) as (typeof atoms)[number]
    let piece = start
    while (piece < atom.end) {
      const last = Math.min(atom.end, piece + budget * 4 + 16)
      let ends = [...clusters].filter((offset) => offset > piece && offset <= last)
      // The atom's end always ends a cluster.
      if (last === atom.end && !ends.includes(last)) ends.push(last)
      if (ends.length === 0 || (ends.length === 1 && last < atom.end)) {
        ends = []
        for (let offset = piece + 1; offset <= last; offset++) if (!/[\udc00-\udfff]/.test(word[offset] ?? '') || !/[\ud800-\udbff]/.test(word[offset - 1] ?? '')) ends.push(offset)
      }
      const fitting = ends.filter((end) => counter.weigh(word.slice(piece, end)) <= budget)
      const end = fitting.at(-1) ?? (ends[0] as number)
      pieces.push({end, after: Break.Entity, weight: counter.weigh(word.slice(piece, end))})
      piece = end
    }
    const after = atom.end
    const tail = pieces.at(-1) as Piece
    if (after === word.length) {
      tail.after = Break.End
      return pieces
    }
    tail.after = clusters.has(after) ? kindAt(after) : Break.Entity
    start = after
  }
  pieces.push({end: word.length, after: Break.End, weight: total - (before.get(start) as number)})
  return pieces
}

// Long words without spaces, of the kinds that made the splitter slow or that it must not cut:
// runs of one character, mark stacks, emoji with ZWJ and skin tones, CJK, digits, links written
// out, and entities.
const part = fc.constantFrom(
  '.', '@', '(', 'a', 'Z', '1', '23', '東', '日本語', '。', '、', '\u0301', 'e\u0301\u0302', '👍🏽', '\u200d', '👨‍👩‍👧', '🇫🇷',
  'x.com_', 'a.co.', 'https://x.com/', 'example.com/', 'ab/', '#tag', '$AB', '@user', '@a@b.social', '\u0600'
)
const word = fc
  .array(fc.tuple(part, fc.integer({min: 1, max: 80})), {minLength: 1, maxLength: 12})
  .map((runs) => runs.map(([text, times]) => text.repeat(times)).join(''))
  .filter((text) => text.length > 0)
const counters: Array<[string, Counter]> = [
  ...platforms.map((platform): [string, Counter] => [platform, platformProfile(platform).counter]),
  ['bluesky, links full', platformProfile('bluesky').linkCounters?.full as Counter]
]

describe.each(counters)('cutting a long word (%s)', (_name, counter) => {
  it('Counter.cutting gives the atoms of `atoms` as weights before each offset, and the entities of `entities`', () => {
    fc.assert(
      fc.property(word, (text) => {
        const cutting = counter.cutting?.(text)
        expect(cutting).toBeDefined()
        const expected = new Float64Array(text.length + 1).fill(-1)
        let total = 0
        for (const atom of counter.atoms(text)) {
          expected[atom.start] = total
          total += atom.weight
        }
        expected[text.length] = total
        expect(cutting?.before).toEqual(expected)
        expect(cutting?.entities).toEqual(counter.entities(text))
      }),
      {numRuns: runs}
    )
  })

  it('cuts where the rule says, with the same classes and weights', () => {
    fc.assert(
      fc.property(word, fc.constantFrom(30, 57, 100, 277), (text, budget) => {
        expect(cutLongWord(text, counter, budget)).toEqual(reference(text, counter, budget))
      }),
      {numRuns: runs}
    )
  })

  it('covers the word in order, and each piece weighs what it is cut with, within the budget unless one cluster is heavier', () => {
    fc.assert(
      fc.property(word, fc.constantFrom(30, 57, 100, 277), (text, budget) => {
        const pieces = cutLongWord(text, counter, budget)
        let start = 0
        for (const piece of pieces) {
          expect(piece.end).toBeGreaterThan(start)
          const code = text.charCodeAt(piece.end)
          // Never between the halves of a surrogate pair.
          if (code >= 0xdc00 && code <= 0xdfff) expect(text.charCodeAt(piece.end - 1)).not.toSatisfy((high: number) => high >= 0xd800 && high <= 0xdbff)
          if (piece.weight > budget) expect([...segmenter.segment(text.slice(start, piece.end))]).toHaveLength(1)
          start = piece.end
        }
        expect(start).toBe(text.length)
        expect((pieces.at(-1) as Piece).after).toBe(Break.End)
      }),
      {numRuns: runs}
    )
  })
})

// A word longer than the cutter's window (65,536 characters) is cut window by window, each window
// keeping the pieces that end well before its edge. Cut whole in one pass (`cutRange` over the
// counter's atoms of the whole word), it must give the same pieces: words of a few long runs (a
// link longer than a window, `@` and `(` runs, mark stacks, emoji), around one, two and several
// windows.
describe('cutting a word longer than the window', () => {
  const longPart = fc.constantFrom('@', '(', '.', 'a', 'ab/', 'x.com_', '\u0301', '👍🏽\u200d', '東', '@user', '#tag', 'https://x.com/ab/', '1')
  // Runs of up to 60,000 characters, and of up to 3,000 (a URL X still takes, across a window's edge).
  const times = fc.oneof(fc.integer({min: 1, max: 60_000}), fc.integer({min: 1, max: 3_000}))
  const longWord = fc
    .tuple(
      fc.constantFrom('', 'https://x.com/', '(https://x.com/', 'x.com/'),
      fc.array(fc.tuple(longPart, times), {minLength: 1, maxLength: 8}),
      fc.constantFrom(0, 60_000, 140_000, 300_000)
    )
    .map(([start, runs, least]) => {
      let text = start + runs.map(([text, times]) => text.repeat(Math.ceil(times / text.length))).join('')
      while (text.length < least) text += (runs[0] as [string, number])[0].repeat(30_000)
      return text
    })
  const wholeCut = (word: string, counter: Counter, budget: number): Piece[] => {
    const {before, entities} = counter.cutting?.(word) as NonNullable<ReturnType<NonNullable<Counter['cutting']>>>
    return cutRange(word, 0, word.length, before, entities, counter, budget, 0)
  }
  const longRuns = Number(process.env['PROPERTY_RUNS'] ?? 12)
  // X only: on X no entity is longer than the window's margin (8,192; twitter-text takes URLs of at
  // most 4,096). On Bluesky and Mastodon a link can run across windows, and there the windowed cut
  // differs from the whole cut today (`x.com/@@@…@user@user…` over 140,000 characters, budget 57).
  it('gives the pieces of the whole word cut at once (x)', () => {
    const counter = platformProfile('x').counter
    fc.assert(
      fc.property(longWord, fc.constantFrom(57, 277), (text, budget) => {
        expect(cutLongWord(text, counter, budget)).toEqual(wholeCut(text, counter, budget))
      }),
      {numRuns: longRuns, seed: 12}
    )
  }, 120_000)

  // Up to two windows (131,072 characters) a word is cut whole on every network: a Bluesky link of
  // 140,000 characters (`x.com/@@@…@user@user…`) is cut differently by a window that sees only its
  // start, and a word just over one window used to be cut window by window.
  it.each([...platforms.map((platform): [string, Counter] => [platform, platformProfile(platform).counter])])(
    'cuts a word of up to two windows as the whole word (%s)',
    (_name, counter) => {
      const upToTwoWindows = longWord.map((text) => text.slice(0, 131_072)).filter((text) => text.length > 65_536)
      fc.assert(
        fc.property(fc.oneof(upToTwoWindows, fc.constant('x.com/' + '@'.repeat(50_000) + '@user'.repeat(10_000))), fc.constantFrom(57, 277), (text, budget) => {
          expect(cutLongWord(text, counter, budget)).toEqual(wholeCut(text, counter, budget))
        }),
        {numRuns: longRuns, seed: 13}
      )
    },
    120_000
  )
})
