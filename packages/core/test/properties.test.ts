import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {splitThread, type SplitOptions} from '../src/index.js'
import {graphemeBoundaries} from '../src/segment.js'

const v3 = twitter.configs.version3
const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'})

// Pieces of text a rant is made of, including every kind of entity and script the splitter must
// respect. Whitespace and line breaks come from `separator`.
const piece = fc.oneof(
  {weight: 10, arbitrary: fc.constantFrom('the', 'writing', 'Thread', 'is', 'a', 'craft', 'online', 'people', 'read', 'first')},
  {weight: 4, arbitrary: fc.constantFrom('end.', 'stop!', 'why?', 'so,', 'then;', 'note:', '—', 'wait...', 'fin…', '"quoted."', '(aside)')},
  {weight: 2, arbitrary: fc.constantFrom('Dr.', 'e.g.', 'U.S.', 'etc.', '3.14', '1,000', '$9.99', '10:30')},
  {weight: 2, arbitrary: fc.constantFrom('https://example.com/path?q=1&r=2', 'example.org', 'http://t.co/abc', 'https://例え.jp/パス')},
  {weight: 2, arbitrary: fc.constantFrom('@someone', '@a_b_c', '#hashtag', '#日本語', '$TWTR', '$cash')},
  {weight: 2, arbitrary: fc.constantFrom('👍', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇫🇷', '1️⃣', '❤️', '🧵')},
  {weight: 2, arbitrary: fc.constantFrom('日本語の文章です。', '中文，句子！', '한국어 문장', 'עברית', 'مرحبا', 'Ελληνικά')},
  {weight: 1, arbitrary: fc.constantFrom('e\u0301', 'Cafe\u0301', '\u200F', '\u200B', '\u00A0', 'a\u0000b', '\uFEFF', '\uD800', 'x\u202Ey')},
  {weight: 1, arbitrary: fc.stringMatching(/^[a-z]{20,120}$/)},
  // Without '»', the continuation mark the tests below use to tell the splitter's marks from the text.
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 8}).filter((s) => !s.includes('»'))}
)
const separator = fc.oneof(
  {weight: 20, arbitrary: fc.constant(' ')},
  {weight: 2, arbitrary: fc.constantFrom('  ', '\t', '\n', '\n\n', '\r\n', '\u3000')},
  {weight: 1, arbitrary: fc.constantFrom('\n---\n', '\n\n\n\n', '')}
)
const pairs = (size: number) =>
  fc.array(fc.tuple(piece, separator), {minLength: size, maxLength: size}).map((list) => list.map(([p, s]) => p + s).join(''))
// From empty to a few thousand characters: several tweets at every limit but the largest.
const text = fc.integer({min: 0, max: 400}).chain(pairs)

const options: fc.Arbitrary<SplitOptions> = fc.record(
  {
    limit: fc.constantFrom(40, 57, 140, 280, 1000),
    numbering: fc.constantFrom(false, 'n/N', '(n/N)', '[n/N]', 'n/'),
    numberingPosition: fc.constantFrom('end', 'start'),
    continuation: fc.constantFrom('…', false, '»')
  },
  {requiredKeys: []}
) as fc.Arbitrary<SplitOptions>

const runs = Number(process.env.PROPERTY_RUNS ?? 300)

// Characters that render nothing, which a word loses at its edges (a zero-width space before a
// space); direction marks stay, they act on the punctuation next to them.
const invisible = '\u00ad\u180e\u200b-\u200d\u2060-\u2064\u206a-\u206f'
const anyInvisible = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f]/gu
const wordEdgeInvisible = new RegExp(`(?<=^|\\s)[${invisible}]+|[${invisible}]+(?=\\s|$)`, 'gu')

/**
 * What the text must contain, whitespace aside: dropped characters removed, NFC, marker lines
 * gone, invisible characters at the edges of words gone.
 */
function expectedContent(input: string): string {
  return input
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFEFF\uFFFE\uFFFF]/g, '')
    .toWellFormed()
    .replace(/(^|\n)[ \t\u3000]*-{3,}[ \t\u3000]*(?=\n|$)/g, '$1')
    .normalize('NFC')
    .replace(wordEdgeInvisible, '')
    .replace(/\s+/g, '')
}

/** The tweet's text without the numbering and the continuation mark the splitter added. */
function body(text: string, index: number, total: number, settings: SplitOptions): string {
  let rest = text
  const numbering = settings.numbering ?? 'n/N'
  if (numbering && total > 1) {
    const label = numbering.replace('n', String(index + 1)).replace('N', String(total))
    rest = (settings.numberingPosition ?? 'end') === 'start' ? rest.slice(label.length + 1) : rest.slice(0, -label.length - 1)
  }
  if (settings.continuation === '»' && rest.endsWith('»')) rest = rest.slice(0, -1)
  return rest
}

