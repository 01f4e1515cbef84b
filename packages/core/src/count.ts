import twitter, {type Configuration} from 'twitter-text'
import {extractUrlsAndEmoji, type Found} from './bounded.js'
import type {TweetCount} from './types.js'

/**
 * One indivisible piece of text as a platform counts it: a URL, an emoji sequence, or a single
 * code point. `start`/`end` are UTF-16 offsets into the measured string.
 */
export interface Atom {
  start: number
  end: number
  weight: number
}

/**
 * A platform's counting engine. The splitter only talks to this interface, so another platform
 * (or another engine for X) can plug in without touching the splitting logic.
 */
export interface Counter {
  readonly platform: string
  /** The platform's own post limit. */
  readonly defaultLimit: number
  /** The highest limit the platform accepts (e.g. X Premium). */
  readonly maxLimit: number
  /** Count one post exactly as the platform does. */
  count(text: string, limit: number): TweetCount
  /**
   * Weight of a string that holds no whitespace-separated context of its own (a word). Must equal
   * `count(word).length` and be additive across whitespace, which is what lets the splitter sum
   * word weights instead of re-counting chunks.
   */
  weigh(word: string): number
  /** The atoms of a word, in order, covering it without gaps; cuts are only allowed between atoms. */
  atoms(word: string): Atom[]
  /** Sorted `[start, end)` spans of entities a cut should avoid (mentions, hashtags, cashtags, URLs). */
  entities(word: string): Array<[number, number]>
  /**
   * Whether `count(text.slice(start, end))`, whole words joined by whitespace, is exactly the sum of
   * `weigh` of each word and 1 per whitespace character, and the text is valid whenever that sum is
   * within the limit. Lets the splitter give a post its length without counting it again. Leave it
   * out (or answer false) when unsure: the post is then counted.
   */
  sumsExactly?(text: string, start: number, end: number): boolean
}

type TwitterConfig = Configuration

const v3: TwitterConfig = twitter.configs.version3
const scale = v3.scale

/** Code point weight exactly as twitter-text computes it (astral code points fall to the default). */
export function unitWeight(code: number): number {
  for (const range of v3.ranges) {
    if (code >= range.start && code <= range.end) return range.weight
  }
  return v3.defaultWeight
}

