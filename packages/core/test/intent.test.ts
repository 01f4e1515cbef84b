import fc from 'fast-check'
import twitter from 'twitter-text'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {xCounter} from '../src/count.js'
import * as intent from '../src/intent.js'
import {composeIntent, defaultBuildUrl, intentUrl, normalizeShareText} from '../src/intent.js'
import {OptionsError} from '../src/options.js'
import type {IntentParams} from '../src/types.js'

const v3 = twitter.configs.version3

/** Read an intent link back the way X does: decode every parameter. */
function decode(href: string) {
  const url = new URL(href)
  const search = url.searchParams
  return {
    endpoint: url.origin + url.pathname,
    text: search.get('text') ?? '',
    url: search.get('url') ?? '',
    hashtags: search.get('hashtags')?.split(',') ?? [],
    via: search.get('via') ?? '',
    related: search.get('related')?.split(',') ?? [],
    inReplyTo: search.get('in_reply_to') ?? '',
    keys: [...search.keys()]
  }
}

/** Rebuild the post X composes from decoded parameters: text, url, #hashtags, via @handle. */
function composedPost(decoded: ReturnType<typeof decode>): string {
  return [
    decoded.text,
    decoded.url,
    decoded.hashtags.map((tag) => '#' + tag).join(' '),
    decoded.via ? 'via @' + decoded.via : ''
  ]
    .filter(Boolean)
    .join(' ')
}

function problemsOf(run: () => unknown): Array<{path: string; message: string}> {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(OptionsError)
    return [...(error as OptionsError).problems]
  }
  throw new Error('Expected an OptionsError')
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('intent', () => {
  it('exposes the public API', () => {
    expect(Object.keys(intent).sort()).toEqual([
      'composeIntent',
      'defaultBuildUrl',
      'intentUrl',
      'intentUrlFromChecked',
      'intentUrlFromFitting',
      'normalizeShareText'
    ])
  })

  it('works without options', () => {
    expect(intentUrl({})).toBe('https://x.com/intent/tweet')
    expect(intentUrl({text: 'Hello'})).toBe('https://x.com/intent/tweet?text=Hello')
    expect(composeIntent({})).toEqual({text: '', post: '', length: 0, truncated: false, valid: false})
  })
})

describe('intentUrl parameters', () => {
  it('maps every parameter to the name X documents', () => {
    const decoded = decode(
      intentUrl({
        text: 'Hi',
        url: 'https://example.com/post',
        hashtags: ['a', 'b'],
        via: 'site',
        related: ['one', 'two'],
        inReplyTo: '1234567890123456789'
      })
    )
    expect(decoded).toEqual({
      endpoint: 'https://x.com/intent/tweet',
      text: 'Hi',
      url: 'https://example.com/post',
      hashtags: ['a', 'b'],
      via: 'site',
      related: ['one', 'two'],
      inReplyTo: '1234567890123456789',
      keys: ['text', 'url', 'hashtags', 'via', 'related', 'in_reply_to']
    })
  })

  it('drops a leading @ from handles and # from hashtags', () => {
    const decoded = decode(intentUrl({via: '@site', related: ['@one', 'two'], hashtags: ['#Writing', 'craft']}))
    expect(decoded.via).toBe('site')
    expect(decoded.related).toEqual(['one', 'two'])
    expect(decoded.hashtags).toEqual(['Writing', 'craft'])
  })

  it('accepts post ids as digit strings, bigints and safe integers', () => {
    expect(decode(intentUrl({inReplyTo: '20'})).inReplyTo).toBe('20')
    expect(decode(intentUrl({inReplyTo: 1_463_440_424_462_417_921n})).inReplyTo).toBe('1463440424462417921')
    expect(decode(intentUrl({inReplyTo: 42})).inReplyTo).toBe('42')
  })

  it('serialises the url so nothing in it can end the link early', () => {
    expect(decode(intentUrl({url: 'https://example.com/a b'})).url).toBe('https://example.com/a%20b')
    expect(decode(intentUrl({url: 'https://Example.com'})).url).toBe('https://example.com/')
  })
})

