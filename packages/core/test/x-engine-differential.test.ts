// Differential fuzzing of core's X engine against twitter-text, the reference: the weighted length and
// validity of parseTweet (config v3), the URLs of extractUrlsWithIndices, the mentions, hashtags and
// cashtags of their extractors, and twemoji-parser's emoji. In CI a bounded number of cases with the
// fixed seed (setup-fast-check.ts); `pnpm fuzz` runs ENGINE_FUZZ_RUNS (default 1,000,000) with a fresh seed.
import fc from 'fast-check'
import twemoji from 'twemoji-parser'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {cashtagSpans, emojiSpans, extractUrls, hashtagSpans, linkedEntities, mentionSpans, weightedLength, xAtoms, xEntities} from '../src/x-engine/index.js'

const v3 = twitter.configs.version3
const runs = Number(process.env.ENGINE_FUZZ_RUNS ?? 400)

// Pieces of what makes twitter-text's answers depend on context: URL parts with and without scheme, ASCII,
// IDN and punycode TLDs, label breakers, path, query and port characters, t.co slugs, long CJK runs before
// a domain, emoji sequences (ZWJ, flags, keycaps, VS16, skin tones), entity marks, NFC-changing marks,
// invalid and directional characters, lone surrogates.
const piece = fc.constantFrom(
  'a', 'b', 'x', 'Z', 'n', 'com', 'co', 'jp', 'org', 'ly', '1', '42', '.', '..', '-', '_', '/', ':', '?', '#', '@', '$', '&', '=', '%',
  '~', '|', '+', '*', ',', ';', '!', "'", '"', '(', ')', '[', ']', '{', '}', '<', '>', '\\', '^', '`', '–', '…',
  ' ', ' ', ' ', '\n', '\t', '\u3000', '\u00a0', '\u2007', '\u202f', '\u0085',
  'https://', 'http://', 'HTTP://', 'https:/', 'www.', 'example', 'example.com', '.com', '.co.jp', '.jp', '.org/', '.ly',
  '.中国', '.みんな', '.рф', '.онлайн', 'vermögensberatung', '.xn--p1ai', 'xn--', 'xn--80ak6aa92e', 't.co/', 't.co/abc',
  'T.CO/x1', '/path', '/a_b', '/(x)', '(a(b)c)', '/x.', '?q=1', '?a=b&c=', '#frag', ':8080', ':x', '@user', '@a/list',
  '＠', 'RT', '#tag', '＃タグ', '#1', '$TSLA', '$a.b', '$', 'é', 'ü', 'ö', 'Ā', 'д', 'ĳ', 'ſ', 'K', '\u212a',
  '東', '日本語', 'これは', 'の', '。', '、', '한국', '中国', 'みんな', '\u0301', 'e\u0301', 'A\u030a', '\u0344',
  '😀', '👍🏽', '👨‍👩‍👧', '🏳️‍🌈', '🇯🇵', '🇫', '#️⃣', '1️⃣', '*\u20e3', '❤️', '❤', '©', '©️', '®', '™', '\ufe0f', '\ufe0e', '\u200d', '\u20e3',
  '\ufffe', '\ufeff', '\uffff', '\u200e', '\u202a', '\u2066', '\ud83d', '\ude00', '\u0001', '\u007f'
)
const longRun = fc
  .tuple(fc.constantFrom('東', 'a', 'か', 'é', '😀', 'x-', '中国', 'ab.', '-', '1'), fc.integer({min: 20, max: 80}))
  .map(([part, times]) => part.repeat(times))
const text = fc
  .array(fc.oneof({weight: 12, arbitrary: piece}, {weight: 1, arbitrary: longRun}, {weight: 1, arbitrary: fc.string({maxLength: 4})},
    {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 3})}), {
    maxLength: 40
  })
  .map((parts) => parts.join(''))

const referenceUrls = (input: string) => twitter.extractUrlsWithIndices(input).map((url) => [url.indices[0], url.indices[1], url.url.length])
const spans = (found: Array<{indices: [number, number]}>) => found.map((entity) => entity.indices)

/** Every way the engine can disagree with the reference, on one text; [] when it agrees. */
export function disagreements(input: string): string[] {
  const problems: string[] = []
  const reference = twitter.parseTweet(input, v3)
  const counted = weightedLength(input)
  if (counted.weighted !== reference.weightedLength) problems.push(`weightedLength ${counted.weighted} ≠ ${reference.weightedLength}`)
  const valid = counted.valid && counted.weighted > 0 && counted.weighted <= v3.maxWeightedTweetLength
  if (valid !== reference.valid) problems.push(`valid ${valid} ≠ ${reference.valid}`)
  const nfc = input.normalize('NFC')
  for (const form of nfc === input ? [input] : [input, nfc]) {
    const ours = JSON.stringify(extractUrls(form).map((url) => [url.start, url.end, url.length]))
    const theirs = JSON.stringify(referenceUrls(form))
    if (ours !== theirs) problems.push(`urls ${ours} ≠ ${theirs}`)
  }
  const pairs: Array<[string, unknown, unknown]> = [
    ['emoji', emojiSpans(input).map((span) => [span.start, span.end]), spans(twemoji.parse(input))],
    ['mentions', mentionSpans(input), spans(twitter.extractMentionsOrListsWithIndices(input))],
    ['hashtags', hashtagSpans(input), spans(twitter.extractHashtagsWithIndices(input))],
    ['cashtags', cashtagSpans(input), spans(twitter.extractCashtagsWithIndices(input))],
    ['entities', linkedEntities(input).map((entity) => [entity.start, entity.end]), spans(twitter.extractEntitiesWithIndices(input))]
  ]
  for (const [name, ours, theirs] of pairs) {
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) problems.push(`${name} ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`)
  }
  let atoms = 0
  let at = 0
  for (const atom of xAtoms(nfc)) {
    if (atom.start !== at) problems.push(`atom gap at ${at}`)
    at = atom.end
    atoms += atom.weight
  }
  if (at !== nfc.length) problems.push(`atoms end at ${at} of ${nfc.length}`)
  if (atoms !== twitter.parseTweet(nfc, v3).weightedLength) problems.push(`atoms weigh ${atoms}`)
  return problems
}

describe('x engine against twitter-text (differential fuzz)', () => {
  it(`agrees on weight, validity, URLs, entities, emoji and atoms (${runs} cases)`, () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(disagreements(input)).toEqual([])
      }),
      {numRuns: runs}
    )
  })

  it('agrees on texts built around one domain (URL recognition in context)', () => {
    const around = fc.tuple(fc.array(piece, {maxLength: 6}), longRun, fc.constantFrom('example.com', 'https://example.com/a', 'x.jp/p?q=1', 'xn--p1ai.com'), fc.array(piece, {maxLength: 6}))
    fc.assert(
      fc.property(around, ([before, runOf, domain, after]) => {
        expect(disagreements(before.join('') + runOf + domain + after.join(''))).toEqual([])
      }),
      {numRuns: Math.max(50, Math.floor(runs / 4))}
    )
  })

  it('xEntities is the sorted union of the four extractors', () => {
    const word = '@user/list#tag$TSLA http://a.com#x ＃タグ'
    expect(xEntities(word)).toEqual(
      [
        ...referenceUrls(word).map(([start, end]) => [start, end]),
        ...spans(twitter.extractMentionsOrListsWithIndices(word)),
        ...spans(twitter.extractHashtagsWithIndices(word)),
        ...spans(twitter.extractCashtagsWithIndices(word))
      ].sort((a, b) => (a[0] as number) - (b[0] as number))
    )
  })
})
