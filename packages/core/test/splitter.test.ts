import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import * as core from '../src/index.js'
import {createThreadSplitter, OptionsError, splitThread, type SplitOptions, type ThreadSplitter} from '../src/index.js'

const v3 = twitter.configs.version3
const runs = Number(process.env.PROPERTY_RUNS ?? 300)

// 18 to 26 distinct ideographs and kana before a domain: at this threshold (the domain label's punycode
// form near 63 characters), a word can read differently at the start of a post and after a label, and
// a piece of it differently from the word.
const thresholdWord = fc
  .tuple(fc.nat(12), fc.integer({min: 0, max: 4}), fc.constantFrom('example.com', 'e.om', 'a.jp'), fc.oneof({weight: 1, arbitrary: fc.constant('')}, {weight: 4, arbitrary: fc.stringMatching(/^\/[a-z]{12,40}$/)}))
  .map(([at, extra, domain, path]) => 'これは日本語の長い文章です'.repeat(4).slice(at, at + (domain.length > 4 ? 18 : 22) + extra) + domain + path)

// Drafts as a writer types them: words, sentence ends, entities, scripts without spaces, words
// longer than a post, list items and headings, with every kind of gap between them.
const piece = fc.oneof(
  {weight: 12, arbitrary: fc.constantFrom('the', 'writing', 'Thread', 'is', 'a', 'craft', 'online', 'people', 'read', 'first')},
  {weight: 4, arbitrary: fc.constantFrom('end.', 'stop!', 'why?', 'so,', 'then;', 'note:', '—', 'wait...', 'fin…', '"quoted."', 'Dr.', 'e.g.')},
  {weight: 2, arbitrary: fc.constantFrom('https://example.com/path?q=1', 'example.org', '@someone', '#hashtag', '$TWTR', '3.14', '1,000')},
  {weight: 2, arbitrary: fc.constantFrom('👍', '👍🏽', '👨‍👩‍👧‍👦', '🇫🇷', '日本語の文章です。', '中文，句子！', 'e\u0301', '10\u00a0km')},
  {weight: 1, arbitrary: fc.constantFrom('- item', '1.', 'Heading', 'Lead-in:', 'Question?', '---', '\uD800', 'a\u0000b')},
  {weight: 1, arbitrary: fc.stringMatching(/^[a-z]{30,320}$/)},
  // Words whose weight depends on what precedes them: a URL after 49 CJK characters is one on its own,
  // not after a space.
  {weight: 1, arbitrary: fc.constantFrom('東'.repeat(130), 'これは日本語の長い文章です'.repeat(5) + 'example.com/' + 'a'.repeat(25), '文'.repeat(49) + 'example.com/aaa')},
  // The same at the threshold itself (`thresholdWord`).
  {weight: 1, arbitrary: thresholdWord}
)
const separator = fc.oneof(
  {weight: 20, arbitrary: fc.constant(' ')},
  {weight: 3, arbitrary: fc.constantFrom('\n', '\n\n', '  ', '\t')},
  {weight: 1, arbitrary: fc.constantFrom('\n\n\n\n', '\n---\n', '')}
)
// From empty to about 2,000 characters: many posts at the small limits.
const draft = fc
  .integer({min: 0, max: 300})
  .chain((size) => fc.array(fc.tuple(piece, separator), {minLength: size, maxLength: size}))
  .map((list) => list.map(([p, s]) => p + s).join(''))

/** An edit at a relative position: delete some characters, insert some text (a keystroke, a paste). */
interface Edit {
  at: number
  remove: number
  insert: string
}
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({min: 0, max: 1, noNaN: true}),
  remove: fc.oneof({weight: 4, arbitrary: fc.constant(0)}, {weight: 2, arbitrary: fc.integer({min: 1, max: 3})}, {weight: 1, arbitrary: fc.integer({min: 4, max: 400})}),
  insert: fc.oneof(
    {weight: 6, arbitrary: fc.constantFrom('', 'e', ' ', '.', '\n', 'x', '#', '@', '東', '👍', '\u0301', '?')},
    {weight: 2, arbitrary: fc.tuple(piece, separator).map(([p, s]) => p + s)},
    {weight: 1, arbitrary: draft}
  )
})
const apply = (text: string, {at, remove, insert}: Edit) => {
  const position = Math.floor(at * text.length)
  return text.slice(0, position) + insert + text.slice(position + remove)
}

