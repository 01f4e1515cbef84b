import {config} from './data.js'
import {emojiSpans, type Span} from './emoji.js'
import {cashtagSpans, hashtagSpans, mentionSpans} from './entities.js'
import {extractUrls, type UrlMatch} from './urls.js'

/**
 * One indivisible piece of text as X counts it: a URL, an emoji sequence, or a single code point.
 * `start`/`end` are UTF-16 offsets into the measured string.
 */
export interface Atom {
  start: number
  end: number
  weight: number
}

const {scale, defaultWeight, transformedURLLength, ranges} = config
// The first range starts at 0 in v3 (Latin to Hangul Jamo): most text never looks further.
const firstEnd = ranges[0] === 0 ? ranges[1] : -1
const firstWeight = ranges[2]
// Past the last range every code unit takes the default (CJK, kana, Hangul syllables): no range to try.
let lastEnd = -1
for (let index = 1; index < ranges.length; index += 3) lastEnd = Math.max(lastEnd, ranges[index] as number)

/**
 * The weight of one UTF-16 code unit in config v3, in scaled units (100 = one character): the first
 * range holding it, else the default. parseTweet weighs a surrogate pair by its low half, so every
 * astral code point takes the default.
 */
export function unitWeight(code: number): number {
  if (code > lastEnd) return defaultWeight
  const flat: readonly number[] = ranges
  for (let index = 0; index + 2 < flat.length; index += 3) {
    if (code >= (flat[index] as number) && code <= (flat[index + 1] as number)) return flat[index + 2] as number
  }
  return defaultWeight
}

const isInvalid = (code: number) => code === 0xfffe || code === 0xfeff || code === 0xffff

/**
 * Walk `text` as parseTweet does (a URL counts 23 over its `url` length, an emoji 2, any other code
 * point by its range), calling `visit(start, end, scaledWeight)` for each piece; returns whether every
 * character parseTweet checks is valid (it checks the last code unit of each piece).
 */
function walk(text: string, urls: UrlMatch[], emoji: Span[], visit?: (start: number, end: number, weight: number) => void): boolean {
  let url = 0
  let found = 0
  let valid = true
  for (let index = 0; index < text.length; index++) {
    const start = index
    let weight: number
    // parseTweet looks entities up by their start: one pointer per sorted list does the same.
    while (url < urls.length && (urls[url] as UrlMatch).start < index) url++
    while (found < emoji.length && (emoji[found] as Span).start < index) found++
    const atUrl = urls[url]
    const atEmoji = emoji[found]
    if (atUrl !== undefined && atUrl.start === index) {
      weight = transformedURLLength * scale
      index += atUrl.length - 1
    } else if (atEmoji !== undefined && atEmoji.start === index) {
      weight = defaultWeight
      index = atEmoji.end - 1
    } else {
      const code = text.charCodeAt(index)
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
        const low = text.charCodeAt(index + 1)
        if (low >= 0xdc00 && low <= 0xdfff) index++
      }
      weight = unitWeight(text.charCodeAt(index))
    }
    if (valid) valid = !isInvalid(text.charCodeAt(index))
    visit?.(start, index + 1, weight)
  }
  return valid
}

// An expression rather than a loop of `charCodeAt`: the long-word cutter asks this of windows of
// 65,536 characters sliced from a word, which a loop reads at 2 ns a character, the expression
// at 0.4.
const asciiWithoutDots = /^[\x00-\x2d\x2f-\x7f]*$/

const asciiOnly = /^[\x00-\x7f]*$/

/** `before` for characters that are an atom of weight 1 each (ASCII outside URLs). */
function oneEach(before: Float64Array): Float64Array {
  for (let index = 0; index < before.length; index++) before[index] = index
  return before
}

/** Whether `text` is all ASCII without a dot: then it holds no URL and no emoji, and weighs its length. */
function plainAscii(text: string): boolean {
  return asciiWithoutDots.test(text)
}

/**
 * `parseTweet(text, config v3).weightedLength`, and whether its characters are valid (no U+FFFE,
 * U+FEFF, U+FFFF where parseTweet looks), in one linear pass after NFC. `minPiece` is accepted for
 * compatibility with the earlier bounded twitter-text path and ignored: nothing here needs pieces.
 *
 * @example
 *   weightedLength('Hello https://example.com 👋🏽') // {weighted: 32, valid: true}
 */
export function weightedLength(input: string, minPiece?: number): {weighted: number; valid: boolean} {
  void minPiece
  return weighNormalized(input.normalize('NFC'))
}

/**
 * `weightedLength` of text already in NFC (a word the splitter hands over): one scan, no object per
 * character.
 */
