// zod/mini, imported as a namespace, in every module of core: a browser bundle keeps only the checks core
// uses (about 6 KB gzip). zod classic, or `import {z}`, drags in the whole namespace with every locale
// (about 80 KB gzip). zod/mini loads no locale, so every check here carries its own message.
import * as z from 'zod/mini'
import {parseOptions} from './options.js'
import type {TweetCount} from './types.js'
import {unitWeight, weightedLength, xAtoms, xEntities} from './x-engine/index.js'

export {weightedLength}
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

/** The X counter: twitter-text 3.1's count with config v3 (URLs 23, CJK and emoji 2, others 1), by core's X engine. */
export const xCounter: Counter = {
  platform: 'x',
  defaultLimit: 280,
  maxLimit: 25_000,
  count(text, limit) {
    const length = weightedLength(text)
    return {
      length: length.weighted,
      limit,
      remaining: limit - length.weighted,
      valid: length.valid && length.weighted > 0 && length.weighted <= limit,
      permillage: Math.floor((length.weighted / limit) * 1000)
    }
  },
  weigh(word) {
    if (asciiWithoutDot.test(word)) return word.length
    if (word.length === 1 && !emojiCandidate.test(word)) return unitWeight(word.charCodeAt(0)) / scale
    let total = 0
    for (const atom of xAtoms(word)) total += atom.weight
    return total
  },
  atoms: xAtoms,
  entities: xEntities
}

const counters: Record<string, Counter> = {x: xCounter}

/** The counter for a platform name; `x` is the only platform so far. */
export function counterFor(platform: string): Counter {
  const counter = counters[platform]
  if (!counter) throw new TypeError(`Unknown platform \`${platform}\`, expected one of: ${Object.keys(counters).join(', ')}`)
  return counter
}

export const platformSchema = z.enum(['x'], {
  error: (issue) => `Unexpected platform, expected one of: ${Object.keys(counters).join(', ')}`
})

export function limitSchema(max = 25_000) {
  // One expectation for every check, so `1e20` (not a safe integer, and too big) is one problem.
  const error = `Expected \`limit\` to be a whole number from 40 to ${max}`
  return z.number({error}).check(z.int({error}), z.gte(40, {error}), z.lte(max, {error}))
}

const countOptionsSchema = z.strictObject({
  platform: z.optional(platformSchema),
  limit: z.optional(limitSchema())
})

export type CountOptions = z.input<typeof countOptionsSchema>

/**
 * Count a post the way the platform does (X: twitter-text v3 weighted length).
 *
 * @example
 *   countTweet('Hello https://example.com 👋🏽').length // 32
 */
export function countTweet(text: string, options?: CountOptions): TweetCount {
  const settings = parseOptions(countOptionsSchema, options, 'countTweet')
  const counter = counterFor(settings.platform ?? 'x')
  return counter.count(String(text ?? ''), settings.limit ?? counter.defaultLimit)
}