describe('encoding', () => {
  const tricky = [
    'Fish & chips',
    'Use #hashtags? Not here: %20 is not a space, + is not one either',
    'a=1&b=2#frag?x',
    'Line one\nLine two\n\nLine four',
    'She said "yes" and \'no\' and `maybe`',
    'Emoji 👨‍👩‍👧 🇫🇷 👍🏽 and keycap 1️⃣',
    'עברית: שלום עולם, and العربية: مرحبا بالعالم',
    '日本語のテキスト、中文字符和한국어'
  ]

  for (const text of tricky) {
    it(`survives the round trip exactly: ${JSON.stringify(text).slice(0, 30)}`, () => {
      expect(decode(intentUrl({text})).text).toBe(text)
    })
  }

  it('keeps a url with its own query and fragment intact', () => {
    const url = 'https://example.com/a?b=1&c=%2F+x#frag'
    expect(decode(intentUrl({text: 'x', url})).url).toBe(url)
  })

  it('passes raw text through untouched with fit: false', () => {
    const text = '  two  spaces \r\n kept  '
    expect(decode(intentUrl({text}, {fit: false})).text).toBe(text)
  })

  it('decodes to a valid post for any text, handles and hashtags', () => {
    const token = fc.oneof(
      fc.stringMatching(/^[a-z]{1,12}$/),
      fc.constantFrom(
        'https://example.com/a?b=1&c=2',
        'http://x.co/p#frag',
        'example.org/path',
        '😀',
        '👨‍👩‍👧',
        '🇫🇷',
        '👍🏽',
        '日本語の文章',
        '中文字',
        'مرحبا',
        'שלום',
        '@someone',
        '#tag',
        '$CASH',
        '&',
        '%20',
        '+',
        '?',
        '"quoted"',
        "it's",
        'नमस्ते',
        'ภาษาไทย'
      ),
      fc.string({unit: 'grapheme', maxLength: 8}),
      fc.string({unit: 'binary', maxLength: 4})
    )
    const text = fc
      .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '\n', '  ', '\t', '')), {maxLength: 120})
      .map((pairs) => pairs.map(([word, gap]) => word + gap).join(''))
    const handle = fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/)
    const hashtag = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/)
    const url = fc.constantFrom('https://example.com/', 'https://example.com/blog/post?x=1#quote', 'http://a.io/p')

    fc.assert(
      fc.property(
        text,
        fc.option(url, {nil: undefined}),
        fc.option(handle, {nil: undefined}),
        fc.array(hashtag, {maxLength: 3}),
        fc.constantFrom(280, 140, 1000),
        (text, url, via, hashtags, limit) => {
          const params: IntentParams = {text, url, via, hashtags}
          const href = intentUrl(params, {limit})
          const decoded = decode(href)
          const post = composedPost(decoded)
          const parsed = twitter.parseTweet(post, {...v3, maxWeightedTweetLength: limit})
          const normalized = normalizeShareText(text)

          expect(parsed.valid || post === '').toBe(true)
          const composed = composeIntent(params, {limit})
          expect(composed.post).toBe(post)
          expect(composed.length).toBe(parsed.weightedLength)
          expect(decoded.via).toBe(via ?? '')
          expect(decoded.hashtags).toEqual(hashtags)
          if (composed.truncated) {
            expect(decoded.text.endsWith('…')).toBe(true)
            expect(normalized.startsWith(decoded.text.slice(0, -1))).toBe(true)
          } else {
            expect(decoded.text).toBe(normalized)
          }
        }
      ),
      {numRuns: 300}
    )
  })
})

