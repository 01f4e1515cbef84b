import type {TweetCount} from './types.js'
import {unitWeight, weightedLength, xAtoms, xEntities} from './x-engine/index.js'
import {extractUrls} from './x-engine/urls.js'
import {weighNormalized, xWeightsBefore} from './x-engine/weigh.js'

// X's counting functions are core's X engine's (x-engine/); re-exported here, where the X profile and
// the tests have always found them.
export {unitWeight, weightedLength, xAtoms, xEntities}

/**
 * One indivisible piece of text as a platform counts it: a URL, an emoji sequence, or a single
 * code point. `start`/`end` are UTF-16 offsets into the measured string.
 */
export interface Atom {
  start: number
  end: number
  weight: number
}

/** A word's atoms as weights before each offset, and its entities (`Counter.cutting`). */
export interface Cutting {
  before: Float64Array
  entities: Array<[number, number]>
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
   * What the splitter cuts a long word with, from one scan: `before`, the same atoms as `atoms` as one
   * typed array (at each UTF-16 offset of the word that starts an atom, the weight of the atoms
   * before it; at `word.length`, the word's weight; -1 inside an atom), and `entities`, as
   * `entities` gives them. Optional: the splitter derives it from `atoms` and `entities` when it is
   * missing, but a word of megabytes then makes one object per character. With `into` (at least
   * `word.length + 1` long), `before` may be written there instead of in a new array: the splitter
   * passes one array for word after word, and reads each word's before the next.
   */
  cutting?(word: string, into?: Float64Array): Cutting
  /**
   * Whether `count(text.slice(start, end))`, whole words joined by whitespace, is exactly the sum of
   * `weigh` of each word and 1 per whitespace character, and the text is valid whenever that sum is
   * within the limit. Lets the splitter give a post its length without counting it again. Leave it
   * out (or answer false) when unsure: the post is then counted.
   *
   * `start` or `end` may fall inside a word, at an offset where that word's atoms start (`cutting`):
   * a post the splitter cut there. The answer then also says that the piece weighs its atoms.
   *
   * A counter that has it also promises, for any text `body`, that a space and a numbering label
   * after it (ASCII digits, `/`, brackets: no dot, nothing that joins what precedes a space) add
   * exactly their weight: `count(body + ' ' + label).length` is `count(body).length + 1 +
   * weigh(label)`. So a post cut inside a word is counted once, without its label.
   */
  sumsExactly?(text: string, start: number, end: number): boolean
}

// BMP characters that can start an emoji sequence; any other single character is one atom.
const emojiCandidate = /[#*0-9\u00A9\u00AE\u2000-\u2BFF\u3030\u303D\u3297\u3299\uD800-\uDFFF\uFE0F]/
const asciiWithoutDot = /^[\x20-\x2d\x2f-\x7e]*$/
const scale = 100 // config v3: weights are in hundredths of a character

/** X's `Counter.cutting`: the word's URLs are extracted once, for its atoms and its entities. */
export function xCutting(word: string, into?: Float64Array): Cutting {
  const urls = asciiWithoutDot.test(word) ? [] : extractUrls(word)
  return {before: xWeightsBefore(word, urls, into), entities: xEntities(word, urls)}
}

/** X's weight of one word (no whitespace): the sum of its atoms, with fast paths for plain ASCII and single characters. */
export function xWeigh(word: string): number {
  if (asciiWithoutDot.test(word) || plainAsciiWithDots(word)) return word.length
  if (word.length === 1 && !emojiCandidate.test(word)) return unitWeight(word.charCodeAt(0)) / scale
  return weighNormalized(word).weighted
}

const nonAscii = /[^\x00-\x7f]/
const dotOrInvalid = /[.\ufeff\ufffe\uffff]/
// The characters parseTweet refuses (its `valid` check).
const invalidCharacter = (code: number) => code === 0xfffe || code === 0xfeff || code === 0xffff
// Characters after a dot that cannot start a domain label: such a dot starts no URL.
const notAfterDot = new Set([...'.!?,;:\'")]'].map((c) => c.charCodeAt(0)))

/**
 * Whether an ASCII word holds no URL although it has a dot: every dot ends the word or is followed
 * by a character no domain label starts with (`craft.`, `Why?..`, `it.)`). Every URL has a dot
 * followed by a TLD, so such a word weighs its length: a sentence's last word is not handed to the
 * URL scanner.
 */
function plainAsciiWithDots(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code < 0x20 || code > 0x7e) return false
    if (code === 0x2e && index + 1 < word.length && !notAfterDot.has(word.charCodeAt(index + 1))) return false
  }
  return true
}

/**
 * X's `sumsExactly`. twitter-text's count is additive across whitespace but for one kind of word: a
 * word that holds a URL after non-ASCII characters can read differently after a space (`文` × 49 +
 * `example.com/` is a URL on its own, not after `x `). So: true unless a word holds both a non-ASCII
 * character and a dot that may start a domain, or a character X refuses.
 */
export function xSumsExactly(text: string, start: number, end: number): boolean {
  // A post may start or end inside a word (the splitter cut it where that word's atoms start). Such
  // a piece weighs its atoms when it holds no dot, so no URL in it, alone or in its word (every URL
  // has a dot, and none crosses the cut); and, at the end, the next character is not U+FE0E, the
  // one character twemoji's expression reads past a match (`(?!\ufe0e)`). It reads nothing before
  // one. One pass, whatever the edges.
  const cutBefore = start > 0 && text.charCodeAt(start - 1) > 32
  const cutAfter = end < text.length && text.charCodeAt(end) > 32
  if (cutAfter && text.charCodeAt(end) === 0xfe0e) return false
  const slice = text.slice(start, end)
  if (!cutBefore && !cutAfter && !nonAscii.test(slice)) return true
  // No dot and nothing X refuses (most CJK posts): one native scan.
  if (!dotOrInvalid.test(slice)) return true
  let wide = false
  let dot = false
  // Any dot in the current word, and whether that word is the piece the post starts with.
  let anyDot = false
  let first = cutBefore
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code <= 32) {
      if (first && anyDot) return false
      first = false
      wide = false
      dot = false
      anyDot = false
      continue
    }
    if (code >= 0x80) {
      if (invalidCharacter(code)) return false
      wide = true
    } else if (code === 0x2e) {
      anyDot = true
      if (index + 1 < end && text.charCodeAt(index + 1) > 32 && !notAfterDot.has(text.charCodeAt(index + 1))) dot = true
    }
    if (wide && dot) return false
  }
  return !(anyDot && (first || cutAfter))
}

// The X counter itself is X's platform profile's (platforms/x.ts); re-exported for the modules and
// tests that knew it here.
export {xCounter} from './platforms/x.js'