// BMP characters that can start an emoji sequence; any other single character is one atom.
const emojiCandidate = /[#*0-9\u00A9\u00AE\u2000-\u2BFF\u3030\u303D\u3297\u3299\uD800-\uDFFF\uFE0F]/
const asciiWithoutDot = /^[\x20-\x2d\x2f-\x7e]*$/
// A URL needs a dot followed by a domain character, or a scheme; most words have neither.
const maybeUrl = /\.[^\s.!?,;:'")\]]|:\/\//

export function xAtoms(word: string): Atom[] {
  const atoms: Atom[] = []
  const special = new Map<number, Atom>()
  if (maybeUrl.test(word) || !/^[\x00-\x7f]*$/.test(word)) {
    const {urls, emoji} = extractUrlsAndEmoji(word)
    for (const url of urls) special.set(url.start, {start: url.start, end: url.end, weight: v3.transformedURLLength})
    for (const found of emoji) {
      if (!special.has(found.start)) special.set(found.start, {start: found.start, end: found.end, weight: v3.defaultWeight / scale})
    }
  }
  let index = 0
  while (index < word.length) {
    const found = special.get(index)
    if (found && found.end > index) {
      atoms.push(found)
      index = found.end
      continue
    }
    const code = word.charCodeAt(index)
    const pair =
      code >= 0xd800 &&
      code <= 0xdbff &&
      index + 1 < word.length &&
      word.charCodeAt(index + 1) >= 0xdc00 &&
      word.charCodeAt(index + 1) <= 0xdfff
    // twitter-text weighs a surrogate pair by its low half, i.e. with the default weight.
    const end = index + (pair ? 2 : 1)
    atoms.push({
      start: index,
      end,
      weight: unitWeight(pair ? word.charCodeAt(index + 1) : code) / scale
    })
    index = end
  }
  return atoms
}

const invalidCharacter = (code: number) => code === 0xfffe || code === 0xfeff || code === 0xffff

/**
 * `parseTweet(text).weightedLength` and its character check, computed the way parseTweet computes
 * them (NFC, then URLs 23, emoji 2, each other code point by its range), but with the URLs and
 * emoji found in bounded pieces (see bounded.ts), so that it is linear on every input.
 */
export function weightedLength(input: string, minPiece?: number): {weighted: number; valid: boolean} {
  const text = input.normalize('NFC')
  const {urls, emoji} = extractUrlsAndEmoji(text, minPiece)
  // Both lists are sorted by start; a pointer each replaces parseTweet's maps.
  let url = 0
  let found = 0
  let weight = 0
  let valid = true
  for (let index = 0; index < text.length; index++) {
    while (url < urls.length && (urls[url] as Found).start < index) url++
    while (found < emoji.length && (emoji[found] as Found).start < index) found++
    const atUrl = urls[url]
    const atEmoji = emoji[found]
    if (atUrl !== undefined && atUrl.start === index) {
      weight += v3.transformedURLLength * scale
      index = atUrl.end - 1
    } else if (atEmoji !== undefined && atEmoji.start === index) {
      weight += v3.defaultWeight
      index = atEmoji.end - 1
    } else {
      const code = text.charCodeAt(index)
      const low = index + 1 < text.length ? text.charCodeAt(index + 1) : 0
      if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) index++
      weight += unitWeight(text.charCodeAt(index))
    }
    if (valid) valid = !invalidCharacter(text.charCodeAt(index))
  }
  return {weighted: weight / scale, valid}
}

/** X's weight of one word (no whitespace): the sum of its atoms, with fast paths for plain ASCII and single characters. */
export function xWeigh(word: string): number {
  if (asciiWithoutDot.test(word)) return word.length
  if (word.length === 1 && !emojiCandidate.test(word)) return unitWeight(word.charCodeAt(0)) / scale
  let total = 0
  for (const atom of xAtoms(word)) total += atom.weight
  return total
}

const nonAscii = /[^\x00-\x7f]/
// Characters after a dot that cannot start a domain label: such a dot starts no URL.
const notAfterDot = new Set([...'.!?,;:\'")]'].map((c) => c.charCodeAt(0)))

/**
 * X's `sumsExactly`. twitter-text's count is additive across whitespace but for one kind of word: a
 * word that holds a URL after non-ASCII characters can read differently after a space (`文` × 49 +
 * `example.com/` is a URL on its own, not after `x `). So: true unless a word holds both a non-ASCII
 * character and a dot that may start a domain, or a character X refuses.
 */
export function xSumsExactly(text: string, start: number, end: number): boolean {
  if (!nonAscii.test(text.slice(start, end))) return true
  let wide = false
  let dot = false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code <= 32) {
      wide = false
      dot = false
      continue
    }
    if (code >= 0x80) {
      if (invalidCharacter(code)) return false
      wide = true
    } else if (code === 0x2e && index + 1 < end && text.charCodeAt(index + 1) > 32 && !notAfterDot.has(text.charCodeAt(index + 1))) {
      dot = true
    }
    if (wide && dot) return false
  }
  return true
}

/** Sorted spans of the URLs, mentions, lists, hashtags and cashtags of a word, as twitter-text extracts them. */
export function xEntities(word: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const found of extractUrlsAndEmoji(word).urls) spans.push([found.start, found.end])
  for (const found of [
    ...twitter.extractMentionsOrListsWithIndices(word),
    ...twitter.extractHashtagsWithIndices(word),
    ...twitter.extractCashtagsWithIndices(word)
  ]) {
    spans.push([found.indices[0], found.indices[1]])
  }
  return spans.sort((a, b) => a[0] - b[0])
}

// The X counter itself is X's platform profile's (platforms/x.ts); re-exported for the modules and
// tests that knew it here.
export {xCounter} from './platforms/x.js'
