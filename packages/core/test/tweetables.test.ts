import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {composeIntent, defaultBuildUrl, intentUrl, splitThread, tweetables, type IntentParams} from '../src/index.js'

const v3 = twitter.configs.version3
const page = 'https://blog.example/posts/writing-online'

/** Rebuild the post X composes from an intent URL: text url #tags via @handle. */
function composed(intent: string): {post: string; params: URLSearchParams} {
  const params = new URL(intent).searchParams
  const parts = [params.get('text'), params.get('url')]
  const tags = params.get('hashtags')
  if (tags) parts.push(tags.split(',').map((tag) => '#' + tag).join(' '))
  const via = params.get('via')
  if (via) parts.push('via @' + via)
  return {post: parts.filter(Boolean).join(' '), params}
}

describe('tweetables: sentences', () => {
  it('gives one tweetable per sentence, in order, with the source range of each', () => {
    const text = 'Write less. Mean more!  Then stop?\n\nA new paragraph'
    const found = tweetables(text)
    expect(found.map((t) => t.text)).toEqual(['Write less.', 'Mean more!', 'Then stop?', 'A new paragraph'])
    expect(found.map((t) => text.slice(t.source.start, t.source.end))).toEqual(found.map((t) => t.text))
  })

  it('is not fooled by abbreviations, decimals, URLs, ellipses, or quotes and brackets after the stop', () => {
    const text =
      'Dr. Smith paid $3.14 at https://example.com/a.b.c for it, e.g. a coffee. ' +
      'He said "it was fine." (It was not.) Well... maybe it was. Mr. and Mrs. Jones, of the U.S., disagreed.'
    expect(tweetables(text).map((t) => t.text)).toEqual([
      'Dr. Smith paid $3.14 at https://example.com/a.b.c for it, e.g. a coffee.',
      'He said "it was fine."',
      '(It was not.)',
      'Well... maybe it was.',
      'Mr. and Mrs. Jones, of the U.S., disagreed.'
    ])
  })

  it('ends sentences at line breaks, and finds CJK sentences without spaces', () => {
    expect(tweetables('- first item\n- second item').map((t) => t.text)).toEqual(['- first item', '- second item'])
    expect(tweetables('今日は晴れです。明日は雨でしょう！').map((t) => t.text)).toEqual(['今日は晴れです。', '明日は雨でしょう！'])
  })

  it('gives nothing for empty text and never throws on strange text', () => {
    expect(tweetables('')).toEqual([])
    expect(tweetables(' \n\t ')).toEqual([])
    for (const strange of ['\uD800 lone', 'NUL\u0000!', '\uFEFF', '👩🏽‍💻 🏳️‍🌈.', 'עברית. مرحبا.', '\u0301'.repeat(400)]) {
      for (const tweetable of tweetables(strange, {url: page})) {
        expect(twitter.parseTweet(composed(tweetable.intentUrl).post, v3).valid).toBe(true)
      }
    }
  })
})

describe('tweetables: long sentences', () => {
  const long = 'This sentence goes on and on, ' + 'and on and on, '.repeat(40) + 'until it finally ends.'

  it('cuts a sentence too long for one post into pieces that cover it in order', () => {
    const found = tweetables(long, {url: page, via: 'tweetstorm', hashtags: ['writing']})
    expect(found.length).toBeGreaterThan(2)
    expect(found.map((t) => t.text).join(' ')).toBe(long)
    let previous = 0
    for (const piece of found) {
      expect(piece.source.start).toBeGreaterThanOrEqual(previous)
      previous = piece.source.end
      const {post, params} = composed(piece.intentUrl)
      expect(twitter.parseTweet(post, v3).valid).toBe(true)
      // The share text is the piece itself (plus … when the sentence goes on), never shortened further.
      const shared = params.get('text') ?? ''
      expect(shared === piece.text || shared === piece.text + '…').toBe(true)
    }
    expect(new URL(found.at(-1)?.intentUrl ?? '').searchParams.get('text')).toBe(found.at(-1)?.text)
  })

  it('respects a smaller limit', () => {
    for (const piece of tweetables(long, {limit: 140, url: page})) {
      const {post} = composed(piece.intentUrl)
      expect(twitter.parseTweet(post, {...v3, maxWeightedTweetLength: 140}).valid).toBe(true)
    }
  })
})

