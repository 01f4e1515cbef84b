import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {domainToASCII} from 'node:url'
import twemojiExpression from 'twemoji-parser/dist/lib/regex.js'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import * as engine from '../src/x-engine/index.js'
import {emojiSource} from '../src/x-engine/emoji.js'
import {entitySources, letterClasses} from '../src/x-engine/entities.js'
import {toAsciiLength} from '../src/x-engine/punycode.js'

const {extractUrls, weightedLength, xAtoms, xEntities, unitWeight} = engine
const v3 = twitter.configs.version3
const urlsOf = (text: string) => extractUrls(text).map((url) => [url.start, url.end])
const referenceUrls = (text: string) => twitter.extractUrlsWithIndices(text).map((url) => url.indices)

describe('x engine', () => {
  it('exposes the public API', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'cashtagSpans',
      'emojiSpans',
      'extractUrls',
      'hashtagSpans',
      'isTld',
      'isValidHashtag',
      'linkedEntities',
      'mentionSpans',
      'unitWeight',
      'weightedLength',
      'xAtoms',
      'xEntities'
    ])
  })

  it('weighs with config v3: Latin 1, CJK 2, emoji sequences 2, URLs 23', () => {
    expect(weightedLength('Hello').weighted).toBe(5)
    expect(weightedLength('東京').weighted).toBe(4)
    expect(weightedLength('👨‍👩‍👧 🇯🇵 1️⃣ 👍🏽').weighted).toBe(2 + 1 + 2 + 1 + 2 + 1 + 2)
    expect(weightedLength('see https://example.com/a/b?c=d and example.org').weighted).toBe(4 + 23 + 5 + 23)
    expect(weightedLength('')).toEqual({weighted: 0, valid: true})
  })

  it('counts after NFC, as parseTweet does', () => {
    // e + combining acute is one code point after NFC.
    expect(weightedLength('e\u0301').weighted).toBe(1)
  })

  it('flags the characters parseTweet refuses', () => {
    expect(weightedLength('a\ufffe').valid).toBe(false)
    expect(weightedLength('a\ufeffb').valid).toBe(false)
    expect(weightedLength('abc').valid).toBe(true)
  })

  it('gives unitWeight by code unit, astral halves at the default', () => {
    expect(unitWeight(0x41)).toBe(100)
    expect(unitWeight(0x2010)).toBe(100)
    expect(unitWeight(0x3042)).toBe(200)
    expect(unitWeight(0xdc00)).toBe(200)
  })

  it('makes atoms that cover a word and weigh what it weighs', () => {
    const word = 'x.com/a東👍🏽'
    const atoms = xAtoms(word)
    expect(atoms.map((atom) => word.slice(atom.start, atom.end))).toEqual(['x.com/a', '東', '👍🏽'])
    expect(atoms.map((atom) => atom.weight)).toEqual([23, 2, 2])
  })

  it('refuses a URL after ~50 CJK characters in the same run, as twitter-text does', () => {
    const short = '東'.repeat(10) + 'example.com'
    const long = '東'.repeat(60) + 'example.com'
    expect(urlsOf(short)).toEqual([[10, 21]])
    expect(urlsOf(long)).toEqual([])
    expect(referenceUrls(long)).toEqual([])
    expect(weightedLength(long).weighted).toBe(120 + 11)
  })

  it('keeps t.co links to their slug and refuses slugs over 40 characters', () => {
    expect(urlsOf('https://t.co/abc/more')).toEqual([[0, 16]])
    expect(urlsOf(`https://t.co/${'a'.repeat(41)}`)).toEqual([])
  })

  it('drops trailing punctuation and keeps balanced parentheses', () => {
    expect(urlsOf('(see https://en.wikipedia.org/wiki/Foo_(bar)).')).toEqual([[5, 44]])
    expect(urlsOf('go to example.com/path.')).toEqual([[6, 22]])
  })

  it('extracts URLs without protocol only after an allowed character', () => {
    // `_`, `-`, `.` and `/` may not precede one; a space may.
    for (const text of ['x_example.com', '/example.com', 'x-.example.com']) {
      expect(urlsOf(text), text).toEqual([])
      expect(referenceUrls(text), text).toEqual([])
    }
    expect(urlsOf('a example.com')).toEqual([[2, 13]])
    expect(urlsOf('a-example.com')).toEqual([[0, 13]]) // one label
  })

  it("knows exactly twitter-text's TLDs (gTLD and ccTLD lists), case-insensitively", () => {
    // The alternatives of twitter-text's own expressions, which Bluesky's bare-domain check relies on.
    const alternatives = [twitter.regexen.validGTLD, twitter.regexen.validCCTLD].flatMap((expression) =>
      expression.source.replace(/^\(\?:\(\?:/, '').replace(/\)\(\?=[\s\S]*$/, '').split('|')
    )
    expect(alternatives.length).toBeGreaterThan(1500)
    for (const tld of alternatives) {
      expect(engine.isTld(tld), tld).toBe(true)
      expect(engine.isTld(tld.toUpperCase()), tld).toBe(true)
    }
    expect(['com', 'dev', 'jp', 'みんな', 'vermögensberatung'].every(engine.isTld)).toBe(true)
    for (const name of ['', 'example', 'co.uk', 'xn--', 'comm', '.com']) expect(engine.isTld(name), name).toBe(false)
  })

  it('unpacks the non-ASCII TLDs to exactly their code points', () => {
    // data.ts ships them as distances between code points: one off would still be a plausible name.
    const alternatives = new Set(
      [twitter.regexen.validGTLD, twitter.regexen.validCCTLD].flatMap((expression) =>
        expression.source.replace(/^\(\?:\(\?:/, '').replace(/\)\(\?=[\s\S]*$/, '').split('|')
      )
    )
    const others = [...alternatives].filter((tld) => /[^\x00-\x7f]/.test(tld))
    // A neighbour may be the same name in the other case (қаз, Қаз), which the TLD expressions accept.
    const upper = new Set([...alternatives].map((tld) => tld.toUpperCase()))
    expect(others.length).toBeGreaterThan(150)
    for (const tld of others) {
      const points = [...tld].map((char) => char.codePointAt(0) as number)
      for (const [index, shift] of [[0, 1], [0, -1], [points.length - 1, 1], [points.length - 1, -1]] as const) {
        const near = String.fromCodePoint(...points.map((point, at) => (at === index ? point + shift : point)))
        if (!upper.has(near.toUpperCase())) expect(engine.isTld(near), `${tld} → ${near}`).toBe(false)
      }
    }
  })

  it("unpacks twemoji-parser's emoji expression exactly", () => {
    expect(emojiSource()).toBe(twemojiExpression.source)
  })

  it('is linear: a 20,000-letter punycode label before CJK (2 s in twitter-text)', () => {
    const text = `xn--${'a'.repeat(20000)}東.com`
    expect(extractUrls(text)).toEqual([])
    expect(weightedLength(text).weighted).toBe(4 + 20000 + 2 + 4)
  })

  it('is linear: 20,000 CJK characters then a URL (6.9 s in parseTweet)', () => {
    const text = `${'東'.repeat(20000)} https://example.com/`
    expect(urlsOf(text)).toEqual([[20001, 20021]])
    expect(weightedLength(text).weighted).toBe(40000 + 1 + 23)
  })

  it('agrees with parseTweet on the hostile inputs at a size twitter-text can take', () => {
    for (const text of [
      `xn--${'a'.repeat(500)}東.com`,
      `${'東'.repeat(500)} https://example.com/`,
      `${'東'.repeat(500)}example.com`,
      'a.'.repeat(500),
      '.'.repeat(1000),
      `${'a'.repeat(300)}.com`,
      `http://${'a.'.repeat(300)}com/${'(x)'.repeat(100)}`
    ]) {
      expect(weightedLength(text).weighted).toBe(twitter.parseTweet(text, v3).weightedLength)
      expect(urlsOf(text)).toEqual(referenceUrls(text))
    }
  })

  it('finds mentions, lists, hashtags and cashtags as twitter-text does', () => {
    const word = 'RT@user/list #tag $TSLA #tag.com http://a.com#x ＃タグ'
    expect(xEntities(word)).toEqual(
      [
        ...referenceUrls(word),
        ...twitter.extractMentionsOrListsWithIndices(word).map((found) => found.indices),
        ...twitter.extractHashtagsWithIndices(word).map((found) => found.indices),
        ...twitter.extractCashtagsWithIndices(word).map((found) => found.indices)
      ].sort((a, b) => a[0] - b[0])
    )
    expect(xEntities(word).length).toBe(6)
  })

  it('lists the entities X links as extractEntitiesWithIndices does', () => {
    for (const text of ['Read https://example.com #writing', '@a/b #c $D http://x.com#y ＃タグ', '#a.com @b.com', 'x $AB.C https://t.co/abc#d']) {
      expect(
        engine.linkedEntities(text).map((entity) => [entity.start, entity.end]),
        text
      ).toEqual(twitter.extractEntitiesWithIndices(text).map((entity) => entity.indices))
    }
    expect(engine.linkedEntities('Read https://example.com #writing').map((entity) => entity.kind)).toEqual(['url', 'hashtag'])
  })

  it('validates a hashtag as twitter-text does', () => {
    for (const tag of ['#tag', '#日本語', '#123', '#a_b', '#a b', '#a#b', '#', '', '#tag.com', '＃タグ', '#x😀', '#café']) {
      expect(engine.isValidHashtag(tag), tag).toBe(twitter.isValidHashtag(tag))
    }
  })

  it('assembles the same entity expressions twitter-text uses', () => {
    const sources = entitySources()
    expect(sources.mention).toBe(twitter.regexen.validMentionOrList.source)
    expect(sources.cashtag).toBe(twitter.regexen.validCashtag.source)
    // The hashtag expression is twitter-text's with its letter classes rebuilt from packed ranges: the same
    // template (the generator checks it gives twitter-text's source back), and classes that match the same.
    const classes = letterClasses()
    let template = sources.hashtag
    for (const name of ['bmpLetterAndMarks', 'bmpNumerals', 'astralLetterAndMarks', 'astralNumerals'] as const) {
      template = template.split(classes[name] as string).join(twitter.regexen[name].source)
    }
    expect(template).toBe(twitter.regexen.validHashtag.source)
  })

  it('rebuilds letter classes that match exactly the code units twitter-text matches', () => {
    const classes = letterClasses()
    for (const name of ['bmpLetterAndMarks', 'bmpNumerals'] as const) {
      const ours = new RegExp(`^[${classes[name]}]$`)
      const theirs = new RegExp(`^[${twitter.regexen[name].source}]$`)
      let differ = 0
      for (let code = 0; code < 0x10000; code++) {
        const char = String.fromCharCode(code)
        if (ours.test(char) !== theirs.test(char)) differ++
      }
      expect(differ, name).toBe(0)
    }
    for (const name of ['astralLetterAndMarks', 'astralNumerals'] as const) {
      const ours = new RegExp(`^(?:${classes[name]})$`)
      const theirs = new RegExp(`^(?:${twitter.regexen[name].source})$`)
      let differ = 0
      for (let point = 0x10000; point <= 0x10ffff; point++) {
        const char = String.fromCodePoint(point)
        if (ours.test(char) !== theirs.test(char)) differ++
      }
      expect(differ, name).toBe(0)
    }
  })

  it('computes punycode lengths as Node does', () => {
    for (const label of ['東京', 'münchen', 'a-b', 'ÿ', '😀x', 'é'.repeat(30), '日本語。ドメイン', 'bücher．de', '\u0001ab']) {
      const expected = label
        .split(/[.\u3002\uff0e\uff61]/u)
        .map((part) => (/[^\0-\x7f]/u.test(part) ? `xn--${domainToASCII(`${part}.x`).slice(4, -2)}` : part))
        .join('.').length
      expect(toAsciiLength(label, 0, label.length, 1000), label).toBe(expected)
    }
    expect(toAsciiLength('東'.repeat(100), 0, 100, 63)).toBe(64)
  })
})

describe('x engine: twitter-text conformance suite', () => {
  const suite = parse(readFileSync(new URL('fixtures/twitter-text/validate.yml', import.meta.url), 'utf8')) as {
    tests: Record<string, Array<{text: string; expected: unknown}>>
  }
  const counterSections = ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest']
  const texts = Object.values(suite.tests).flatMap((cases) => cases.map((testCase) => testCase.text))

  it('loads all 97 cases of validate.yml', () => {
    expect(texts.length).toBe(97)
  })

  for (const name of counterSections) {
    for (const testCase of suite.tests[name] ?? []) {
      it(`${name}: ${(testCase as {description?: string}).description} → the suite's count`, () => {
        const expected = testCase.expected as {weightedLength: number; valid: boolean}
        const counted = weightedLength(testCase.text)
        expect(counted.weighted).toBe(expected.weightedLength)
        expect(counted.valid && counted.weighted > 0 && counted.weighted <= 280).toBe(expected.valid)
      })
    }
  }

  it('equals parseTweet (v3) and extractUrlsWithIndices on every text of the suite', () => {
    for (const text of texts) {
      expect(weightedLength(text).weighted, text).toBe(twitter.parseTweet(text, v3).weightedLength)
      expect(urlsOf(text), text).toEqual(referenceUrls(text))
      expect(urlsOf(text.normalize('NFC')), text).toEqual(referenceUrls(text.normalize('NFC')))
    }
  })
})

describe('x engine data', () => {
  it('is what scripts/generate-x-data.js generates from the installed twitter-text and twemoji-parser', () => {
    const generated = execFileSync(process.execPath, ['scripts/generate-x-data.js', '--stdout'], {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8'
    })
    expect(generated).toBe(readFileSync(new URL('../src/x-engine/data.ts', import.meta.url), 'utf8'))
  })
})