/**
 * Split `first`, then each edited text in turn, with one splitter, checking every result against
 * a fresh `splitThread`. Returns the splitter, which has seen the whole sequence.
 */
function editsMatch(settings: SplitOptions, first: string, edits: Edit[]): ThreadSplitter {
  const splitter = createThreadSplitter(settings)
  let text = first
  expect(splitter.split(text)).toEqual(splitThread(text, settings))
  for (const change of edits) {
    text = apply(text, change)
    expect(splitter.split(text)).toEqual(splitThread(text, settings))
  }
  return splitter
}

const options: fc.Arbitrary<SplitOptions> = fc.record(
  {
    limit: fc.constantFrom(40, 57, 140, 280, 1000),
    numbering: fc.constantFrom(false, 'n/N', '(n/N)', '[n/N]', 'n/'),
    numberingPosition: fc.constantFrom('end', 'start'),
    continuation: fc.constantFrom('…', false, '»', 'm')
  },
  {requiredKeys: []}
) as fc.Arbitrary<SplitOptions>

describe('createThreadSplitter', () => {
  it('is exported next to splitThread', () => {
    expect(Object.keys(core).sort()).toContain('createThreadSplitter')
    expect(typeof createThreadSplitter().split).toBe('function')
  })

  it('works without options', () => {
    const splitter = createThreadSplitter()
    expect(splitter.split('')).toEqual({tweets: [], limit: 280})
    expect(splitter.split('Hello there.').tweets.map((tweet) => tweet.text)).toEqual(['Hello there.'])
  })

  it('checks its options once, when created, as splitThread does', () => {
    expect(() => createThreadSplitter({limit: 5})).toThrow(OptionsError)
    expect(() => createThreadSplitter({limit: 5})).toThrow(/limit/)
  })

  it('gives exactly what splitThread gives, after every edit of a sequence (fast-check)', () => {
    fc.assert(
      fc.property(options, draft, fc.array(edit, {minLength: 1, maxLength: 12}), (settings, first, edits) => {
        const splitter = editsMatch(settings, first, edits)
        // Back to the first draft (undo), and the same text twice.
        expect(splitter.split(first)).toEqual(splitThread(first, settings))
        expect(splitter.split(first)).toEqual(splitThread(first, settings))
      }),
      {numRuns: Math.ceil(runs / 3)}
    )
  })

  it('gives exactly what splitThread gives on every platform, after every edit (fast-check)', () => {
    // The other networks count grapheme clusters and never claim a post's count is the sum of its
    // words: the splitter reuses units and choices all the same, and counts every post.
    const platformOptions = fc.record({
      platform: fc.constantFrom('bluesky', 'mastodon', 'threads', 'linkedin'),
      limit: fc.constantFrom(40, 57, 140, 300),
      numbering: fc.constantFrom(false, 'n/N', '[n/N]')
    }) as fc.Arbitrary<SplitOptions>
    fc.assert(
      fc.property(platformOptions, draft, fc.array(edit, {minLength: 1, maxLength: 6}), (settings, first, edits) => {
        editsMatch(settings, first, edits)
      }),
      {numRuns: Math.ceil(runs / 10)}
    )
  })

  it('keeps up when an edit changes the numbering width (9 → 10 posts and back)', () => {
    const sentence = 'One sentence that is about forty weight. '
    const splitter = createThreadSplitter({limit: 40})
    for (const count of [8, 9, 10, 11, 10, 9, 99, 100, 99]) {
      const text = sentence.repeat(count)
      const thread = splitter.split(text)
      expect(thread).toEqual(splitThread(text, {limit: 40}))
      const total = thread.tweets.length
      expect(thread.tweets.at(-1)?.text.endsWith(` ${total}/${total}`)).toBe(true)
    }
  })
})

