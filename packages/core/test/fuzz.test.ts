// Seeded fuzzing with a hostile alphabet. In CI this runs a bounded number of cases with a fixed
// seed; `pnpm fuzz` runs many more with a fresh seed (printed on failure by fast-check, and set
// with FUZZ_SEED to replay).
import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {composeIntent, countTweet, intentUrl, OptionsError, splitThread, tweetables, type SplitOptions} from '../src/index.js'
import {bidi, fittingEntitiesCut, invisible, ownLabelWidthOverflows, withoutLabel} from './whole-entities.js'

const v3 = twitter.configs.version3
const runs = Number(process.env.FUZZ_RUNS ?? 60)
const seed = Number(process.env.FUZZ_SEED ?? 20261130)
const settings = {numRuns: runs, seed, endOnFailure: true}

// Everything the fuzz campaign found trouble with: quotes, closers and openers, stops,
// CJK with its own stops, emoji pieces (ZWJ, skin tones, flags, keycaps), combining marks,
// no-break spaces, controls, lone surrogates, and fragments of URLs, mentions, hashtags, cashtags.
const atom = fc.constantFrom(
  '"', "'", '”', '’', '»', '›', '“', '‘', '«', '‹', ')', ']', '}', '(', '[', '{', '*', '_', '¿', '¡',
  '.', '...', '…', '?', '!', '‽', ',', ';', ':', '—', '–', '-', '/',
  '東', '日本語', 'これは', '。', '、', '「', '」', 'ー', '한국어', '中国', 'みんな',
  '👍', '🏽', '\u200d', '👨‍👩‍👧', '🇫🇷', '1️⃣', '\ufe0f', '❤', '🧵',
  '\u0301', '\u0344', 'e\u0301', '\u00a0', '\u2007', '\u202f', '\u3000',
  '\u0000', '\u0007', '\u001f', '\u007f', '\u0085', '\ufeff', '\ud800', '\udc00', '\u200b', '\u202e',
  '\u200c', '\u200e', '\u200f', '\u061c', '\u2060', '\u2066', '\u00ad', '\u180e', '🏴\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f',
  'https://', 'http://', 'www.', 'example.com', 'x.co/', 't.co/abc', '.com', '.jp', '/path?q=1', '@', '@user', '＠',
  '#', '#tag', '＃', '$', '$ABC', 'a', 'b', 'Dr.', 'e.g.', 'U.S.', 'The', 'word', 'x', '1', '23', '3.14'
)
// A fragment repeated: runs are what made the splitter quadratic.
const run = fc.tuple(atom, fc.integer({min: 1, max: 60})).map(([part, times]) => part.repeat(times))
const separator = fc.constantFrom(' ', ' ', ' ', '', '', '\n', '\n\n', '\n\n\n\n', '\n---\n', '\t', '  ')
const whole = fc
  .array(fc.tuple(fc.oneof({weight: 4, arbitrary: atom}, {weight: 1, arbitrary: run}), separator), {maxLength: 80, size: 'max'})
  .map((parts) => parts.map(([part, gap]) => part + gap).join(''))
// Also the same texts cut at any code unit, as a text taken from a longer one is: it can end inside
// a pair, a URL or a mark stack (a text ending in half an emoji got a source range past its end).
const hostile = fc.oneof(
  {weight: 3, arbitrary: whole},
  {weight: 1, arbitrary: fc.tuple(whole, fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1)))}
)

const numberingStyles = [false, 'n/N', '(n/N)', '[n/N]', 'n/'] as const
const splitOptions = fc.record(
  {
    limit: fc.constantFrom(40, 46, 57, 100, 140, 280, 1000),
    numbering: fc.constantFrom(...numberingStyles),
    numberingPosition: fc.constantFrom('end' as const, 'start' as const),
    continuation: fc.constantFrom('…' as const, false as const, '»' as const)
  },
  {requiredKeys: []}
)

// Whitespace, and the characters that render nothing by themselves (zero-width space, non-joiner and
// joiner, direction marks and embeddings, word joiner, soft hyphen, Mongolian vowel separator): a
// post or quote that starts or ends with one hides a character from its reader.
const hidden = '\\s' + invisible
const whitespace = new RegExp(`^[${hidden}${bidi}]|[${hidden}${bidi}]$`, 'u')
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
/** Whether `offset` falls between the two halves of a surrogate pair of `text`. */
const insidePair = (text: string, offset: number) => isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))

