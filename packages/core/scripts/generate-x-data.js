// Generates src/x-engine/data.ts, the data core's X engine counts with, from the installed reference
// packages: twitter-text (weights of config v3, the TLD lists, the character classes of its URL, mention,
// hashtag and cashtag expressions) and twemoji-parser (the emoji expression parseTweet counts with).
//
//   node scripts/generate-x-data.js           write src/x-engine/data.ts
//   node scripts/generate-x-data.js --stdout  print it instead (test/x-engine-data.test.ts compares)
//
// The output is committed: build, typecheck, tests and bundlers then need no step before them, and the data
// changes only when the pinned devDependencies do (the test fails until this script is re-run).
//
// The engine re-implements twitter-text's URL expression as a linear scan written for one exact shape of
// that expression. So this script does not only copy data: it checks that each expression twitter-text
// uses still has the shape the engine was written for, and refuses to generate otherwise.
import {writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'

const require = createRequire(import.meta.url)
const twitter = require('twitter-text')
const twemojiRegex = require('twemoji-parser/dist/lib/regex.js').default
const twitterVersion = require('twitter-text/package.json').version
const twemojiVersion = require('twemoji-parser/package.json').version

const r = twitter.regexen
const fail = (message) => {
  throw new Error(`generate-x-data: ${message}; the engine in src/x-engine was written for twitter-text 3.1.0`)
}
const expect = (name, actual, expected) => {
  if (actual !== expected) fail(`${name} changed shape:\n  got      ${actual}\n  expected ${expected}`)
}

// --- Weights (config v3) ------------------------------------------------------------------------------
const v3 = twitter.configs.version3
const config = {
  scale: v3.scale,
  defaultWeight: v3.defaultWeight,
  transformedURLLength: v3.transformedURLLength,
  maxWeightedTweetLength: v3.maxWeightedTweetLength,
  // start, end, weight, flattened
  ranges: v3.ranges.flatMap((range) => [range.start, range.end, range.weight])
}
if (!v3.emojiParsingEnabled) fail('config v3 no longer parses emoji')

// --- Packed numbers -------------------------------------------------------------------------------------
// Lists of whole numbers ship as base-64 digits, 5 bits each, least significant first, with 32 added to
// every digit but a number's last (x-engine/packed.ts reads them). Dense, no separators, and gzip finds
// the repeats in them better than in base-36 text with commas.
const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
function packNumbers(numbers) {
  let out = ''
  for (let number of numbers) {
    if (!Number.isInteger(number) || number < 0) fail(`cannot pack ${number}`)
    do {
      const digit = number % 32
      number = Math.floor(number / 32)
      out += base64[number > 0 ? digit + 32 : digit]
    } while (number > 0)
  }
  return out
}
// Signed numbers as unsigned: 0, -1, 1, -2 … as 0, 1, 2, 3 …
const zigzag = (number) => (number < 0 ? -2 * number - 1 : 2 * number)

// --- TLDs ---------------------------------------------------------------------------------------------
const lookahead = '(?=[^0-9a-zA-Z@+-]|$)'
function tldList(regex, name) {
  const match = /^\(\?:\(\?:(.*)\)\(\?=\[\^0-9a-zA-Z@\+-\]\|\$\)\)$/su.exec(regex.source)
  if (!match) fail(`${name} is no longer one alternation followed by ${lookahead}`)
  const list = match[1].split('|')
  for (const tld of list) {
    if (tld === '' || /[^0-9a-zA-Z\u0080-\uffff]/u.test(tld)) fail(`${name} holds an unexpected TLD ${JSON.stringify(tld)}`)
  }
  return list
}
const gtlds = tldList(r.validGTLD, 'validGTLD')
const cctlds = tldList(r.validCCTLD, 'validCCTLD')
expect('validPunycode', r.validPunycode.source, '(?:xn--[\\-0-9a-z]+)')

// The regex takes the first TLD of `gTLD | ccTLD` (list order) that matches and passes the lookahead. The
// engine takes the longest instead, so check that no shorter TLD ever comes first: whenever one TLD is a
// prefix of another (compared as the case-insensitive regex compares, code unit by code unit) and the
// character after the prefix passes the lookahead, the longer one must come first.
const canonical = (text) => {
  let out = ''
  for (const char of text) {
    const upper = char.toUpperCase()
    // ES Canonicalize without `u`: a single code unit, and never non-ASCII to ASCII.
    out += upper.length === 1 && !(char.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? upper : char
  }
  return out
}
const ordered = [...gtlds, ...cctlds].map(canonical)
const rank = new Map()
ordered.forEach((tld, index) => {
  if (!rank.has(tld)) rank.set(tld, index)
})
for (const [tld, index] of rank) {
  for (let length = 1; length < tld.length; length++) {
    const prefix = tld.slice(0, length)
    if (!rank.has(prefix) || /[0-9a-zA-Z@+-]/u.test(tld[length])) continue
    if (rank.get(prefix) < index) fail(`TLD ${prefix} comes before ${tld}: the longest match is not the regex's match`)
  }
}
if ([...rank.keys()].some((tld) => tld.startsWith('XN--'))) fail('a TLD starts with xn--')
const tlds = [...new Set([...gtlds, ...cctlds])].sort()
// Front coding of the ASCII TLDs, sorted: each one is the length of the prefix it shares with the one
// before as a capital letter (A = 0), then the rest. A third smaller than the plain list once gzipped.
const asciiTlds = tlds.filter((tld) => /^[a-z0-9]+$/u.test(tld))
let packedTlds = ''
let previous = ''
for (const tld of asciiTlds) {
  let shared = 0
  while (shared < Math.min(previous.length, tld.length, 25) && previous[shared] === tld[shared]) shared++
  packedTlds += String.fromCharCode(65 + shared) + tld.slice(shared)
  previous = tld
}
// The others (IDN TLDs, `vermögensberatung`), sorted, one word each, space-separated: the first code point
// as its distance from the first code point of the TLD before, each other one as its distance from the
// first (both signed). A bundler writes non-ASCII text as `\uXXXX` escapes; these small numbers in
// ASCII gzip to about a third less.
let otherTlds = ''
let previousFirst = 0
for (const tld of tlds.filter((tld) => !/^[a-z0-9]+$/u.test(tld))) {
  const points = [...tld].map((char) => char.codePointAt(0))
  const first = points[0]
  otherTlds += `${otherTlds ? ' ' : ''}${packNumbers([zigzag(first - previousFirst), ...points.slice(1).map((point) => zigzag(point - first))])}`
  previousFirst = first
}

// --- Character classes of the URL expression -------------------------------------------------------------
const latin = r.latinAccentChars.source
const cyrillic = r.cyrillicLettersAndMarks.source
const pathChars = r.validGeneralUrlPathChars.source
expect('validGeneralUrlPathChars', pathChars, `[a-z${cyrillic}0-9!\\*';:=\\+,\\.\\$\\/%#\\[\\]\\-\\u2013_~@\\|&${latin}]`)
const parens = `\\((?:${pathChars}+|(?:${pathChars}*\\(${pathChars}+\\)${pathChars}*))\\)`
expect('validUrlBalancedParens', r.validUrlBalancedParens.source, parens)
const pathEndingClass = `[\\+\\-a-z${cyrillic}0-9=_#\\/${latin}]`
expect('validUrlPathEndingChars', r.validUrlPathEndingChars.source, `${pathEndingClass}|(?:${parens})`)
expect(
  'validUrlPath',
  r.validUrlPath.source,
  `(?:(?:${pathChars}*(?:${parens}${pathChars}*)*${r.validUrlPathEndingChars.source})|(?:@${pathChars}+\\/))`
)
const queryChars = r.validUrlQueryChars.source
const queryEndingChars = r.validUrlQueryEndingChars.source
const domainChars = r.validDomainChars.source
const precedingChars = r.validUrlPrecedingChars.source
expect('validSubdomain', r.validSubdomain.source, `(?:(?:${domainChars}(?:[_-]|${domainChars})*)?${domainChars}\\.)`)
expect('validDomainName', r.validDomainName.source, `(?:(?:${domainChars}(?:-|${domainChars})*)?${domainChars}\\.)`)
const tldAlternatives = `(?:${r.validGTLD.source}|${r.validCCTLD.source}|${r.validPunycode.source})`
expect('validDomain', r.validDomain.source, `(?:${r.validSubdomain.source}*${r.validDomainName.source}${tldAlternatives})`)
expect(
  'extractUrl',
  r.extractUrl.source,
  `((${precedingChars})((https?:\\/\\/)?(${r.validDomain.source})(?::(${r.validPortNumber.source}))?(\\/${r.validUrlPath.source}*)?(\\?${queryChars}*${queryEndingChars})?))`
)
expect('validPortNumber', r.validPortNumber.source, '[0-9]+')
const asciiLabelClass = `[\\-a-z0-9${latin}]`
expect('validAsciiDomain', r.validAsciiDomain.source, `(?:(?:${asciiLabelClass}+)\\.)+${tldAlternatives}`)
expect('invalidUrlWithoutProtocolPrecedingChars', r.invalidUrlWithoutProtocolPrecedingChars.source, '[-_.\\/]$')
expect('validTcoUrl', r.validTcoUrl.source, `^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:\\?${queryChars}*${queryEndingChars})?`)
for (const [name, flags] of [
  ['extractUrl', 'gi'],
  ['validAsciiDomain', 'gi'],
  ['validTcoUrl', 'i'],
  ['validGeneralUrlPathChars', 'i'],
  ['validUrlQueryChars', 'i'],
  ['validUrlQueryEndingChars', 'i'],
  ['validMentionOrList', 'g'],
  ['validHashtag', 'gi'],
  ['validCashtag', 'gi']
]) {
  expect(`${name} flags`, r[name].flags, flags)
}

// --- Mentions, hashtags, cashtags ------------------------------------------------------------------------
// Their expressions run as they are (bounded quantifiers, or one unbounded run per `#`); the hashtag one
// repeats four large letter classes, so it ships as a template and is assembled once (x-engine/entities.ts).
const letterPieces = {
  bmpLetterAndMarks: r.bmpLetterAndMarks.source,
  bmpNumerals: r.bmpNumerals.source,
  astralLetterAndMarks: r.astralLetterAndMarks.source,
  astralNumerals: r.astralNumerals.source,
  nonBmpCodePairs: r.nonBmpCodePairs.source,
  hashtagSpecialChars: r.hashtagSpecialChars.source
}
// The four letter and numeral classes ship as ranges (half the size of their `\uXXXX` sources once
// gzipped); x-engine/entities.ts rebuilds equivalent sources, and a test checks they match the same text.
// A range list is packed numbers, two per range: its start counted from the end of the range before, and
// its length less one. BMP classes are code-unit ranges from 0; astral ones (alternations of
// `high[lows]`) are code-point ranges from 0x10000, which the engine turns back into surrogate pairs.
function rangesOf(test, from, to) {
  const ranges = []
  let start = -1
  for (let code = from; code <= to + 1; code++) {
    const inside = code <= to && test(code)
    if (inside && start < 0) start = code
    if (!inside && start >= 0) {
      ranges.push([start, code - 1])
      start = -1
    }
  }
  return ranges
}
function packRanges(ranges, origin) {
  let previous = origin
  return packNumbers(
    ranges.flatMap(([start, end]) => {
      const pair = [start - previous, end - start]
      previous = end
      return pair
    })
  )
}
const packBmp = (source) => {
  const test = new RegExp(`^[${source}]$`)
  return packRanges(rangesOf((code) => test.test(String.fromCharCode(code)), 0, 0xffff), 0)
}
const packAstral = (source) => {
  const test = new RegExp(`^(?:${source})$`)
  // Only pairs: the alternation never matches a lone surrogate (checked here).
  for (let code = 0xd800; code <= 0xdfff; code++) {
    if (test.test(String.fromCharCode(code))) fail(`${source.slice(0, 40)}… matches a lone surrogate`)
  }
  return packRanges(rangesOf((point) => test.test(String.fromCodePoint(point)), 0x10000, 0x10ffff), 0x10000)
}
const packedLetters = {
  bmpLetterAndMarks: packBmp(r.bmpLetterAndMarks.source),
  bmpNumerals: packBmp(r.bmpNumerals.source),
  astralLetterAndMarks: packAstral(r.astralLetterAndMarks.source),
  astralNumerals: packAstral(r.astralNumerals.source)
}
let hashtagTemplate = r.validHashtag.source
for (const [name, source] of Object.entries(letterPieces).sort((a, b) => b[1].length - a[1].length)) {
  hashtagTemplate = hashtagTemplate.split(source).join(`#{${name}}`)
}
const supplant = (template, pieces) => template.replace(/#\{(\w+)\}/gu, (_, name) => pieces[name])
expect('validHashtag (re-assembled)', supplant(hashtagTemplate, letterPieces), r.validHashtag.source)

// --- Emoji ---------------------------------------------------------------------------------------------
if (twemojiRegex.flags !== 'g') fail('the twemoji expression is no longer global only')
// Bounded matches are what keep the emoji pass linear: no `*`, `+` or `{n,}` outside a class.
if (/(?<!\\)[*+]|\{\d+,\}/u.test(twemojiRegex.source.replace(/\[(?:\\.|[^\]\\])*\]/gu, ''))) {
  fail('the twemoji expression has an unbounded quantifier')
}

// Written without its `\u`s: every `\uXXXX` becomes its four hex digits and a literal character that
// could be read as one (the `0` and `9` of `[#*0-9]`) gets a `'` before it. A third smaller gzipped;
// x-engine/emoji.ts puts the `\u`s back, and the decoding below must give the source back exactly.
if (/'|\\[^u]/u.test(twemojiRegex.source)) fail("the twemoji expression holds a ' or an escape other than \\uXXXX")
const packedEmoji = twemojiRegex.source.replace(/\\u([\da-f]{4})|([\da-f])/gu, (_, hex, literal) => hex ?? `'${literal}`)
const unpackedEmoji = packedEmoji.replace(/'(.)|[\da-f]{4}/gu, (match, literal) => literal ?? `\\u${match}`)
expect('twemoji expression (unpacked)', unpackedEmoji, twemojiRegex.source)

const data = {
  config,
  asciiTlds: packedTlds,
  otherTlds,
  domainChars,
  precedingChars,
  pathChars,
  pathEndingClass,
  queryChars,
  queryEndingChars,
  asciiLabelClass,
  mention: r.validMentionOrList.source,
  endMention: r.endMentionMatch.source,
  hashtagTemplate,
  ...letterPieces,
  ...packedLetters,
  endHashtag: r.endHashtagMatch.source,
  cashtag: r.validCashtag.source,
  emoji: packedEmoji
}

const lines = [
  `// Generated by scripts/generate-x-data.js from twitter-text ${twitterVersion} and twemoji-parser ${twemojiVersion}.`,
  '// Do not edit: re-run `node scripts/generate-x-data.js` (test/x-engine-data.test.ts checks it is current).',
  '// Expression sources are kept as strings and compiled by the engine, once, on first use.',
  ''
]
for (const [name, value] of Object.entries(data)) {
  lines.push(`export const ${name} = ${JSON.stringify(value)}${typeof value === 'object' ? ' as const' : ''}`)
}
const output = `${lines.join('\n')}\n`

if (process.argv.includes('--stdout')) {
  process.stdout.write(output)
} else {
  const target = fileURLToPath(new URL('../src/x-engine/data.ts', import.meta.url))
  writeFileSync(target, output)
  console.log(`generate-x-data: wrote ${target} (${tlds.length} TLDs, ${output.length} characters)`)
}
