import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {composeIntent, platformProfile, tweetables, type IntentParams, type Tweetable} from '../src/index.js'

// A tweetable's share link quotes the tweetable itself: the room a sentence or a piece gets must be
// measured with the link back it will carry (`url#id`), not with the bare page address. On Bluesky
// `example.com/post` shows 16 characters and `example.com/post#t-…` 27: with the bare address, every
// piece of a long word was 11 too long, cut again inside the word, and shared shorter than itself.

const page = 'https://example.com/post'
const networks = [
  {platform: 'x' as const, limit: 140},
  {platform: 'bluesky' as const, limit: 300},
  {platform: 'bluesky' as const, links: 'full' as const, limit: 300},
  {platform: 'mastodon' as const, instance: 'mastodon.social', limit: 200},
  {platform: 'threads' as const, limit: 200}
]
type Network = (typeof networks)[number]

/** Each tweetable of `text` with the parameters its share link was built from. */
function shared(text: string, options: Record<string, unknown>) {
  const params: IntentParams[] = []
  const buildUrl = (built: IntentParams) => {
    params.push(built)
    return 'https://share.example/'
  }
  const found = tweetables(text, {...options, buildUrl})
  expect(params).toHaveLength(found.length)
  return found.map((tweetable, index) => ({tweetable, params: params[index]!}))
}

/**
 * A tweetable's text and the ellipsis of a cut piece: glued to its last word, or after a space where
 * the network would read it as part of an entity that whole word holds (a Bluesky link runs to the
 * next space). A piece cut inside a word keeps it glued: it holds no whole entity to keep.
 */
function withEllipsis(tweetable: Tweetable, input: string, network: Network): string {
  const {text} = tweetable
  const word = /\S*$/.exec(text)![0]
  const whole = !/\S/.test(input[tweetable.source.end] ?? ' ')
  const joins = platformProfile(network.platform).counter.entities(word + '…').some(([start, end]) => start < word.length && end > word.length)
  return text + (whole && joins ? ' …' : '…')
}

/** Whether `text` with the tail of `params` fits the network's post as it is. */
function fitsWith(text: string, params: IntentParams, network: Network): boolean {
  return composeIntent({...params, text}, {...network, fit: false}).valid
}

/**
 * The share text is the tweetable's own text (with `…` when it is a piece cut before the end of its
 * sentence) whenever that fits with its tail; otherwise it is cut, ends with `…` and fits.
 */
function expectSharedWhenItFits(text: string, options: Record<string, unknown>, network: Network) {
  for (const {tweetable, params} of shared(text, options)) {
    if (params.text === tweetable.text || params.text === withEllipsis(tweetable, text, network)) continue
    // A piece cut before the end of its sentence is shared with `…`: only the whole sentence, or
    // its last piece, could have been shared without one.
    expect(fitsWith(withEllipsis(tweetable, text, network), params, network)).toBe(false)
    if (!tweetable.reasons.includes('cut-piece')) expect(fitsWith(tweetable.text, params, network)).toBe(false)
    if (params.text === undefined) continue
    expect(params.text.endsWith('…')).toBe(true)
    expect(fitsWith(params.text, params, network)).toBe(true)
  }
}

const word = fc.oneof(
  fc.constantFrom('write', 'Less', 'more.', 'why?', '@you', '#tag', '👍🏽', '東京。', 'e\u0301', 'a.co', 'https://example.com/x?a=1'),
  fc.tuple(fc.constantFrom('x.com_', 'a', '東', 'ab/', 'a。', 'a.'), fc.integer({min: 20, max: 400})).map(([part, times]) => part.repeat(times))
)
const text = fc
  .array(fc.tuple(word, fc.constantFrom(' ', '\n', '. ')), {minLength: 1, maxLength: 30})
  .map((pairs) => pairs.map(([w, s]) => w + s).join(''))

