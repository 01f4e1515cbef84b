// The hostile alphabet of test/fuzz.test.ts, run against every platform of the registry: nothing but
// OptionsError escapes, and every post fits the platform's own count. Seeded like test/fuzz.test.ts.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {composeIntent, OptionsError, platformProfile, platforms, splitThread, tweetables} from '../../src/index.js'

const runs = Number(process.env['FUZZ_RUNS'] ?? 30)
const seed = Number(process.env['FUZZ_SEED'] ?? 20261130)

const atom = fc.constantFrom(
  '"', '”', '»', ')', '(', '((', '[', '.', '...', '…', '?', '!', ',', ';', ':', '—', '-', '/',
  '東', '日本語', '。', '、', '「', '한국어', '👍', '🏽', '\u200d', '👨‍👩‍👧', '🇫🇷', '🇫', '1️⃣', '\ufe0f', '❤',
  '\u0301', 'e\u0301', '\u0600', '\u00a0', '\u3000', '\u0000', '\u001f', '\u0085', '\ufeff', '\ud800', '\udc00', '\u200b',
  'https://', 'http://', 'HTTPS://', 'www.', 'example.com', 'x.co/', '.com', '.jp', '/path?q=1', '@', '@user', '@a@b.social', '＠',
  '#', '#tag', '$ABC', 'a', 'The', 'word', 'x', '1', '3.14', 'e.g.'
)
const run = fc.tuple(atom, fc.integer({min: 1, max: 60})).map(([part, times]) => part.repeat(times))
const separator = fc.constantFrom(' ', ' ', '', '\n', '\n\n', '\n---\n', '\t', ' \u0301')
const hostile = fc
  .array(fc.tuple(fc.oneof({weight: 4, arbitrary: atom}, {weight: 1, arbitrary: run}), separator), {maxLength: 80, size: 'max'})
  .map((parts) => parts.map(([part, gap]) => part + gap).join(''))

function noThrow<T>(run: () => T): T | undefined {
  try {
    return run()
  } catch (error) {
    if (error instanceof OptionsError) return undefined
    throw error
  }
}

describe.each(platforms)('fuzz %s: hostile text', (platform) => {
  const profile = platformProfile(platform)
  const limits = [...new Set([profile.limit.min, 57, Math.min(280, profile.limit.default), profile.limit.default])]

  it('splitThread never throws and every post is valid on the platform, trimmed, within the limit', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(...limits), (input, limit) => {
        const thread = noThrow(() => splitThread(input, {platform, limit}))
        if (!thread) return
        for (const tweet of thread.tweets) {
          const count = profile.counter.count(tweet.text, limit)
          expect(count.valid, JSON.stringify(tweet.text)).toBe(true)
          expect(tweet.length).toBe(count.length)
          expect(tweet.text).not.toMatch(/^\s|\s$/)
        }
      }),
      {numRuns: runs, seed, endOnFailure: true}
    )
  })

  it('text never makes tweetables or composeIntent throw, and fitted posts fit', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const options = {platform, instance: 'mastodon.social', url: 'https://example.com/post'}
        // The options leave room for text on every platform, so no text may make either throw.
        for (const tweetable of tweetables(input, options)) expect(tweetable.intentUrl).toMatch(/^https:\/\//)
        const composed = composeIntent({text: input, url: options.url}, {platform, instance: options.instance})
        expect(composed.length).toBeLessThanOrEqual(profile.limit.default)
      }),
      {numRuns: runs, seed, endOnFailure: true}
    )
  })
})
