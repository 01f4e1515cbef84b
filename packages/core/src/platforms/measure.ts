import type {Atom, Counter, Cutting} from '../count.js'
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
  /**
   * Walks the atoms of `text` given its spans: one per grapheme cluster outside the spans, one per
   * span. A cluster that overlaps a span joins the span's atom (a combining mark after a URL the
   * extractor stopped short of), so the atoms cover the text without gaps and no cut falls inside a
   * cluster; a cluster that starts before its span also keeps its own weight (an upper bound).
   * `open(start, weight)` is called when an atom starts, `stretch(end)` whenever the current atom
   * grows to `end`: no object per character, which a word of megabytes would pay for in GC.
   */
  const walkAtoms = (text: string, spans: Span[], open: (start: number, weight: number) => void, stretch?: (end: number) => void): void => {
    if (spans.length === 0 && printableAscii.test(text)) {
      // Every code unit is its own cluster.
      for (let index = 0; index < text.length; index++) {
        open(index, measure.cluster(text, index, index + 1))
        stretch?.(index + 1)
      }
      return
    }
    let next = 0
    let openEnd = -1
    let openSpan = -1
    forEachGrapheme(text, (start, end) => {
      let span = spans[next]
      while (span && span.end <= start) span = spans[++next]
      if (span && span.start < end) {
        if (openSpan === next) {
          openEnd = end
          stretch?.(end)
          return
        }
        open(start, span.weight + (start < span.start ? measure.cluster(text, start, end) : 0))
        openEnd = Math.max(end, span.end)
        openSpan = next
        stretch?.(openEnd)
        return
      }
      if (start < openEnd) {
        // Still inside the span's atom (it was stretched to the span's end).
        openEnd = Math.max(openEnd, end)
        stretch?.(openEnd)
        return
      }
      open(start, measure.cluster(text, start, end))
      stretch?.(end)
    })
  }

  const atomsOf = (text: string, spans: Span[]): Atom[] => {
    const result: Atom[] = []
    let last: Atom | undefined
    walkAtoms(
      text,
      spans,
      (start, weight) => {
        last = {start, end: start, weight}
        result.push(last)
      },
      (end) => {
        if (last) last.end = end
      }
    )
    return result
  }

  const totalOf = (text: string, spans: Span[]): number => {
    let total = 0
    walkAtoms(text, spans, (_start, weight) => {
      total += weight
    })
    return total
  }

  const atoms = (word: string): Atom[] => atomsOf(word, measure.spans(word))

  const cutting = (word: string): Cutting => {
    const before = new Float64Array(word.length + 1).fill(-1)
    let total = 0
    walkAtoms(word, measure.spans(word), (start, weight) => {
      before[start] = total
      total += weight
    })
    before[word.length] = total
    return {before, entities: measure.entities(word)}
  }

  const weigh = (word: string): number => totalOf(word, measure.spans(word))

  const length = (text: string): number => {
    // Spans of every word, in text offsets; then the atoms of the whole text.
    const spans: Span[] = []
    for (const match of text.matchAll(/\S+/g)) {
      for (const span of measure.spans(match[0])) {
        spans.push({start: match.index + span.start, end: match.index + span.end, weight: span.weight})
      }
    }
    return totalOf(text, spans)
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
    cutting,
    entities: measure.entities
  }
}
