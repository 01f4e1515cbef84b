import type {TweetCount} from './types.js'
import {unitWeight, weightedLength, xAtoms, xEntities} from './x-engine/index.js'

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
}

// BMP characters that can start an emoji sequence; any other single character is one atom.
const emojiCandidate = /[#*0-9\u00A9\u00AE\u2000-\u2BFF\u3030\u303D\u3297\u3299\uD800-\uDFFF\uFE0F]/
const asciiWithoutDot = /^[\x20-\x2d\x2f-\x7e]*$/
const scale = 100 // config v3: weights are in hundredths of a character

/** X's weight of one word (no whitespace): the sum of its atoms, with fast paths for plain ASCII and single characters. */
export function xWeigh(word: string): number {
  if (asciiWithoutDot.test(word)) return word.length
  if (word.length === 1 && !emojiCandidate.test(word)) return unitWeight(word.charCodeAt(0)) / scale
  let total = 0
  for (const atom of xAtoms(word)) total += atom.weight
  return total
}

// The X counter itself is X's platform profile's (platforms/x.ts); re-exported for the modules and
// tests that knew it here.
export {xCounter} from './platforms/x.js'