describe('rejections', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['via', {via: 'not a handle!'}, 'via'],
    ['via too long', {via: 'a'.repeat(16)}, 'via'],
    ['url with javascript:', {url: 'javascript:alert(1)'}, 'url'],
    ['url with data:', {url: 'data:text/html,<b>x</b>'}, 'url'],
    ['relative url', {url: '/relative'}, 'url'],
    ['hashtag with a space', {hashtags: ['two words']}, 'hashtags.0'],
    ['hashtag of digits', {hashtags: ['ok', '2024']}, 'hashtags.1'],
    ['hashtags as a string', {hashtags: 'a,b'}, 'hashtags'],
    ['related', {related: ['fine', 'no way']}, 'related.1'],
    ['inReplyTo letters', {inReplyTo: 'abc'}, 'inReplyTo'],
    ['inReplyTo fraction', {inReplyTo: 12.5}, 'inReplyTo'],
    ['inReplyTo beyond 2^53', {inReplyTo: 2 ** 60}, 'inReplyTo'],
    ['text not a string', {text: 42}, 'text']
  ]

  for (const [name, params, path] of cases) {
    it(`rejects ${name}, naming it`, () => {
      const problems = problemsOf(() => intentUrl(params as IntentParams))
      expect(problems).toHaveLength(1)
      expect(problems[0]!.path).toBe(path)
      expect(problems[0]!.message).toContain('`' + path.split('.')[0] + '`')
    })
  }

  it('says a number lost precision', () => {
    const [problem] = problemsOf(() => intentUrl({inReplyTo: 2 ** 60}))
    expect(problem!.message).toMatch(/lost precision/)
  })

  it('rejects unknown keys in params and options', () => {
    const problems = problemsOf(() => intentUrl({txt: 'x'} as IntentParams, {fitt: true} as never))
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/`txt`[^]*`fitt`/)
  })

  it('lists every problem at once', () => {
    const problems = problemsOf(() =>
      intentUrl({via: 'no!', url: 'ftp://example.com', hashtags: ['a b']}, {limit: 10, fit: 'yes'} as never)
    )
    expect(problems.map((problem) => problem.path).sort()).toEqual(['fit', 'hashtags.0', 'limit', 'url', 'via'])
  })

  it('rejects a buildUrl that is not a function', () => {
    const [problem] = problemsOf(() => intentUrl({}, {buildUrl: 'https://x.com' as never}))
    expect(problem!.path).toBe('buildUrl')
  })

  it('does not echo a whole document back in an error', () => {
    const [problem] = problemsOf(() => intentUrl({url: 'not a url '.repeat(100)}))
    expect(problem!.message.length).toBeLessThan(200)
  })
})

