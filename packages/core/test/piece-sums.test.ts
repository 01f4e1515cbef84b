// A post that starts or ends inside a word (CJK text is cut between its characters) is given the sum
// of its atoms' weights, from the whole word's atoms, when X's `sumsExactly` says so: the pieces at
// its edges hold no dot, and the character after its end is not U+FE0E. Pinned to twitter-text on
// words made of what could read differently when cut: emoji-presentation characters before U+FE0E
// or U+FE0F, keycaps, ZWJ sequences, flags, skin tones, marks, URLs and dots, invalid characters.
import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {xCounter, xSumsExactly} from '../src/count.js'
import {splitThread, type SplitOptions} from '../src/index.js'

const v3 = twitter.configs.version3
const piece = fc.constantFrom(
  '東', 'か', '\u3099', 'ᄀ', 'ᅡ', '。', '、', '「', '」', '！', '—', 'a', '1', '#', '*', '.', '..',
  '©', '‼', '⁉', '™', '〰', '㊗', '↩', '☺', '♥', '\ufe0e', '\ufe0f', '\u20e3', '\u200d',
  '👍', '🏽', '👨‍👩‍👧', '🇯', '🇵', '🇯🇵', '1️⃣', '\u0301', 'e\u0301', '\u00a0',
  'example.com', '.jp', 'https://例え.jp/パス', '文'.repeat(50), '@u', '#t', '$A', '\ufffe', '\ufeff', '\ud800', '\udc00'
)
// Words as the splitter sees them: in NFC (canonical text is normalised word by word).
const word = fc.array(piece, {minLength: 1, maxLength: 10}).map((parts) => parts.join('').normalize('NFC'))

/** Offsets of `word` where its atoms start (and its end), with the weight before each. */
function boundaries(word: string): Array<[number, number]> {
  const before = xCounter.cutting?.(word).before as Float64Array
  const found: Array<[number, number]> = []
  for (let offset = 0; offset <= word.length; offset++) if ((before[offset] as number) >= 0) found.push([offset, before[offset] as number])
  return found
}

describe('X weighs a post cut inside a word by its atoms, when sumsExactly says so', () => {
  it('as parseTweet counts it, edges anywhere between atoms (fast-check)', () => {
    let trusted = 0
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 3}), fc.nat(), fc.nat(), (words, pickStart, pickEnd) => {
        const text = words.join(' ')
        const first = boundaries(words[0] as string)
        const last = boundaries(words[words.length - 1] as string)
        const lastOffset = text.length - (words[words.length - 1] as string).length
        const [start, startWeight] = first[pickStart % first.length] as [number, number]
        const [endInWord, endWeight] = last[pickEnd % last.length] as [number, number]
        const end = lastOffset + endInWord
        if (end <= start) return
        if (!xSumsExactly(text, start, end)) return
        trusted++
        // The sum of the atoms: the edge words' pieces, the whole words between, one per space.
        let sum: number
        if (words.length === 1) {
          sum = endWeight - startWeight
        } else {
          sum = (first[first.length - 1] as [number, number])[1] - startWeight + endWeight + words.length - 1
          for (const middle of words.slice(1, -1)) sum += xCounter.weigh(middle)
        }
        const parsed = twitter.parseTweet(text.slice(start, end), v3)
        expect(parsed.weightedLength).toBe(sum)
        if (sum > 0 && sum <= 280) expect(parsed.valid).toBe(true)
      }),
      {numRuns: 4000}
    )
    expect(trusted).toBeGreaterThan(500)
  })

  it('refuses a piece with a dot, or one that ends before U+FE0E', () => {
    // A dot in an edge piece: a URL may read differently cut from its word (`文` × 49 then a domain
    // is a URL alone, not after `x `).
    const long = '文'.repeat(49) + 'example.com/'
    expect(twitter.parseTweet(long, v3).weightedLength + 2).not.toBe(twitter.parseTweet(`x ${long}`, v3).weightedLength)
    expect(xSumsExactly(`x ${long}東`, 0, long.length + 2)).toBe(false)
    expect(xSumsExactly(`東${long}`, 1, long.length + 1)).toBe(false)
    expect(xSumsExactly('東文東', 1, 2)).toBe(true)
    // twemoji reads one character past a match, for U+FE0E only: such an edge is counted instead.
    expect(xSumsExactly('東↩\ufe0e', 0, 2)).toBe(false)
    expect(xSumsExactly('東↩ \ufe0e', 0, 2)).toBe(true)
  })

  it('gives every post of a CJK thread the length parseTweet gives (fast-check)', () => {
    const sentence = fc
      .tuple(fc.array(fc.oneof({weight: 3, arbitrary: fc.constantFrom('読者は一つの投稿を', '単独で読む', 'ことが多い')}, {weight: 2, arbitrary: piece}), {maxLength: 12}), fc.constantFrom('。', '！', '」', '、', ' ', '\n', ''))
      .map(([parts, end]) => parts.join('') + end)
    fc.assert(
      fc.property(
        fc.array(sentence, {maxLength: 40}).map((sentences) => sentences.join('')),
        fc.constantFrom(40, 57, 140, 280),
        fc.constantFrom('end', 'start'),
        fc.constantFrom('…', false, 'm', '\ufe0e'),
        (input, limit, numberingPosition, continuation) => {
          const settings = {limit, numberingPosition, continuation} as SplitOptions
          for (const tweet of splitThread(input, settings).tweets) {
            const parsed = twitter.parseTweet(tweet.text, {...v3, maxWeightedTweetLength: limit})
            expect(tweet.length).toBe(parsed.weightedLength)
          }
        }
      ),
      {numRuns: 400}
    )
  })
})
