import type {Atom, Counter} from '../count.js'
import type {TweetCount} from '../types.js'
import {forEachGrapheme} from './graphemes.js'

/** A stretch of a word the network counts as a whole (a link, a remote mention), with its weight. */
export interface Span {
  start: number
  end: number
  weight: number
}

/** How a network that counts characters (not X's weighted ranges) measures a post. */
export interface Measure {
  platform: string
  defaultLimit: number
  maxLimit: number
  /**
   * Spans of one word (no whitespace) counted as a whole, sorted and apart. What they are may only
   * depend on the word itself, never on the words around it: that is what makes the counter
   * additive across whitespace.
   */
  spans(word: string): Span[]
  /** Weight of one grapheme cluster `text.slice(start, end)` outside every span. */
  cluster(text: string, start: number, end: number): number
  /** Spans a cut should avoid: links, mentions, hashtags. */
  entities(word: string): Array<[number, number]>
  /** Checks beyond the length (Bluesky's 3,000-byte cap); true when absent. */
  accepts?(text: string): boolean
}

const printableAscii = /^[\x21-\x7e]*$/

/**
 * A `Counter` for a network that counts grapheme clusters (or a weight per cluster), with spans
 * counted as a whole. `weigh` is the sum of the word's atoms. Across whitespace it is an upper
 * bound, not always equal: a combining mark after a space joins the space's cluster, so
 * `count('a \u0301b')` is 3 while `weigh('a') + 1 + weigh('\u0301b')` is 4. The splitter
 * only needs an upper bound (each post is counted exactly before it is kept), and at the start of a
 * post, where whitespace is trimmed, the word's own count is exact.
 */
export function measuredCounter(measure: Measure): Counter {
  const atoms = (word: string): Atom[] => {
    const result: Atom[] = []
    const spans = measure.spans(word)
    let next = 0
    forEachGrapheme(word, (start, end) => {
      let span = spans[next]
      while (span && span.end <= start) span = spans[++next]
      if (span && start >= span.start) {
        if (start === span.start) result.push({start: span.start, end: span.end, weight: span.weight})
        return
      }
      result.push({start, end, weight: measure.cluster(word, start, end)})
    })
    return result
  }

  const weigh = (word: string): number => {
    if (printableAscii.test(word) && measure.spans(word).length === 0) {
      let total = 0
      for (let index = 0; index < word.length; index++) total += measure.cluster(word, index, index + 1)
      return total
    }
    let total = 0
    for (const atom of atoms(word)) total += atom.weight
    return total
  }

  const length = (text: string): number => {
    // Spans of every word, in text offsets; then every cluster outside them.
    const spans: Span[] = []
    for (const match of text.matchAll(/\S+/g)) {
      for (const span of measure.spans(match[0])) {
        spans.push({start: match.index + span.start, end: match.index + span.end, weight: span.weight})
      }
    }
    let total = 0
    let next = 0
    forEachGrapheme(text, (start, end) => {
      let span = spans[next]
      while (span && span.end <= start) span = spans[++next]
      if (span && start >= span.start) {
        if (start === span.start) total += span.weight
        return
      }
      total += measure.cluster(text, start, end)
    })
    return total
  }

  return {
    platform: measure.platform,
    defaultLimit: measure.defaultLimit,
    maxLimit: measure.maxLimit,
    count(text: string, limit: number): TweetCount {
      const counted = length(text)
      return {
        length: counted,
        limit,
        remaining: limit - counted,
        valid: counted > 0 && counted <= limit && text.trim() !== '' && (measure.accepts?.(text) ?? true),
        permillage: Math.floor((counted / limit) * 1000)
      }
    },
    weigh,
    atoms,
    entities: measure.entities
  }
}