describe('fit', () => {
  const word = 'word '.repeat(100).trim()

  it('cuts at a word boundary with … as late as the limit allows', () => {
    // twitter-text weighs … (U+2026) as 2: 55 words of 4, 54 spaces and … make 276; 56 words 281.
    const composed = composeIntent({text: word})
    expect(composed.text).toBe('word '.repeat(55).trim() + '…')
    expect(composed.length).toBe(276)
    expect(composed.truncated).toBe(true)
  })

  it('leaves room for the url, hashtags and via', () => {
    // url 23 + ' #tag' 5 + ' via @me' 8 + the space after the text = 37; k words and … weigh
    // 5k + 1, so 5k ≤ 242: k = 48, 278 in all.
    const composed = composeIntent({text: word, url: 'https://example.com/', hashtags: ['tag'], via: 'me'})
    expect(composed.text).toBe('word '.repeat(48).trim() + '…')
    expect(composed.post).toBe(composed.text + ' https://example.com/ #tag via @me')
    expect(composed.length).toBe(278)
  })

  it('produces a valid post to which the next word could not have been added', () => {
    const text =
      'The trouble with writing online is that everything is a draft until somebody quotes it, and then it is ' +
      'forever. So write the sentence you would be happy to see on a billboard, with your name under it, ' +
      'in a font you did not choose, next to an advert for mattresses. Then cut it in half. Then post it.'
    for (const limit of [60, 100, 180, 280]) {
      const params = {text, url: 'https://example.com/post', via: 'tweetstorm'}
      const composed = composeIntent(params, {limit})
      expect(twitter.parseTweet(composed.post, {...v3, maxWeightedTweetLength: limit}).valid).toBe(true)
      const kept = composed.text.slice(0, -1)
      expect(text.startsWith(kept)).toBe(true)
      expect(text[kept.length]).toMatch(/[\s,;:]/)
      // The next whole word, with the same dangling-punctuation rule, would not have fitted.
      const next = /^[,;:]*\s+\S+/.exec(text.slice(kept.length))![0]
      const longer = (kept + next).replace(/[,;:]+$/, '') + '…'
      const longerPost = `${longer} https://example.com/post via @tweetstorm`
      expect(twitter.parseTweet(longerPost, {...v3, maxWeightedTweetLength: limit}).valid).toBe(false)
    }
  })

  it('drops punctuation that would dangle before the …', () => {
    // 'a'×30 + ',' is the first word: 30 + 2 for the …; with the next word it would be 44 > 40.
    const text = 'a'.repeat(30) + ', ' + 'bbbbbbbbbb '.repeat(5)
    expect(composeIntent({text}, {limit: 40}).text).toBe('a'.repeat(30) + '…')
  })

  it('cuts a word that could never fit at a grapheme boundary', () => {
    expect(composeIntent({text: 'x'.repeat(400)}).text).toBe('x'.repeat(278) + '…')
    // CJK weighs 2 like …: 139 characters + … = 280.
    const cjk = '日本語'.repeat(100)
    expect(composeIntent({text: cjk}).text).toBe(cjk.slice(0, 139) + '…')
    // Devanagari clusters are several code points; the cut must fall between clusters.
    const hindi = 'क्षत्रिय'.repeat(60)
    const kept = composeIntent({text: hindi}).text.slice(0, -1)
    const boundaries = new Set([...new Intl.Segmenter('hi', {granularity: 'grapheme'}).segment(hindi)].map((s) => s.index))
    expect(boundaries.has(kept.length)).toBe(true)
    expect(kept.length).toBeGreaterThan(100)
  })

  it('keeps words before a giant token and fills the rest with part of it', () => {
    const composed = composeIntent({text: 'Look: ' + 'z'.repeat(400)})
    // 6 + 272 + 2 for the … = 280.
    expect(composed.text).toBe('Look: ' + 'z'.repeat(272) + '…')
  })

  it('never cuts inside a url', () => {
    // 129 one-letter words: 257 characters, 259 with …; with the url (23) it would be 283.
    const text = 'a '.repeat(129) + 'https://example.com/a/very/long/path/indeed more words after it'
    expect(composeIntent({text}).text).toBe('a '.repeat(129).trim() + '…')
  })

  it('never cuts inside a hashtag or mention inside an over-long word', () => {
    // The em dash weighs 1 and is not a word character, so twitter-text finds the entity at 270;
    // a cut at 278 (the budget left by …) would fall inside it, so the cut moves before it.
    for (const entity of ['#hashtagword', '@someone_else']) {
      const text = '—'.repeat(270) + entity + '—'.repeat(50)
      expect(composeIntent({text}).text).toBe('—'.repeat(270) + '…')
    }
  })

  it('never splits an emoji sequence', () => {
    const family = '👨‍👩‍👧'
    // twemoji counts the whole ZWJ sequence as one emoji of weight 2, so m families fit while
    // pad + 2m + 2 (the …) ≤ 280; with pad 279 even the last x has to go.
    for (let pad = 270; pad < 280; pad++) {
      const text = 'x'.repeat(pad) + family.repeat(10)
      const expected =
        pad <= 278 ? 'x'.repeat(pad) + family.repeat(Math.floor((278 - pad) / 2)) : 'x'.repeat(278)
      expect(composeIntent({text}).text).toBe(expected + '…')
    }
  })

  it('cuts even a single grapheme heavier than the limit rather than throw', () => {
    // One cluster: a letter under 299 combining acutes (weight 1 each), 300 in all.
    const text = 'a' + '\u0301'.repeat(299)
    const composed = composeIntent({text})
    expect(composed.valid).toBe(true)
    expect(composed.text).toBe(text.normalize('NFC').slice(0, 278) + '…')
  })

  it('does nothing with fit: false', () => {
    const composed = composeIntent({text: word}, {fit: false})
    expect(composed.text).toBe(word)
    expect(composed.truncated).toBe(false)
    expect(composed.valid).toBe(false)
    expect(composed.length).toBe(499)
  })

  it('respects the limit option', () => {
    const composed = composeIntent({text: word}, {limit: 100})
    // 5k + 1 ≤ 100: k = 19.
    expect(composed.length).toBe(96)
    expect(composed.text).toBe('word '.repeat(19).trim() + '…')
  })

  it('throws when hashtags leave no room for the text', () => {
    const hashtags = Array.from({length: 60}, (_, index) => 'tag' + index)
    const problems = problemsOf(() => intentUrl({text: 'hi', url: 'https://example.com', hashtags}))
    expect(problems).toHaveLength(1)
    expect(problems[0]!.path).toBe('hashtags')
    expect(problems[0]!.message).toMatch(/hashtags \d+/)
    expect(problems[0]!.message).toMatch(/280/)
    // Without text the post can still be too long.
    expect(() => intentUrl({hashtags})).toThrow(OptionsError)
    // fit: false reports instead of throwing.
    expect(composeIntent({text: 'hi', hashtags}, {fit: false}).valid).toBe(false)
  })

  it('counts only O(log n) candidates, not one per word or character', () => {
    const spy = vi.spyOn(xCounter, 'count')
    const huge = 'lorem ipsum dolor sit amet '.repeat(8000)
    const composed = composeIntent({text: huge, url: 'https://example.com/'})
    expect(composed.truncated).toBe(true)
    expect(spy.mock.calls.length).toBeLessThan(30)
    spy.mockClear()
    composeIntent({text: '語'.repeat(100_000)})
    expect(spy.mock.calls.length).toBeLessThan(40)
  })
})

