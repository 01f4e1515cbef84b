// The splitter counts a post cut inside a word (CJK text) once, without its label, and adds the
// label's weight when the label comes after the post: the X counter promises that a space and a
// numbering label after any text add exactly their weight (`Counter.sumsExactly`). Pinned here
// against the counter itself and against twitter-text, on texts that end in whatever could join what
// follows them: URLs, emoji pieces, combining marks, lone surrogates, CJK runs before a domain.
import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {splitThread, type SplitOptions} from '../src/index.js'
import {xCounter} from '../src/count.js'

const v3 = twitter.configs.version3
const piece = fc.constantFrom(
  '東', '日本語', '。', '、', '」', 'ー', '한국어', '文'.repeat(49), '中国',
  '👍', '🏽', '\u200d', '👨‍👩‍👧', '🇫🇷', '🇫', '1', '1️', '1️⃣', '\ufe0f', '\u20e3', '❤', '#', '*',
  '\u0301', 'e\u0301', '\u0344', '\u0600', '\u00a0', '\u3000', '\ufeff', '\ufffe', '\ud800', '\udc00', '\ud83d',
  'https://', 'example.com', 'example.com/', 'example.com:', 'x.co/', 't.co/abc', '.com', '.jp', '/path?q=', '(a)',
  '@user', '#tag', '$ABC', 'a', 'x', '.', '-', '_', '/', ' ', '\n'
)
const body = fc.array(piece, {minLength: 1, maxLength: 12}).map((parts) => parts.join(''))
const label = fc
  .tuple(fc.constantFrom('n/N', '(n/N)', '[n/N]', 'n/'), fc.integer({min: 1, max: 99_999}), fc.integer({min: 1, max: 99_999}))
  .map(([style, n, total]) => style.replace('n', String(n)).replace('N', String(total)))

describe('a numbering label after a post adds its weight (X)', () => {
  it('count(body + " " + label) is count(body) + 1 + weigh(label), as parseTweet says (fast-check)', () => {
    fc.assert(
      fc.property(body, label, (text, tag) => {
        const posted = `${text} ${tag}`
        const sum = xCounter.count(text, 25_000).length + 1 + xCounter.weigh(tag)
        expect(xCounter.count(posted, 25_000).length).toBe(sum)
        expect(twitter.parseTweet(posted, v3).weightedLength).toBe(sum)
      }),
      {numRuns: 2000}
    )
  })

  it('gives a CJK thread cut inside its words the lengths parseTweet gives (fast-check)', () => {
    const text = fc.array(fc.oneof(piece, fc.constantFrom('読者は一つの投稿を単独で読むことが多い。', 'だから、', '最初の一文がすべてを決める！')), {maxLength: 120})
    fc.assert(
      fc.property(
        text.map((parts) => parts.join('')),
        fc.constantFrom(40, 57, 140, 280),
        fc.constantFrom('n/N', '(n/N)', '[n/N]', 'n/'),
        fc.constantFrom('…', 'm', '\u0301', '🏽', '.jp'),
        (input, limit, numbering, continuation) => {
          const settings = {limit, numbering, continuation} as SplitOptions
          const thread = splitThread(input, settings)
          for (const tweet of thread.tweets) {
            expect(tweet.length).toBe(twitter.parseTweet(tweet.text, {...v3, maxWeightedTweetLength: limit}).weightedLength)
          }
        }
      ),
      {numRuns: 300}
    )
  })
})
