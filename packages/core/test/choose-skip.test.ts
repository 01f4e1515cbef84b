// The choice of breaks skips the ends inside a sentence that fits in a post when no window of starts
// is sampled (`windowsAreWhole` in split.ts). Pinned here to the general path, which weighs every
// end: the same posts, and the same cost and back-pointer at every end it does weigh.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createThreadSplitter, splitThread} from '../src/index.js'
import {xCounter} from '../src/count.js'
import {canonicalize} from '../src/normalize.js'
import {segment} from '../src/segment.js'
import {choose} from '../src/split.js'

// Mixed CJK and Latin, URLs, emoji, every kind of break, and sentences from a few characters to
// longer than a post, so that some fit and some are cut.
const part = fc.constantFrom(
  '読者は', '一つの投稿を', '単独で読むことが多い', '。', '、', '！', '？', '」', '「', 'と', '中文测试', '，',
  'https://example.com/ja', 'example.jp', '#日本', '@user', '👍🏽', '👨‍👩‍👧', '1️⃣',
  'Write', 'less', 'e.g.', 'Dr.', '.', '?', '!', ',', ';', ':', '—', '-', 'a', 'I', '42', '3.14', '(see)', '"Stop!"', 'she said'
)
// Runs of short units: a long CJK sentence is one unit per character, and at large limits its
// windows hold more than 96 units, which the choice samples.
const run = fc
  .tuple(fc.constantFrom('東', '文字', 'a ', 'I '), fc.integer({min: 20, max: 400}))
  .map(([unit, times]) => unit.repeat(times))
const sentence = fc
  .tuple(fc.array(fc.tuple(fc.oneof({weight: 9, arbitrary: part}, {weight: 1, arbitrary: run}), fc.constantFrom(' ', ' ', '', '')), {minLength: 1, maxLength: 24}), fc.constantFrom('. ', '。', '! ', '? ', '\n', '\n\n', '\n- ', '\n---\n', ' '))
  .map(([parts, end]) => parts.map(([text, gap]) => text + gap).join('') + end)
const text = fc.array(sentence, {maxLength: 16}).map((sentences) => sentences.join(''))

describe('choosing breaks without the ends inside a sentence that fits', () => {
  it('gives what weighing every end gives: posts, costs and back-pointers (fast-check)', () => {
    let skipped = 0
    let sampled = 0
    fc.assert(
      fc.property(text, fc.constantFrom(40, 57, 100, 140, 271, 500, 2000), fc.constantFrom(0, 1, 2), (input, budget, continuation) => {
        const units = segment(canonicalize(input), xCounter, budget - continuation)
        const fast = choose(units, budget, continuation)
        const general = choose(units, budget, continuation, undefined, true)
        expect(general.skipInside).toBe(false)
        if (fast.skipInside) skipped++
        else sampled++
        expect(fast.ends).toEqual(general.ends)
        for (let j = 0; j <= units.count; j++) {
          if (fast.from[j] === -1 && fast.best[j] === Infinity) continue
          expect(fast.best[j]).toBe(general.best[j])
          expect(fast.from[j]).toBe(general.from[j])
        }
      }),
      {numRuns: 500}
    )
    // Both regimes were drawn: windows whole (the skip) and sampled (every end weighed).
    expect(skipped).toBeGreaterThan(50)
    expect(sampled).toBeGreaterThan(10)
  })

  it('gives splitThread when an edit makes a window sampled and then whole again', () => {
    // 150 one-letter words fit in one post of 500: a window of more than 96 units is sampled.
    const head = 'Short sentence one. Another one here, with a clause. 読者は一つの投稿を単独で読むことが多い。\n\n'
    const run = 'a '.repeat(150).trim() + '.'
    for (const limit of [280, 500]) {
      const splitter = createThreadSplitter({limit})
      for (const draft of [head.repeat(8), head.repeat(4) + run + '\n\n' + head.repeat(4), head.repeat(8), head.repeat(8) + run]) {
        expect(splitter.split(draft)).toEqual(splitThread(draft, {limit}))
      }
    }
  })
})