describe('normalizeShareText', () => {
  it('trims, collapses spaces and keeps newlines', () => {
    expect(normalizeShareText('  a  b \t c \r\n  d \n')).toBe('a b c\nd')
    expect(normalizeShareText('one\n\ntwo')).toBe('one\n\ntwo')
  })

  it('replaces lone surrogates and drops characters X refuses', () => {
    expect(normalizeShareText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc')
    expect(normalizeShareText('\uFEFFhi\uFFFF')).toBe('hi')
    expect(normalizeShareText('e\u0301')).toBe('\u00e9')
  })
})

describe('buildUrl', () => {
  it('defaultBuildUrl encodes with URLSearchParams in a fixed order', () => {
    expect(defaultBuildUrl({text: 'a & b', hashtags: ['x', 'y']})).toBe(
      'https://x.com/intent/tweet?text=a+%26+b&hashtags=x%2Cy'
    )
    expect(defaultBuildUrl({via: 'me', url: 'https://e.com/'})).toBe(
      'https://x.com/intent/tweet?url=https%3A%2F%2Fe.com%2F&via=me'
    )
  })

  it('hands the hook validated, fitted params and returns what it builds', () => {
    const seen: IntentParams[] = []
    const href = intentUrl(
      {text: 'word '.repeat(100), via: '@me', hashtags: ['#tag']},
      {
        buildUrl(params) {
          seen.push(params)
          return defaultBuildUrl(params).replace('https://x.com/', 'https://twitter.com/')
        }
      }
    )
    expect(href.startsWith('https://twitter.com/intent/tweet?text=')).toBe(true)
    expect(seen).toHaveLength(1)
    expect(seen[0]!.via).toBe('me')
    expect(seen[0]!.hashtags).toEqual(['tag'])
    expect(seen[0]!.text!.endsWith('…')).toBe(true)
    expect(decode(href).text).toBe(seen[0]!.text)
  })

  it('refuses a hook that returns something other than a string', () => {
    expect(() => intentUrl({text: 'x'}, {buildUrl: () => false as never})).toThrow(/expected a string/)
  })
})
