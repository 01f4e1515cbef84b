// Issue 10: the room kept for numbering labels, around a power of ten of posts. The splitter keeps
// room for labels of the first width, counting up, whose own count of posts fits it. Less room can
// mean fewer posts (an entity too long for it is cut and shares posts with its neighbours), so a
// thread can end with fewer digits than the room it kept. An entity that fits with those narrower
// labels is then cut, and no thread does better: room for the narrower labels makes more posts than
// they count, and with labels one digit wider the entity no longer fits a post.
import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {splitThread, type SplitOptions} from '../src/index.js'
import {labelWidthFits} from '../src/split.js'
import {fittingEntitiesCut, ownLabelWidthOverflows, withoutLabel} from './whole-entities.js'

const v3 = twitter.configs.version3
const weight = (text: string) => twitter.parseTweet(text, v3).weightedLength
const extracted = (text: string) => twitter.extractEntitiesWithIndices(text).map((entity) => text.slice(...entity.indices))
const zwnj = '\u200c'

describe('numbering width', () => {
  it('keeps 9 posts that cut a hashtag rather than 10 that would cut it all the same (the case of issue 10, by hand)', () => {
    const tag = '#tag' + zwnj.repeat(34)
    const line = `} ${tag}} ¡`
    const input = 'a\n---\n'.repeat(7) + line
    const options: SplitOptions = {limit: 46, numbering: '(n/N)'}
    // Checked by hand against twitter-text: the hashtag takes the 34 ZWNJ (38 characters), not the `}`.
    expect(extracted(input)).toEqual([tag])
    // With one digit it fits a post with its label and the mark (38 + 2 + 6 = 46, `…` weighs 2); with
    // two it does not (48).
    expect(weight(`${tag}… (8/9)`)).toBe(46)
    expect(weight(`${tag}… (10/10)`)).toBe(48)
    // Room for one digit (46 − 6 = 40) keeps the hashtag whole, but then the line (43) takes three
    // posts: neither `} #tag…` with the mark (42) nor `#tag…} ¡` (41) fits in 40. So 10 in all, which
    // need two digits.
    expect(weight(`} ${tag}…`)).toBe(42)
    expect(weight(`${tag}} ¡`)).toBe(41)
    expect(labelWidthFits(input, options, 1)).toBe(false)
    expect(labelWidthFits(input, options, 2)).toBe(true)
    // Room for two digits (38) has no room for the hashtag and the mark (40): it is cut, and the line
    // takes two posts, 9 in all.
    const {tweets} = splitThread(input, options)
    expect(tweets.map((tweet) => tweet.text).slice(0, 7)).toEqual(['1', '2', '3', '4', '5', '6', '7'].map((n) => `a (${n}/9)`))
    expect(tweets).toHaveLength(9)
    const [eighth, ninth] = tweets.slice(7).map((tweet) => withoutLabel(tweet.text, tweet.index, 9, options))
    expect(eighth?.endsWith('…')).toBe(true)
    expect((eighth as string).slice(0, -1) + ninth).toBe(line)
    for (const tweet of tweets) expect(weight(tweet.text)).toBeLessThanOrEqual(46)
  })

  // Threads of about 10 or 100 posts: one-word posts between explicit breaks, then lines whose
  // entities (a hashtag with a ZWNJ tail, a long hashtag, a mention, a cashtag) are 5 to 11 lighter
  // than the limit, about what a post leaves them with a label, so that the labels' width decides
  // whether they fit. Some of these threads have no width that keeps them whole (as above).
  const options = fc.record({
    limit: fc.constantFrom(40, 46, 57, 100),
    numbering: fc.constantFrom('n/N' as const, '(n/N)' as const, '[n/N]' as const),
    numberingPosition: fc.constantFrom('end' as const, 'start' as const),
    continuation: fc.constantFrom('…' as const, false as const)
  })
  const entity = (limit: number) =>
    fc.oneof(
      fc.integer({min: 5, max: 11}).map((lighter) => '#tag' + zwnj.repeat(limit - lighter - 4)),
      fc.integer({min: 5, max: 11}).map((lighter) => '#' + 'x'.repeat(limit - lighter - 1)),
      fc.constantFrom('@user', '@a_fifteen_chars', '$ABC', 'https://example.com/path')
    )
  const line = (limit: number) =>
    fc
      // Mostly the shape of the case above: a character that does not join the entity on each side,
      // so the line can be cut either inside the entity or around it.
      .tuple(fc.constantFrom('}', '}', '}', 'a', 'Word', '»'), entity(limit), fc.constantFrom('}', '}', '}', '', '.'), fc.constantFrom(' ¡', ' ¡', ' ¡', '', ' and more'))
      .map(([before, found, after, tail]) => `${before} ${found}${after}${tail}`)
  // The one-word posts bring the count to 9, 10, 99 or 100 or one past, by the lines' count alone.
  const nearPowersOfTen = options.chain((settings) =>
    fc
      .tuple(fc.constantFrom(9, 10, 11, 99, 100, 101), fc.array(line(settings.limit), {minLength: 1, maxLength: 4}))
      .map(([target, lines]): [string, typeof settings] => {
        const rest = lines.join('\n---\n')
        const short = Math.max(0, target - splitThread(rest, settings).tweets.length)
        return ['a\n---\n'.repeat(short) + rest, settings]
      })
  )

  it('cuts an entity that fits with the thread’s own labels only when room for them makes more posts than they count', () => {
    fc.assert(
      fc.property(nearPowersOfTen, ([input, settings]) => {
        const thread = splitThread(input, settings)
        const total = thread.tweets.length
        for (const tweet of thread.tweets) expect(weight(tweet.text)).toBeLessThanOrEqual(settings.limit)
        const cut = fittingEntitiesCut(input, settings, thread)
        if (cut.length === 0) return
        const bodies = thread.tweets.map((tweet) => withoutLabel(tweet.text, tweet.index, total, settings))
        const why = `${JSON.stringify(cut)} cut in ${JSON.stringify(bodies)}`
        expect(ownLabelWidthOverflows(input, settings, thread), why).toBe(true)
        // …and labels one digit wider leave no room for it.
        expect(fittingEntitiesCut(input, settings, thread, String(total).length + 1), why).toEqual([])
      }),
      {numRuns: 1000, seed: 20261201}
    )
  })
})
