// `tweetables` segments for sentences only (`segmentSentences`): the same units and weights as
// `segment`, the same class at every sentence, line, paragraph and hard break and at the end, and
// the classes of the other breaks and the structure glue worked out only for a sentence too long for
// a post. Pinned here to `segment`: once `classifyBreaks` has run over the units and `structureGlue`
// over the text, everything is what `segment` gives.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {tweetables} from '../src/index.js'
import {xCounter} from '../src/count.js'
import {canonicalize} from '../src/normalize.js'
import {Break, classifyBreaks, segment, segmentSentences, Unclassified} from '../src/segment.js'
import {structureGlue} from '../src/structure.js'

// Every rule of spaceBreak and of the glue: stops, abbreviations, ordinals, ellipses, speech tags,
// French spacing, closers and openers, CJK and Thai, list items, headings, lead-ins and questions,
// words ending in a letter, a digit or a clause mark before every kind of next word.
const part = fc.constantFrom(
  'Write', 'less', 'e.g.', 'Dr.', 'etc.', 'U.S.', 'J.', 'am', '3.', '25.', 'He', 'was', 'well...', 'Well…', 'maybe', '"Go."', 'he', 'said', '"Stop!"',
  'Bonjour', '!', '»', '«', '‹', '?', ':', ';', ',', '—', '–', '.', 'it.)', '(see)', '(see.)', '"q"', '42', 'a,', 'b;', 'c:', 'x:',
  '読者は', '単独で読む', '。', '、', '」', '「', '中文，测试', 'ภาษาไทย', 'ไทย', 'שלום.', 'हिंदी।', 'مرحبا؟', '\u200f', 'x\u200b', '\u2060',
  'https://example.com/a.b.', 'example.com', '@you', '#tag', '$CASH', '👍🏽', 'a'.repeat(300), '東'.repeat(200)
)
const gap = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\n- ', '\n1. ', '\n\n\n\n', '\n---\n')
const text = fc.array(fc.tuple(part, gap), {maxLength: 40}).map((pairs) => pairs.map(([word, space]) => word + space).join(''))

describe('segmenting for sentences only', () => {
  it('gives segment’s units, weights and sentence breaks, and the rest once classified (fast-check)', () => {
    let unclassified = 0
    fc.assert(
      fc.property(text, fc.constantFrom(20, 57, 140, 271, 1000), (input, longWord) => {
        const canonical = canonicalize(input)
        const full = segment(canonical, xCounter, longWord)
        const light = segmentSentences(canonical, xCounter, longWord)
        expect(light.count).toBe(full.count)
        expect([...light.start]).toEqual([...full.start])
        expect([...light.end]).toEqual([...full.end])
        expect([...light.weight]).toEqual([...full.weight])
        expect([...light.gap]).toEqual([...full.gap])
        for (let unit = 0; unit < full.count; unit++) {
          const kind = full.after[unit] as Break
          if (light.after[unit] === Unclassified) {
            unclassified++
            expect(kind > Break.Sentence && kind !== Break.End).toBe(true)
          } else {
            expect(light.after[unit]).toBe(kind)
          }
        }
        // The glue does not depend on the classes left out.
        expect([...structureGlue(canonical.text, light)]).toEqual([...full.glue])
        // Classified in two ranges, as tweetables does sentence by sentence.
        const middle = light.count >> 1
        classifyBreaks(canonical, light, middle, light.count)
        classifyBreaks(canonical, light, 0, middle)
        expect([...light.after]).toEqual([...full.after])
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 500)}
    )
    expect(unclassified).toBeGreaterThan(0)
  })

  it('cuts a sentence too long for a post at the breaks segment classes', () => {
    // A clause break beats a word break: the first piece ends after the comma, not at the last word
    // that fits (a long sentence whose breaks were all left unclassified would be cut anywhere).
    const long = 'Write less and mean more, because every word you keep is a word someone has to read and nobody wants that at all today.'
    const pieces = tweetables(long, {limit: 140, url: 'https://example.com/post'})
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces[0]?.text).toBe('Write less and mean more,')
  })
})