/** Only OptionsError may escape; anything else is a bug. */
function noThrow<T>(run: () => T): T | undefined {
  try {
    return run()
  } catch (error) {
    if (error instanceof OptionsError) return undefined
    throw error
  }
}

describe('fuzz: hostile text (fast-check, seeded)', () => {
  it('splitThread never throws, every post is valid per parseTweet and within the limit', () => {
    fc.assert(
      fc.property(hostile, splitOptions, (input, options) => {
        const limit = options.limit ?? 280
        const thread = noThrow(() => splitThread(input, options))
        if (!thread) return
        for (const tweet of thread.tweets) {
          const parsed = twitter.parseTweet(tweet.text, {...v3, maxWeightedTweetLength: limit})
          expect(parsed.valid, JSON.stringify(tweet.text)).toBe(true)
          expect(tweet.length).toBe(parsed.weightedLength)
          expect(tweet.length).toBeLessThanOrEqual(limit)
        }
      }),
      settings
    )
  })

  it('no post starts or ends with whitespace or an invisible character, and no source offset falls inside a surrogate pair or past the text', () => {
    fc.assert(
      fc.property(hostile, splitOptions, (input, options) => {
        const {tweets} = splitThread(input, options)
        for (const tweet of tweets) {
          expect(tweet.text).not.toMatch(whitespace)
          expect(withoutLabel(tweet.text, tweet.index, tweets.length, options)).not.toMatch(whitespace)
          expect(insidePair(input, tweet.source.start)).toBe(false)
          expect(insidePair(input, tweet.source.end)).toBe(false)
          expect(tweet.source.end).toBeGreaterThan(tweet.source.start)
          expect(tweet.source.start).toBeGreaterThanOrEqual(0)
          expect(tweet.source.end).toBeLessThanOrEqual(input.length)
        }
      }),
      settings
    )
  })

  it('never cuts a URL, mention, hashtag or cashtag that fits in one post with its label', () => {
    fc.assert(
      fc.property(hostile, splitOptions, (input, options) => {
        const thread = splitThread(input, options)
        const cut = fittingEntitiesCut(input, options, thread)
        if (cut.length === 0) return
        // Unless room for labels of the thread's own width makes more posts than that width counts:
        // then keeping the entity whole takes the count past it, and with labels one digit wider the
        // entity no longer fits (test/numbering-width.test.ts).
        const bodies = thread.tweets.map((tweet) => withoutLabel(tweet.text, tweet.index, thread.tweets.length, options))
        const why = `${JSON.stringify(cut)} cut in ${JSON.stringify(bodies)}`
        expect(ownLabelWidthOverflows(input, options, thread), why).toBe(true)
        expect(fittingEntitiesCut(input, options, thread, String(thread.tweets.length).length + 1), why).toEqual([])
      }),
      settings
    )
  })

  it('tweetables never throw, never start or end with whitespace or an invisible character, and their links compose valid posts', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(40, 100, 280), (input, limit) => {
        const found = noThrow(() => tweetables(input, {url: 'https://example.com/post', via: 'tweetstorm', limit}))
        if (!found) return
        const ids = new Set<string>()
        for (const tweetable of found) {
          expect(tweetable.text).not.toBe('')
          expect(tweetable.text).not.toMatch(whitespace)
          expect(insidePair(input, tweetable.source.start)).toBe(false)
          expect(insidePair(input, tweetable.source.end)).toBe(false)
          expect(tweetable.source.start).toBeGreaterThanOrEqual(0)
          expect(tweetable.source.end).toBeLessThanOrEqual(input.length)
          expect(ids.has(tweetable.id)).toBe(false)
          ids.add(tweetable.id)
          const text = new URL(tweetable.intentUrl).searchParams.get('text')
          if (text !== null) expect(text).not.toMatch(whitespace)
        }
      }),
      settings
    )
  })

  it('countTweet equals parseTweet, and intents never throw on text', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(40, 280, 1000), (input, limit) => {
        const parsed = twitter.parseTweet(input, {...v3, maxWeightedTweetLength: limit})
        const counted = countTweet(input, {limit})
        expect(counted.length).toBe(parsed.weightedLength)
        expect(counted.valid).toBe(parsed.valid)
        const composed = noThrow(() => composeIntent({text: input, hashtags: ['tag'], via: 'someone'}, {limit}))
        if (composed && composed.text) {
          expect(composed.valid).toBe(true)
          expect(composed.text).not.toMatch(whitespace)
        }
        noThrow(() => intentUrl({text: input}, {limit, fit: false}))
      }),
      settings
    )
  })
})