describe('tweetables: ids', () => {
  it('are valid HTML ids and URL fragments', () => {
    for (const t of tweetables('Café au lait? 東京に行きます。 "Quotes" & <tags> #and @mentions!')) {
      expect(t.id).toMatch(/^[a-z][a-z0-9-]*$/)
      expect(encodeURIComponent(t.id)).toBe(t.id)
    }
  })

  it('stay the same when another paragraph changes', () => {
    const before = tweetables('First paragraph here. It has two sentences.\n\nThe second paragraph stays.')
    const after = tweetables('A rewritten first paragraph, longer now.\n\nThe second paragraph stays.')
    expect(after.at(-1)?.id).toBe(before.at(-1)?.id)
    expect(after[0]?.id).not.toBe(before[0]?.id)
  })

  it('are unique when a sentence repeats', () => {
    const found = tweetables('Ship it. Ship it. Ship it.')
    const ids = found.map((t) => t.id)
    expect(new Set(ids).size).toBe(3)
    expect(ids[1]).toBe(`${ids[0]}-2`)
    expect(ids[2]).toBe(`${ids[0]}-3`)
  })

  it('end in the FNV-1a fingerprint of the sentence, seven digits of base 36', () => {
    // The README's definition, computed here on its own: ids are links, a changed id breaks them.
    const fnv1a = (text: string) => {
      let hash = 0x811c9dc5
      for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
      return hash >>> 0
    }
    const sentences = fc.array(fc.string({unit: fc.constantFrom('a', 'B', '7', 'é', '東', '👍🏽', '.', ',', '-'), minLength: 1, maxLength: 12}), {minLength: 1, maxLength: 20})
    fc.assert(
      fc.property(sentences, (words) => {
        const seen = new Map<string, number>()
        for (const {id, text} of tweetables(words.join(' ') + '.')) {
          // A sentence met again gets its number after the fingerprint.
          const repeat = (seen.get(text) ?? 0) + 1
          seen.set(text, repeat)
          const fingerprint = fnv1a(text).toString(36).padStart(7, '0')
          expect(id.endsWith(repeat === 1 ? `-${fingerprint}` : `-${fingerprint}-${repeat}`)).toBe(true)
        }
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 200)}
    )
    expect(tweetables('Write less.')[0]?.id).toBe(`t-write-less-${fnv1a('Write less.').toString(36).padStart(7, '0')}`)
  })

  it('take a custom prefix', () => {
    expect(tweetables('Hello there.', {idPrefix: 'quote'})[0]?.id).toMatch(/^quote-hello-there-/)
  })
})