export function weighNormalized(text: string): {weighted: number; valid: boolean} {
  if (plainAscii(text)) return {weighted: text.length, valid: true}
  const urls = extractUrls(text)
  const emoji = emojiSpans(text)
  let total = 0
  let valid = true
  let url = 0
  let found = 0
  let index = 0
  while (index < text.length) {
    // parseTweet looks entities up by their start: one pointer per sorted list does the same.
    while (url < urls.length && (urls[url] as UrlMatch).start < index) url++
    while (found < emoji.length && (emoji[found] as Span).start < index) found++
    const atUrl = urls[url]
    const atEmoji = emoji[found]
    if (atUrl !== undefined && atUrl.start === index) {
      total += transformedURLLength * scale
      index += atUrl.length
      if (valid) valid = !isInvalid(text.charCodeAt(index - 1))
      continue
    }
    if (atEmoji !== undefined && atEmoji.start === index) {
      total += defaultWeight
      index = atEmoji.end
      if (valid) valid = !isInvalid(text.charCodeAt(index - 1))
      continue
    }
    // Plain code points up to the next entity (a pair by its low half, the check on that half).
    const next = Math.min(atUrl?.start ?? text.length, atEmoji?.start ?? text.length)
    while (index < next) {
      let code = text.charCodeAt(index)
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
        const low = text.charCodeAt(index + 1)
        if (low >= 0xdc00 && low <= 0xdfff) {
          index++
          code = low
        }
      }
      total += code <= firstEnd ? firstWeight : unitWeight(code)
      if (code >= 0xfeff && isInvalid(code)) valid = false
      index++
    }
  }
  return {weighted: total / scale, valid}
}

/**
 * The atoms of a word (no normalisation: the splitter hands over NFC text), in order and without
 * gaps; their weights add up to the word's weighted length.
 *
 * @example
 *   xAtoms('a👍🏽').map((atom) => atom.weight) // [1, 2]
 */
export function xAtoms(word: string): Atom[] {
  const atoms: Atom[] = []
  const urls = plainAscii(word) ? [] : extractUrls(word)
  walk(word, urls, emojiSpans(word), (start, end, weight) => {
    atoms.push({start, end, weight: weight / scale})
  })
  return atoms
}

/**
 * The atoms of `xAtoms` as one typed array, for a word of megabytes (`urls`: the word's, when already
 * extracted): at each UTF-16 offset that starts
 * an atom, the weight of the atoms before it; at `word.length`, the whole weight; -1 inside an atom.
 * With `into` at least `word.length + 1` long, the weights are written there (every offset of the
 * word is written, whatever it held) and a view of its start is returned: a splitter that weighs
 * word after word reuses one array instead of allocating one per word.
 *
 * @example
 *   xWeightsBefore('a👍') // Float64Array [0, 1, -1, 3]
 */
export function xWeightsBefore(word: string, urls?: UrlMatch[], into?: Float64Array): Float64Array {
  const size = word.length + 1
  const before = into && into.length >= size ? into.subarray(0, size) : new Float64Array(size)
  if (plainAscii(word)) return oneEach(before)
  urls ??= extractUrls(word)
  // ASCII with dots but no URL (a run of `.`) holds no emoji either: every emoji sequence has a
  // character past ASCII.
  if (urls.length === 0 && asciiOnly.test(word)) return oneEach(before)
  const emoji = emojiSpans(word)
  let total = 0
  let url = 0
  let found = 0
  let index = 0
  while (index < word.length) {
    while (url < urls.length && (urls[url] as UrlMatch).start < index) url++
    while (found < emoji.length && (emoji[found] as Span).start < index) found++
    const atUrl = urls[url]
    const atEmoji = emoji[found]
    if (atUrl !== undefined && atUrl.start === index) {
      before[index] = total / scale
      total += transformedURLLength * scale
      before.fill(-1, index + 1, index + atUrl.length)
      index += atUrl.length
      continue
    }
    if (atEmoji !== undefined && atEmoji.start === index) {
      before[index] = total / scale
      total += defaultWeight
      before.fill(-1, index + 1, atEmoji.end)
      index = atEmoji.end
      continue
    }
    // Plain code points up to the next entity, as weighNormalized reads them (a pair by its low
    // half, where the weight is -1): no entity lookup per character.
    const next = Math.min(atUrl?.start ?? word.length, atEmoji?.start ?? word.length)
    do {
      before[index] = total / scale
      let code = word.charCodeAt(index)
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < word.length) {
        const low = word.charCodeAt(index + 1)
        if (low >= 0xdc00 && low <= 0xdfff) {
          index++
          before[index] = -1
          code = low
        }
      }
      total += code <= firstEnd ? firstWeight : unitWeight(code)
      index++
    } while (index < next)
  }
  before[word.length] = total / scale
  return before
}

/**
 * Sorted `[start, end)` spans of the entities in a word, as twitter-text extracts them: URLs, mentions
 * and lists, hashtags, cashtags. A cut should avoid them.
 *
 * @example
 *   xEntities('hi@you') // [] (a mention needs a non-word character before its @)
 */
export function xEntities(word: string, urls: UrlMatch[] = extractUrls(word)): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const url of urls) spans.push([url.start, url.end])
  // Each of the three needs its mark (`@`/`＠`, `#`/`＃`, `$`): one scan for all three first (most
  // words have none; a CJK paragraph is one word).
  if (!entityMark.test(word)) return spans
  spans.push(...mentionSpans(word), ...hashtagSpans(word), ...cashtagSpans(word))
  return spans.sort((a, b) => a[0] - b[0])
}

const entityMark = /[@#$\uFF03\uFF20]/
