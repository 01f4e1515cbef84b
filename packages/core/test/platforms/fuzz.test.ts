// The hostile alphabet of test/fuzz.test.ts, run against every platform of the registry: nothing but
// OptionsError escapes, and every post fits the platform's own count. Seeded like test/fuzz.test.ts.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {composeIntent, OptionsError, platformProfile, platforms, splitThread, tweetables, type Platform} from '../../src/index.js'

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

// Long words that are links, or that a network reads as one: Bluesky takes a bare domain and the
// rest of its word as one link counted as written, so `x.com_` repeated is a link longer than any
// post. Such a word made the splitter count the rest of the word once per post, and tweetables throw.
const linkPart = fc.constantFrom('x.com_', 'a.co.', 'example.com/', 'ab/', 'x.co/a', '日本.jp/', '-', '_', '?q=1&r=2', '#frag', '(x)', '%20', '👍')
const linkWord = fc
  .tuple(
    fc.constantFrom('', 'https://', 'http://', 'https://x.com/', 'www.', '('),
    fc.array(fc.tuple(linkPart, fc.integer({min: 1, max: 400})), {minLength: 1, maxLength: 4}),
    fc.constantFrom('', '.', ')', ' and more words.', ' https://example.com/')
  )
  .map(([head, runs, tail]) => head + runs.map(([part, times]) => part.repeat(times)).join('') + tail)

const linkSettings: Array<{platform: Platform; links?: 'full'}> = [...platforms.map((platform) => ({platform})), {platform: 'bluesky', links: 'full'}]

describe.each(linkSettings)('fuzz $platform $links: long link words', (setting) => {
  const profile = platformProfile(setting.platform)
  const counter = setting.links ? (profile.linkCounters?.[setting.links] ?? profile.counter) : profile.counter
  const limits = [...new Set([profile.limit.min, Math.min(280, profile.limit.default), profile.limit.default])]

  it('splitThread keeps the whole word, in order, in posts that each fit', () => {
    fc.assert(
      fc.property(linkWord, fc.constantFrom(...limits), (input, limit) => {
        const {tweets} = splitThread(input, {...setting, limit})
        // Unless the word is only dashes: a line of three or more is an explicit break (README,
        // "a line of three or more dashes alone"), and a text that is only a break posts nothing.
        if (/^-{3,}$/.test(input)) {
          expect(tweets).toEqual([])
          return
        }
        let covered = 0
        for (const tweet of tweets) {
          const count = counter.count(tweet.text, limit)
          expect(count.valid, JSON.stringify(tweet.text)).toBe(true)
          expect(tweet.length).toBe(count.length)
          // Nothing lost or repeated: each post picks up where the last one ended (a space at most between).
          expect(input.slice(covered, tweet.source.start)).toMatch(/^\s*$/)
          covered = tweet.source.end
        }
        expect(covered).toBe(input.length)
      }),
      {numRuns: runs, seed, endOnFailure: true}
    )
  })

  it('tweetables and composeIntent never throw on them, and fitted posts fit', () => {
    fc.assert(
      fc.property(linkWord, (input) => {
        const options = {...setting, instance: 'mastodon.social', url: 'https://example.com/post'}
        for (const tweetable of tweetables(input, options)) expect(tweetable.intentUrl).toMatch(/^https:\/\//)
        const composed = composeIntent({text: input, url: options.url}, {...setting, instance: options.instance})
        expect(composed.length).toBeLessThanOrEqual(profile.limit.default)
        expect(composed.valid).toBe(true)
      }),
      {numRuns: runs, seed, endOnFailure: true}
    )
  })
})