describe('tweetables: share links', () => {
  it('link back to url#id, with via, hashtags and related', () => {
    const [first] = tweetables('Write less. Mean more.', {url: page, via: '@tweetstorm', hashtags: ['writing'], related: ['someone']})
    const params = new URL(first?.intentUrl ?? '').searchParams
    expect(params.get('text')).toBe('Write less.')
    expect(params.get('url')).toBe(`${page}#${first?.id}`)
    expect(params.get('via')).toBe('tweetstorm')
    expect(params.get('hashtags')).toBe('writing')
    expect(params.get('related')).toBe('someone')
  })

  it('can point back with a text fragment instead of an id', () => {
    const [first] = tweetables('Write less - mean more, always.', {url: page, fragment: 'text'})
    const back = new URL(first?.intentUrl ?? '').searchParams.get('url')
    expect(back).toBe(`${page}#:~:text=Write%20less%20%2D%20mean%20more%2C%20always.`)
  })

  it('replaces a fragment already in the page url', () => {
    const [first] = tweetables('Hello.', {url: page + '#top'})
    expect(new URL(first?.intentUrl ?? '').searchParams.get('url')).toBe(`${page}#${first?.id}`)
  })

  it('use a custom buildUrl', () => {
    const [first] = tweetables('Hello.', {buildUrl: (params) => `https://twitter.com/intent/tweet?text=${encodeURIComponent(params.text ?? '')}`})
    expect(first?.intentUrl).toBe('https://twitter.com/intent/tweet?text=Hello.')
  })

  it('reject bad options with an error naming each', () => {
    expect(() => tweetables('x', {url: 'javascript:alert(1)', via: 'not a handle!', fragment: 'nope' as 'id'})).toThrow(
      /url[\s\S]*via[\s\S]*fragment|url[\s\S]*fragment[\s\S]*via/
    )
  })

  it('round-trip: every share link composes a valid post (fast-check)', () => {
    const word = fc.constantFrom('write', 'Less', 'more.', 'why?', 'e.g.', '3.14', '@you', '#tag', '$CASH', 'https://example.com/x?a=1&b=2', '👍🏽', '👨‍👩‍👧', '東京。', 'שלום.', '&', '%', '+', '#', '?', '"q"',
      // X reads a domain after 50 CJK characters as a link only when the word is cut before it.
      '東'.repeat(60) + 'example.com/', 'a.co', 'example.com.', 'x\u200b', '\u200ey')
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', '\n', '\n\n')), {minLength: 1, maxLength: 200}).map((pairs) => pairs.map(([w, s]) => w + s).join(''))
    const handle = fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/)
    const tag = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/)
    fc.assert(
      fc.property(text, fc.option(handle, {nil: undefined}), fc.array(tag, {maxLength: 3}), fc.constantFrom(140, 280), (input, via, hashtags, limit) => {
        for (const t of tweetables(input, {url: page, via, hashtags, limit})) {
          const {post, params} = composed(t.intentUrl)
          expect(twitter.parseTweet(post, {...v3, maxWeightedTweetLength: limit}).valid).toBe(true)
          expect(params.get('url')).toBe(`${page}#${t.id}`)
          if (via) expect(params.get('via')).toBe(via)
          // What a sentence shares is what intentUrl would share for it: nothing left to fit.
          const shared = params.get('text')
          if (shared !== null) expect(intentUrl({text: shared, url: `${page}#${t.id}`, via, hashtags}, {limit})).toBe(t.intentUrl)
        }
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 200)}
    )
  })

  it('writes the same links, ids and ranges as the general path through `buildUrl` (fast-check)', () => {
    // On X with the default link, a sentence that fits is linked without a parameters object; the
    // same call with \`buildUrl: defaultBuildUrl\` takes the general path for every sentence.
    const word = fc.constantFrom('write', 'Less', 'more.', 'why?', "it's", '(see)', '~ok~', 'e.g.', '3.14', '@you', '#tag', '$CASH', 'https://example.com/x?a=1&b=2', '👍🏽', '👨‍👩‍👧', '東京。', 'שלום.', 'é', '&', '%', '+', '#', '"q"', '\ud800', '東'.repeat(60) + 'example.com/', 'a'.repeat(300), 'a.co', 'x\u200b', '\u200ey')
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '\n', '\n\n')), {minLength: 1, maxLength: 150}).map((pairs) => pairs.map(([w, s]) => w + s).join(''))
    const options = fc.record(
      {
        // X recognises the first two as links (a known TLD), the others not, so their sentences are fitted.
        url: fc.constantFrom('https://example.com/posts/writing', 'https://example.com/a(b)/~x?q=1&r=é#old', page, 'https://blog.example/a b/(x)?q=1&r=~2#old', 'https://example.com/x.'),
        via: fc.constantFrom('tweetstorm', 'a_b'),
        hashtags: fc.constantFrom<string[]>(['writing'], ['a', 'b2']),
        related: fc.constantFrom<string[]>(['x', 'y_z']),
        limit: fc.constantFrom(140, 280, 1000),
        idPrefix: fc.constantFrom('t', 'quote-1')
      },
      {requiredKeys: ['limit']}
    )
    fc.assert(
      fc.property(text, options, (input, settings) => {
        expect(tweetables(input, settings)).toEqual(tweetables(input, {...settings, buildUrl: defaultBuildUrl}))
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 200)}
    )
  })

  it('on every platform, shares each sentence as that platform would fit it: nothing left to fit (fast-check)', () => {
    // Only X's counter vouches for sums of word weights; on the other platforms (a combining mark
    // joins the space before it on Bluesky) each sentence is fitted, and must come out as it went in.
    const word = fc.constantFrom('write', 'Less', 'more.', 'why?', '3.14', '@you', '#tag', 'https://example.com/x?a=1', '👍🏽', '👨‍👩‍👧', '東京。', 'e\u0301', '\u0301x', 'a.co', 'x\u200b', '\u200ey', '東'.repeat(60) + 'example.com/')
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '\n')), {minLength: 1, maxLength: 120}).map((pairs) => pairs.map(([w, s]) => w + s).join(''))
    const platform = fc.constantFrom(
      {platform: 'bluesky' as const, limit: 300},
      {platform: 'bluesky' as const, links: 'full' as const, limit: 300},
      {platform: 'mastodon' as const, instance: 'mastodon.social', limit: 200},
      {platform: 'threads' as const, limit: 200}
    )
    fc.assert(
      fc.property(text, platform, (input, network) => {
        const shared: IntentParams[] = []
        const buildUrl = (params: IntentParams) => {
          shared.push(params)
          return 'https://share.example/'
        }
        tweetables(input, {...network, url: page, hashtags: ['writing'], buildUrl})
        for (const params of shared) {
          if (params.text === undefined) continue
          const fitted = composeIntent(params, network)
          expect(fitted.truncated).toBe(false)
          expect(fitted.text).toBe(params.text)
          expect(fitted.valid).toBe(true)
        }
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 100)}
    )
  })

  it('never starts or ends a quote with a character that renders nothing, and keeps emoji sequences whole', () => {
    const blanks = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u061c', '\u2066', '\u202e']
    for (const blank of blanks) {
      const found = tweetables(`${blank}Ship small and often.${blank} ${blank}Then ship again.${blank}`, {url: page})
      expect(found.map((t) => t.text)).toEqual(['Ship small and often.', 'Then ship again.'])
      for (const t of found) expect(new URL(t.intentUrl).searchParams.get('text')).toBe(t.text)
    }
    // A ZWJ family, a flag made with tag characters, a keycap: the sequence is not an edge to trim.
    const family = '👨\u200d👩\u200d👧'
    const england = '🏴\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f'
    expect(tweetables(`We are ${family}\u200d`).map((t) => t.text)).toEqual([`We are ${family}`])
    expect(tweetables(`Come on ${england}`).map((t) => t.text)).toEqual([`Come on ${england}`])
    expect(tweetables(`\u200d${family} is home.`).map((t) => t.text)).toEqual([`${family} is home.`])
  })

  it('keeps invisible characters inside a text, and direction marks inside a post', () => {
    // A word joiner or a ZWNJ inside a word does a job; a right-to-left mark after a Hebrew word
    // places the punctuation next to it.
    expect(tweetables('Can\u2060not stop. می\u200cخواهم.').map((t) => t.text)).toEqual(['Can\u2060not stop.', 'می\u200cخواهم.'])
    expect(splitThread('\u200bHello שלום\u200f, world\u200b').tweets.map((t) => t.text)).toEqual(['Hello שלום\u200f, world'])
    expect(intentUrl({text: '\u200b\u200eHello\u2060\u200f'})).toBe('https://x.com/intent/tweet?text=Hello')
  })
})