describe('reused units across a change of the numbering width', () => {
  // A word heavier than a post is cut to fit the room left by the widest label, so its pieces change
  // when the width does, while every other word keeps its units. Words of several units (a CJK run,
  // a cut word) and texts of whole words only take different paths through the unit lists.
  const long = 'x'.repeat(70)
  const cjk = '東'.repeat(30)
  const sentence = 'One sentence that is about forty weight. '
  for (const [name, tail] of [
    ['a word heavier than a post', `${long} `],
    ['a CJK run of several units', `${cjk} `],
    ['both', `${long} ${cjk} `],
    ['whole words only', '']
  ] as const) {
    it(`gives what splitThread gives, 8 → 100 posts and back, with ${name}`, () => {
      const splitter = createThreadSplitter({limit: 40})
      for (const count of [8, 9, 10, 11, 10, 9, 99, 100, 99, 9]) {
        const text = sentence.repeat(count >> 1) + tail + sentence.repeat(count - (count >> 1))
        const thread = splitter.split(text)
        expect(thread).toEqual(splitThread(text, {limit: 40}))
        for (const tweet of thread.tweets) {
          expect(twitter.parseTweet(tweet.text, {...v3, maxWeightedTweetLength: 40}).valid).toBe(true)
          expect(tweet.length).toBe(twitter.parseTweet(tweet.text, v3).weightedLength)
        }
        if (tail.includes(long)) expect(thread.tweets.some((tweet) => tweet.text.startsWith('xxx'))).toBe(true)
      }
    })
  }
})

describe('post lengths without re-counting', () => {
  it('counts a post whose word reads differently after a space as twitter-text does', () => {
    const word = '文'.repeat(49) + 'example.com/aaa'
    expect(twitter.parseTweet(word, v3).weightedLength + 2).not.toBe(twitter.parseTweet(`x ${word}`, v3).weightedLength)
    for (const text of [`x ${word}`, `${word} x`, `Some words. x ${word} and more words after it.`]) {
      for (const tweet of splitThread(text, {limit: 140}).tweets) {
        expect(tweet.length).toBe(twitter.parseTweet(tweet.text, v3).weightedLength)
      }
    }
  })

  // Posts of whole words are weighed as the sum of their words, and the word the continuation mark
  // is glued to is counted again with the mark: marks that join with what precedes them must still
  // give the exact length.
  // The label goes before or after the post, in every style: before it, the post's first word no
  // longer starts the text, and can read differently.
  it('every length is what parseTweet says, whatever the continuation mark joins with (fast-check)', () => {
    fc.assert(
      fc.property(
        draft,
        fc.constantFrom(40, 57, 65, 140, 280),
        fc.constantFrom('…', 'm', 'com', '\u0301', '🏽', '\u200d👍', '\ufe0f', '.jp', false),
        fc.constantFrom('end', 'start'),
        fc.constantFrom('n/N', '(n/N)', '[n/N]', 'n/', false),
        (text, limit, continuation, numberingPosition, numbering) => {
          const settings = {limit, continuation, numberingPosition, numbering} as SplitOptions
          for (const tweet of splitThread(text, settings).tweets) {
            const parsed = twitter.parseTweet(tweet.text, {...v3, maxWeightedTweetLength: limit})
            expect(tweet.length).toBe(parsed.weightedLength)
            expect(tweet.length).toBeLessThanOrEqual(limit)
          }
        }
      ),
      {numRuns: runs}
    )
  })

  // A post that starts with a word at the threshold and is full (the draft above reaches one by luck
  // only): the word first or after a paragraph, at limits from its weight to 24 over, with enough text
  // after it that the thread is numbered.
  it('every post is within the limit when it starts with a word at the URL threshold, wherever the label goes (fast-check)', () => {
    const sentence = fc.array(fc.constantFrom('x', 'the', 'read', 'yyy', '東京', 'a.b', 'end.'), {minLength: 1, maxLength: 30})
    fc.assert(
      fc.property(
        fc.option(sentence, {nil: undefined}),
        thresholdWord,
        fc.constantFrom('\n\n', '\n\n', ' ', '。'),
        sentence,
        fc.integer({min: 0, max: 24}),
        fc.constantFrom('…', '.jp', 'm', false),
        fc.constantFrom('end', 'start'),
        fc.constantFrom('n/N', '(n/N)', '[n/N]', 'n/', false),
        (before, word, gap, after, over, continuation, numberingPosition, numbering) => {
          const text = `${before ? `${before.join(' ')}\n\n` : ''}${word}${gap}${after.join(' ')}`
          const limit = Math.max(40, twitter.parseTweet(word, v3).weightedLength + over)
          const settings = {limit, continuation, numberingPosition, numbering} as SplitOptions
          for (const tweet of splitThread(text, settings).tweets) {
            const parsed = twitter.parseTweet(tweet.text, {...v3, maxWeightedTweetLength: limit})
            expect(parsed.valid).toBe(true)
            expect(tweet.length).toBe(parsed.weightedLength)
          }
        }
      ),
      {numRuns: runs * 3}
    )
  })
})