describe('tweetables: every piece fits its own share link', () => {
  it('protects Bluesky long link words from being cut again: x.com_ repeated is shared piece by piece, whole', () => {
    const network = networks[1]!
    for (const {tweetable, params} of shared('x.com_'.repeat(400), {...network, url: page})) {
      expect([tweetable.text, tweetable.text + '…']).toContain(params.text)
      expect(fitsWith(params.text!, params, network)).toBe(true)
    }
  })

  it('protects a Bluesky piece from ending on a link that its ellipsis would make too long: each piece is shared whole', () => {
    // Bluesky's link takes the rest of its word, so a piece ending `…read https://example.com/x?a=1`
    // is shared with its ellipsis after a space (test/mark-outside-entities.test.ts), 2 where a glued
    // one weighs 1. That piece, 52 + 1 + 17 + 2 = 72 with its link back (28: a space and
    // `example.com/post#t-anyon...`), is 100 of 99: weighed with a glued ellipsis it would be chosen
    // and then shared cut to `…should read…`, without the link. (Before the space, the ellipsis went
    // into the link, shown percent-encoded as `example.com/x?a=1%E2%80%A6`: 26, not 17 + 1.)
    const network = {platform: 'bluesky' as const, limit: 99}
    const text = 'Anyone who files a bug about lost drafts should read https://example.com/x?a=1 first and then tell us what they tried and what they saw.'
    const found = shared(text, {...network, url: page})
    // Counted by hand: 40 + 1 (the ellipsis), 12 + 17 + 15 + 1, and 42, each with the 28 of its link back.
    expect(found.map(({params}) => params.text)).toEqual([
      'Anyone who files a bug about lost drafts…',
      'should read https://example.com/x?a=1 first and then…',
      'tell us what they tried and what they saw.'
    ])
    expect(found.map(({params}) => composeIntent(params, {...network, fit: false}).length)).toEqual([69, 73, 70])
    for (const {tweetable, params} of found) {
      expect([tweetable.text, tweetable.text + '…']).toContain(params.text)
      expect(params.url).toBe(`${page}#${tweetable.id}`)
    }
  })

  it('protects a text fragment too long for its words from throwing: the sentence is quoted with a link to its id', () => {
    // Bluesky with links counted in full: 27 CJK characters percent-encode to 243 in `#:~:text=…`.
    const network = networks[2]!
    const found = shared('東'.repeat(27) + ' write write', {...network, url: page, hashtags: ['writing'], fragment: 'text'})
    expect(found).toHaveLength(1)
    const [{tweetable, params}] = found as [(typeof found)[number]]
    expect(params.text).toBe(tweetable.text)
    expect(params.url).toBe(`${page}#${tweetable.id}`)
    expect(fitsWith(params.text!, params, network)).toBe(true)
  })

  it('on every platform, shares a tweetable as its own text whenever it fits with its tail, and cuts only when it must (fast-check)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...networks), fc.constantFrom('id' as const, 'text' as const), (input, network, fragment) => {
        expectSharedWhenItFits(input, {...network, url: page, hashtags: ['writing'], fragment}, network)
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 60)}
    )
  })

  it('off X, with an id fragment, every tweetable the splitter could cut is shared whole: the room already paid for its link back (fast-check)', () => {
    // X alone may read a piece cut inside a link-like word differently from the whole word (see
    // `sumsExactly`); every other network counts a piece as the sum of what the splitter weighed.
    fc.assert(
      fc.property(text, fc.constantFrom(...networks.slice(1)), fc.constantFrom(undefined, 'p', 'a-very-long-pre'), (input, network, idPrefix) => {
        for (const {tweetable, params} of shared(input, {...network, url: page, via: 'alice.bsky.social', idPrefix})) {
          if (params.text === tweetable.text || params.text === withEllipsis(tweetable, input, network)) continue
          // Only a piece the splitter could not cut is shared cut: one atom heavier than the room
          // (on Bluesky, a link written out longer than a post, which counts in full).
          expect(/\s/u.test(tweetable.text)).toBe(false)
          expect(fitsWith(tweetable.text, params, network)).toBe(false)
          expect(params.text?.endsWith('…')).toBe(true)
          expect(fitsWith(params.text!, params, network)).toBe(true)
        }
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 60)}
    )
  })
})