describe('splitThread properties (fast-check)', () => {
  it('every tweet is valid per twitter-text, within the limit, and not empty', () => {
    fc.assert(
      fc.property(text, options, (input, settings) => {
        const limit = settings.limit ?? 280
        for (const tweet of splitThread(input, settings).tweets) {
          const parsed = twitter.parseTweet(tweet.text, {...v3, maxWeightedTweetLength: limit})
          expect(parsed.valid).toBe(true)
          expect(tweet.length).toBe(parsed.weightedLength)
          expect(tweet.length).toBeLessThanOrEqual(limit)
          expect(tweet.text.trim()).not.toBe('')
          expect(tweet.text).toBe(tweet.text.trim())
        }
      }),
      {numRuns: runs}
    )
  })

  it('keeps every grapheme of the input, in order, none lost or duplicated (whitespace aside)', () => {
    fc.assert(
      fc.property(text, options, (input, settings) => {
        // '»' never occurs in the generated text, so it can be told apart from the content.
        const chosen = {...settings, continuation: '»'} satisfies SplitOptions
        const {tweets} = splitThread(input, chosen)
        const joined = tweets.map((t) => body(t.text, t.index, tweets.length, chosen)).join('').replace(/\s+/g, '')
        // A post also loses the characters that render nothing at its own edges (a direction mark,
        // a soft hyphen where a long word is cut): compare what a reader sees.
        const visible = (text: string) => text.replace(anyInvisible, '')
        expect(visible(joined)).toBe(visible(expectedContent(input)))
      }),
      {numRuns: runs}
    )
  })

  it('never breaks an entity or a grapheme cluster that fits in a tweet', () => {
    fc.assert(
      fc.property(text, options, (input, settings) => {
        const chosen = {...settings, continuation: '»', limit: Math.max(settings.limit ?? 280, 57)} satisfies SplitOptions
        const {tweets} = splitThread(input, chosen)
        const bodies = tweets.map((t) => body(t.text, t.index, tweets.length, chosen))
        const whole = bodies.join('')
        // Every place where one tweet ends and the next begins is a grapheme boundary.
        const boundaries = new Set<number>([0])
        for (const {index} of graphemes.segment(whole)) boundaries.add(index)
        let at = 0
        for (const b of bodies.slice(0, -1)) {
          at += b.length
          expect(boundaries.has(at)).toBe(true)
        }
        // Every URL, mention, hashtag and cashtag of the input shows up whole in one tweet.
        const canonical = bodies.join(' ')
        for (const entity of twitter.extractEntitiesWithIndices(canonical)) {
          const shown = canonical.slice(entity.indices[0], entity.indices[1])
          if (shown.length > 40) continue // long generated words can read as very long hashtags
          const inOne = bodies.some((b) => b.includes(shown))
          expect(inOne).toBe(true)
        }
      }),
      {numRuns: runs}
    )
  })

  it('is deterministic, and re-splitting a tweet gives the tweet back', () => {
    fc.assert(
      fc.property(text, options, (input, settings) => {
        const first = splitThread(input, settings)
        expect(splitThread(input, settings)).toEqual(first)
        for (const tweet of first.tweets) {
          const again = splitThread(tweet.text, settings).tweets
          expect(again.map((t) => t.text)).toEqual([tweet.text])
        }
      }),
      {numRuns: runs}
    )
  })

  it('source ranges are in order, inside the input, and cover what each tweet shows', () => {
    fc.assert(
      fc.property(text, options, (input, settings) => {
        const chosen = {...settings, continuation: '»'} satisfies SplitOptions
        const {tweets} = splitThread(input, chosen)
        let previous = 0
        for (const tweet of tweets) {
          expect(tweet.source.start).toBeGreaterThanOrEqual(previous)
          expect(tweet.source.end).toBeGreaterThan(tweet.source.start)
          expect(tweet.source.end).toBeLessThanOrEqual(input.length)
          previous = tweet.source.end
          const covered = expectedContent(input.slice(tweet.source.start, tweet.source.end))
          const shown = body(tweet.text, tweet.index, tweets.length, chosen).replace(/\s+/g, '')
          // A word that NFC changed may be cut inside, where offsets are approximate: compare loosely there.
          if (/[\u0300-\u036F]/.test(input)) continue
          expect(covered).toBe(shown)
        }
      }),
      {numRuns: runs}
    )
  })
})

describe('grapheme clusters across segmentation windows', () => {
  const clusters = ['🧑🏿‍💻', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇫🇷', '1️⃣', '👍🏽', 'e\u0301\u0302', '각', 'क्षि', '😀']
  const whole = (text: string) => [...graphemes.segment(text)].map((s) => s.index).filter((i) => i > 0)

  it('finds the same boundaries as one Intl.Segmenter pass, with a cluster across every window edge', () => {
    // Prefixes of every length around the first and second 1 KB window edge put each code unit of
    // each cluster on the edge.
    const prefix = fc.oneof(fc.integer({min: 1000, max: 1040}), fc.integer({min: 2030, max: 2080}))
    fc.assert(
      fc.property(prefix, fc.constantFrom(...clusters), fc.integer({min: 1, max: 30}), fc.constantFrom('x', 'é', ' '), (length, cluster, repeat, filler) => {
        const text = filler.repeat(length) + cluster.repeat(repeat) + 'x'
        expect(graphemeBoundaries(text)).toEqual(whole(text))
      }),
      {numRuns: Math.min(runs, 200)}
    )
  })

  it('never ends a post inside 🧑🏿‍💻 placed at the window boundary', () => {
    const text = 'x'.repeat(1021) + '🧑🏿‍💻'.repeat(40)
    for (const tweet of splitThread(text, {limit: 40}).tweets) {
      const covered = text.slice(tweet.source.start, tweet.source.end)
      expect(covered.replace(/x/g, '').replace(/🧑🏿‍💻/gu, '')).toBe('')
    }
  })
})
