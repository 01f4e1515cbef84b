/**
 * Break opportunities of a canonical text, each with a class that says how good a place it is to
 * end a tweet. The splitter only chooses among these; see the cost model in README.md.
 */
import type {Atom, Counter} from './count.js'
import {Gap, type Canonical} from './normalize.js'
import {structureGlue} from './structure.js'
import {cjkClosers, cjkSentenceMarks, isFrenchOpener, isPunctuationOnly, spaceBreak, startsGlued} from './sentences.js'

/** Break classes, best first. The numeric order is the preference order. */
export const enum Break {
  Hard = 0,
  Paragraph = 1,
  Line = 2,
  Sentence = 3,
  Clause = 4,
  Word = 5,
  Abbreviation = 6,
  Grapheme = 7,
  Number = 8,
  Entity = 9,
  End = 10
}

/** Units between break opportunities, as parallel typed arrays (a 10 MB text makes millions). */
export interface Units {
  count: number
  start: Int32Array
  end: Int32Array
  weight: Float64Array
  /** Weight of the whitespace kept after the unit when no break is taken there. */
  gap: Uint8Array
  /** Class of the break after the unit. */
  after: Uint8Array
  /** Structure glue of the break after the unit (`Glue`, see structure.ts). */
  glue: Uint8Array
}

export {spaceBreak}

// Ideographs, kana and full-width forms: scripts written without spaces, breakable between characters.
const cjk = /[\u2E80-\u2FFF\u3040-\u30FF\u3100-\u312F\u31A0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]|[\uD840-\uD87F][\uDC00-\uDFFF]/
// Characters that may not start a line in CJK typesetting (kinsoku), and openers that may not end one.
const noStart = /^[、。，．！？：；）」』】〕〉》ー〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・‥…’”)\]]/u
const noEnd = /[（「『【〔〈《‘“(\[]$/u
// Quotative particles: a quote they follow is part of a longer sentence.
const quotative = new Set('とっ')
const cjkSentence = /[。！？]$/u
const cjkClause = /[、，；：]$/u
const dash = /[—–]$/u
const needsInnerBreaks = /[\u2013\u2014\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[\uD840-\uD87F]/

/** Split a word into pieces at the places where a script without spaces, or an em dash, allows a break. */
/** Atoms and entity spans of a whole word, for weighing and cutting its pieces in its context. */
interface WordContext {
  atoms: Atom[]
  /** Sorted by start. */
  spans: Array<[number, number]>
  longestSpan: number
}

function innerBreaks(word: string, counter: Counter): {pieces: Array<{end: number; after: Break}>; context?: WordContext} {
  const pieces: Array<{end: number; after: Break}> = []
  if (!needsInnerBreaks.test(word)) return {pieces}
  // Never inside a URL (`https://例え.jp/パス`), a hashtag (`#日本語`) or a multi-character atom.
  // Offsets strictly inside an entity or atom, marked once (testing every span at every offset is
  // quadratic in a long word full of hashtags or astral characters).
  const blocked = new Uint8Array(word.length + 1)
  const block = (start: number, end: number) => {
    for (let offset = start + 1; offset < end; offset++) blocked[offset] = 1
  }
  const spans = counter.entities(word)
  let longestSpan = 0
  for (const [start, end] of spans) longestSpan = Math.max(longestSpan, end - start)
  const context: WordContext = {atoms: counter.atoms(word), spans, longestSpan}
  // Nor one or two characters before an entity: what precedes it decides whether it is one
  // (`。.jp.jp` holds a URL, `.jp.jp` alone does not; `東@x` a mention, `a@x` not).
  for (const [start, end] of context.spans) {
    block(start, end)
    block(Math.max(0, start - 3), start)
  }
  for (const atom of context.atoms) if (atom.end - atom.start > 1) block(atom.start, atom.end)
  const inside = (offset: number) => blocked[offset] === 1
  let index = 0
  // Set after 。！？ and kept over the closers that follow it: the sentence ends after the last closer.
  let closing = false
  while (index < word.length) {
    const code = word.codePointAt(index) as number
    const char = String.fromCodePoint(code)
    const next = index + char.length
    if (next >= word.length) break
    const following = String.fromCodePoint(word.codePointAt(next) as number)
    closing = cjkSentenceMarks.has(char) || (closing && cjkClosers.has(char))
    let kind: Break | undefined
    if (closing && (cjkClosers.has(following) || cjkSentenceMarks.has(following))) {
      // `。"` or `！」`: the closer belongs to the sentence before it.
    } else if (closing && cjkClosers.has(char) && quotative.has(following)) {
      // 「行きます。」と言った: a quotative particle after the quote continues the sentence.
      kind = Break.Clause
    } else if (closing && !noStart.test(following)) {
      kind = Break.Sentence
    } else if (!noStart.test(following) && !noEnd.test(char)) {
      if (cjkSentence.test(char)) kind = Break.Sentence
      else if (cjkClause.test(char)) kind = Break.Clause
      else if (dash.test(char) && following !== char) kind = Break.Clause
      else if ((cjk.test(char) || /[」』）]/u.test(char)) && (cjk.test(following) || /[「『（]/u.test(following))) kind = Break.Word
    }
    if (kind !== undefined && !inside(next)) pieces.push({end: next, after: kind})
    index = next
  }
  return {pieces, context}
}

/** First index in `items` (sorted by `start`) whose start is at least `value`. */
function lowerBound<T>(items: T[], value: number, start: (item: T) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (start(items[middle] as T) < value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The atoms and spans of `context` inside `[from, to)`, shifted to start at 0. Binary searches keep
 * this proportional to the piece, not the word (a word can hold thousands of long pieces).
 */
function clip(context: WordContext, from: number, to: number): WordContext {
  const atoms: Atom[] = []
  for (let k = lowerBound(context.atoms, from, (atom) => atom.start); k < context.atoms.length; k++) {
    const atom = context.atoms[k] as Atom
    if (atom.start >= to) break
    if (atom.end <= to) atoms.push({start: atom.start - from, end: atom.end - from, weight: atom.weight})
  }
  const spans: Array<[number, number]> = []
  for (let k = lowerBound(context.spans, from - context.longestSpan, (span) => span[0]); k < context.spans.length; k++) {
    const [start, end] = context.spans[k] as [number, number]
    if (start >= to) break
    if (end > from) spans.push([Math.max(start, from) - from, Math.min(end, to) - from])
  }
  return {atoms, spans, longestSpan: context.longestSpan}
}


const isAsciiAlphanumeric = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, {granularity: 'grapheme'}) : undefined
const asciiOnly = /^[\x00-\x7F]*$/

/**
 * Grapheme boundaries inside a string, computed in bounded windows because `Intl.Segmenter` is
 * quadratic on long inputs in Node 20. Each window ends on a whole code point and restarts at the
 * start of its last segment, so a cluster is never cut by the window edge (clusters longer than
 * the window aside).
 */
export function graphemeBoundaries(text: string): number[] {
  const boundaries: number[] = []
  if (!segmenter || asciiOnly.test(text)) {
    for (let index = 1; index < text.length; index++) {
      const code = text.charCodeAt(index)
      const previous = text.charCodeAt(index - 1)
      if (!(code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff)) boundaries.push(index)
    }
    return boundaries
  }
  const window = 1024
  let base = 0
  while (base < text.length) {
    let end = Math.min(text.length, base + window)
    // Never end a window between the two halves of a surrogate pair: the lone high half would be
    // its own segment, and the boundary before it (after a ZWJ, say) would be taken as real.
    const code = text.charCodeAt(end - 1)
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--
    let last = base
    for (const {index} of segmenter.segment(text.slice(base, end))) {
      if (index === 0) continue
      last = base + index
      boundaries.push(last)
    }
    if (end === text.length) break
    // The segment after `last` may run past the window: segment again from `last`, which is a
    // real boundary because grapheme rules only look at what comes before it and the next character.
    if (last === base) {
      boundaries.push(end) // one cluster longer than the window
      last = end
    }
    base = last
  }
  return boundaries
}

const digit = /\p{Nd}/u

/**
 * Cut a word heavier than `budget` into pieces of at most `budget`, choosing in each window the
 * best cut: outside URLs, mentions, hashtags, cashtags and emoji, not between digits, else at any
 * grapheme boundary (latest first). Greedy on purpose: a word this long has no natural break.
 */
function cutLongWord(word: string, counter: Counter, budget: number, context?: WordContext): Array<{end: number; after: Break; weight: number}> {
  // A word of megabytes would make millions of atom objects at once: cut it window by window.
  // Each window keeps only the pieces that end well before its edge, where an entity or cluster
  // cut by the window could not have changed the choice; the rest is cut again from there.
  const window = Math.max(16_384, budget * 8)
  const margin = 8192 // longer than any URL twitter-text accepts (4,096) and any emoji sequence
  if (word.length <= window) return cutWindow(word, counter, budget, context)
  const pieces: Array<{end: number; after: Break; weight: number}> = []
  let offset = 0
  let size = window
  while (offset < word.length) {
    const to = Math.min(word.length, offset + size)
    const cuts = cutWindow(word.slice(offset, to), counter, budget)
    if (to === word.length) {
      for (const cut of cuts) pieces.push({...cut, end: offset + cut.end})
      break
    }
    let kept = 0
    while (kept < cuts.length - 1 && offset + (cuts[kept] as (typeof cuts)[number]).end <= to - margin) kept++
    if (kept === 0) {
      size *= 2 // not one safe cut in this window (a giant URL or cluster): look further
      continue
    }
    for (const cut of cuts.slice(0, kept)) pieces.push({...cut, end: offset + cut.end})
    offset += (cuts[kept - 1] as (typeof cuts)[number]).end
    size = window
  }
  return pieces
}

function cutWindow(word: string, counter: Counter, budget: number, context?: WordContext): Array<{end: number; after: Break; weight: number}> {
  const atoms = context?.atoms ?? counter.atoms(word)
  // Weight before each UTF-16 offset that starts an atom; -1 inside an atom (typed arrays: a
  // window holds tens of thousands of offsets).
  const atomStartWeight = new Float64Array(word.length + 1).fill(-1)
  let total = 0
  for (const atom of atoms) {
    atomStartWeight[atom.start] = total
    total += atom.weight
  }
  atomStartWeight[word.length] = total
  const spans = context?.spans ?? counter.entities(word)
  let span = 0
  // Boundaries come in increasing order, so one pointer walks the (sorted) entity spans.
  const inEntity = (offset: number) => {
    while (span < spans.length && (spans[span] as [number, number])[1] <= offset) span++
    const current = spans[span]
    return current !== undefined && offset > current[0] && offset < current[1]
  }
  const isDigit = (offset: number) => {
    const code = word.charCodeAt(offset)
    return code >= 48 && code <= 57 ? true : code < 128 || Number.isNaN(code) ? false : digit.test(word.slice(offset, offset + 1))
  }

  const boundaries = graphemeBoundaries(word)
  const candidateOffset = new Int32Array(boundaries.length)
  const candidateKind = new Uint8Array(boundaries.length)
  const candidateBefore = new Float64Array(boundaries.length)
  let candidates = 0
  for (const boundary of boundaries) {
    const before = atomStartWeight[boundary] as number
    if (before < 0) continue // inside a URL or emoji atom: never cut there
    let kind = Break.Grapheme
    if (inEntity(boundary)) kind = Break.Entity
    else if (isDigit(boundary - 1) && isDigit(boundary)) kind = Break.Number
    candidateOffset[candidates] = boundary
    candidateKind[candidates] = kind
    candidateBefore[candidates] = before
    candidates++
  }

  const pieces: Array<{end: number; after: Break; weight: number}> = []
  let startWeight = 0
  let index = 0
  let atom = 0
  while (total - startWeight > budget) {
    let best = -1
    while (index < candidates && (candidateBefore[index] as number) - startWeight <= budget) {
      if (best < 0 || (candidateKind[index] as number) <= (candidateKind[best] as number)) best = index
      index++
    }
    let offset: number
    let kind: Break
    let before: number
    if (best >= 0) {
      offset = candidateOffset[best] as number
      kind = candidateKind[best] as Break
      before = candidateBefore[best] as number
    } else {
      // One grapheme cluster heavier than the budget (say, hundreds of combining marks): cut it
      // between code points, the last resort.
      while (atom < atoms.length && (atomStartWeight[(atoms[atom] as Atom).start] as number) - startWeight <= budget) atom++
      const fallback = atoms[atom - 1]
      offset = fallback?.start ?? 0
      before = atomStartWeight[offset] as number
      if (!fallback || before <= startWeight) break // a single atom heavier than the budget cannot be cut
      kind = Break.Entity
      while (index < candidates && (candidateOffset[index] as number) <= offset) index++
      best = index - 1
    }
    pieces.push({end: offset, after: kind, weight: before - startWeight})
    startWeight = before
    index = best + 1
  }
  pieces.push({end: word.length, after: Break.End, weight: total - startWeight})
  return pieces
}

/**
 * The units of a canonical text with what it takes to reuse them for another text or another
 * `longWord`: where each word's units begin, and the heaviest piece of each word before cutting.
 */
export interface Segmentation {
  units: Units
  canonical: Canonical
  longWord: number
  /**
   * Index of the first unit of each word, and the unit count at the end (`count + 1` entries);
   * undefined while every word is one unit (unit `k` is word `k`), as in most prose.
   */
  wordFirst: Int32Array | undefined
  /**
   * Heaviest piece before cutting of each word that was cut (a piece heavier than `longWord`). Any
   * other word's heaviest piece is its heaviest unit (`peakOf`): a number per word would cost as
   * much as the units of a 10 MB text's weights.
   */
  heavy: Map<number, number>
}

/** Index of the first unit of word `k` (the unit count for `k` = the word count). */
function firstUnit(segmentation: Segmentation, k: number): number {
  return segmentation.wordFirst ? (segmentation.wordFirst[k] as number) : k
}

/** Heaviest piece of a word before long pieces are cut (the word itself, for most). */
function peakOf(segmentation: Segmentation, word: number): number {
  const cut = segmentation.heavy.get(word)
  if (cut !== undefined) return cut
  const {units} = segmentation
  let peak = 0
  for (let unit = firstUnit(segmentation, word); unit < firstUnit(segmentation, word + 1); unit++) {
    if ((units.weight[unit] as number) > peak) peak = units.weight[unit] as number
  }
  return peak
}

/**
 * Growable parallel arrays of units. While every unit is a whole word (prose, mostly), the units'
 * offsets are the canonical text's word offsets: `start` and `end` are only made, and filled, once
 * a word is cut into pieces or units are copied, so that prose does not keep two copies of them.
 */
class UnitList {
  capacity: number
  count = 0
  start: Int32Array
  end: Int32Array
  weight: Float64Array
  gap: Uint8Array
  after: Uint8Array
  /** The words' offsets, while unit `k` is word `k` for every unit so far. */
  private words: {start: Int32Array; end: Int32Array} | undefined
  constructor(capacity: number, words?: {start: Int32Array; end: Int32Array}) {
    this.capacity = Math.max(16, capacity)
    this.words = words
    this.start = words ? words.start : new Int32Array(this.capacity)
    this.end = words ? words.end : new Int32Array(this.capacity)
    this.weight = new Float64Array(this.capacity)
    this.gap = new Uint8Array(this.capacity)
    this.after = new Uint8Array(this.capacity)
  }
  /** Give the list offsets of its own, from the words' (once a unit is not a whole word). */
  private own(): void {
    if (!this.words) return
    this.words = undefined
    const start = new Int32Array(this.capacity)
    const end = new Int32Array(this.capacity)
    start.set(this.start.subarray(0, this.count))
    end.set(this.end.subarray(0, this.count))
    this.start = start
    this.end = end
  }
  /** Append units `from … to-1` of `units`, their offsets moved by `delta`. */
  copy(units: Units, from: number, to: number, delta: number): void {
    this.own()
    const size = to - from
    this.reserve(this.count + size)
    const at = this.count
    this.start.set(units.start.subarray(from, to), at)
    this.end.set(units.end.subarray(from, to), at)
    this.weight.set(units.weight.subarray(from, to), at)
    this.gap.set(units.gap.subarray(from, to), at)
    this.after.set(units.after.subarray(from, to), at)
    if (delta !== 0) {
      for (let u = at; u < at + size; u++) {
        this.start[u] = (this.start[u] as number) + delta
        this.end[u] = (this.end[u] as number) + delta
      }
    }
    this.count += size
  }
  push(s: number, e: number, w: number, g: number, a: Break): void {
    this.reserve(this.count + 1)
    const k = this.count
    if (this.words && !(k < this.start.length && this.start[k] === s && this.end[k] === e)) this.own()
    if (!this.words) {
      this.start[k] = s
      this.end[k] = e
    }
    this.weight[k] = w
    this.gap[k] = g
    this.after[k] = a
    this.count = k + 1
  }
  private reserve(size: number): void {
    if (size > this.capacity) {
      while (this.capacity < size) this.capacity *= 2
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(array: T): T => {
        const next = new (array.constructor as new (n: number) => T)(this.capacity)
        next.set(array)
        return next
      }
      if (!this.words) {
        this.start = grow(this.start)
        this.end = grow(this.end)
      }
      this.weight = grow(this.weight)
      this.gap = grow(this.gap)
      this.after = grow(this.after)
    }
  }
}

/**
 * For each word of `canonical`, the word of `previous` whose units can be copied (shifted by the
 * change in length), or -1. A word's units depend on the word, the gap after it, and the break
 * before the next word, which reads the next word's head and the two words before it with their
 * gaps: so a word is reused when it and those neighbours are the same words, at the same place
 * relative to the start (before the edit) or to the end (after it), with the same gaps.
 */
function reusableWords(canonical: Canonical, previous: Segmentation, longWord: number): {same: Int32Array; moved: Uint8Array} {
  const old = previous.canonical
  const n = canonical.count
  const m = old.count
  const same = new Int32Array(n).fill(-1)
  // 1 where the word lies after the edit, so its offsets move by the change in length.
  const moved = new Uint8Array(n)
  if (m === 0 || n === 0) return {same, moved}
  const a = canonical.text
  const b = old.text
  const shortest = Math.min(a.length, b.length)
  // Compared a block at a time (string equality is a memory compare), then a character at a time.
  const block = 256
  let prefix = 0
  while (prefix + block <= shortest && a.slice(prefix, prefix + block) === b.slice(prefix, prefix + block)) prefix += block
  while (prefix < shortest && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix + block <= shortest - prefix && a.slice(a.length - suffix - block, a.length - suffix) === b.slice(b.length - suffix - block, b.length - suffix)) {
    suffix += block
  }
  while (suffix < shortest - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++
  const shift = a.length - b.length
  const lastOf = (k: number, count: number) => k === count - 1
  // Word k is the same word as old word k + offset: same text, same place, same gap after it.
  const front = new Uint8Array(n)
  const back = new Uint8Array(n)
  for (let k = 0; k < n && k < m; k++) {
    if ((canonical.wordEnd[k] as number) > prefix) break
    if (canonical.wordStart[k] !== old.wordStart[k] || canonical.wordEnd[k] !== old.wordEnd[k]) break
    if (lastOf(k, n) !== lastOf(k, m)) break
    if (!lastOf(k, n) && canonical.gapAfter[k] !== old.gapAfter[k]) break
    front[k] = 1
  }
  const offset = m - n
  for (let k = n - 1; k >= 0 && k + offset >= 0; k--) {
    const j = k + offset
    if ((canonical.wordStart[k] as number) < a.length - suffix) break
    if ((canonical.wordStart[k] as number) - shift !== old.wordStart[j] || (canonical.wordEnd[k] as number) - shift !== old.wordEnd[j]) break
    if (!lastOf(k, n) && canonical.gapAfter[k] !== old.gapAfter[j]) break
    back[k] = 1
  }
  const limit = Math.min(previous.longWord, longWord)
  const sameCut = previous.longWord === longWord
  for (let k = 0; k < n; k++) {
    let j = -1
    if (front[k] && (k === n - 1 || front[k + 1]) && (k < 1 || front[k - 1]) && (k < 2 || front[k - 2])) {
      j = k
    } else if (back[k] && (k === n - 1 || back[k + 1]) && (k < 1 ? offset === 0 : back[k - 1]) && (k < 2 ? offset === 0 : back[k - 2])) {
      j = k + offset
      moved[k] = 1
    }
    if (j >= 0 && (sameCut || peakOf(previous, j) <= limit)) same[k] = j
  }
  return {same, moved}
}

// Word weights remembered per segmentation: words of at most this many code units, this many words.
const maxRemembered = 64
const rememberedWords = 16_384

/**
 * Units of the canonical text and the class of each break. Words heavier than `longWord` are cut
 * into pieces no heavier than it.
 */
export function segment(canonical: Canonical, counter: Counter, longWord: number): Units {
  return segmentation(canonical, counter, longWord).units
}

/**
 * `segment`, keeping what is needed to redo it cheaply. With `previous` (the segmentation of an
 * earlier text, or of the same text for another `longWord`), the units of every word an edit
 * cannot have changed are copied instead of computed: the result is the same either way.
 */
export function segmentation(canonical: Canonical, counter: Counter, longWord: number, previous?: Segmentation): Segmentation {
  if (previous && previous.canonical === canonical && previous.longWord !== longWord) {
    // The same text for another `longWord` (the numbering width grew): when no word was or will be
    // cut, the units are the same.
    let heaviest = 0
    for (const weight of previous.heavy.values()) if (weight > heaviest) heaviest = weight
    const {weight, count} = previous.units
    for (let unit = 0; unit < count; unit++) if ((weight[unit] as number) > heaviest) heaviest = weight[unit] as number
    if (heaviest <= Math.min(previous.longWord, longWord)) return {...previous, longWord}
  }
  const list = previous && previous.canonical.count > 0
    ? new UnitList(previous.units.count + 16)
    : new UnitList(canonical.count, {start: canonical.wordStart, end: canonical.wordEnd})
  // Made at the first word of more than one unit; until then, unit `k` is word `k`.
  let wordFirst: Int32Array | undefined
  const setFirst = (k: number, unit: number) => {
    if (!wordFirst) {
      if (unit === k) return
      wordFirst = new Int32Array(canonical.count + 1)
      for (let w = 0; w < k; w++) wordFirst[w] = w
    }
    wordFirst[k] = unit
  }
  const heavy = new Map<number, number>()
  const reuse = previous ? reusableWords(canonical, previous, longWord) : undefined
  const shift = previous ? canonical.text.length - previous.canonical.text.length : 0
  const {text, wordStart, wordEnd, gapAfter} = canonical
  // Only the edges of a word matter to a break: at most 16 characters of each are read.
  const tail = (k: number) => text.slice(Math.max(wordStart[k] as number, (wordEnd[k] as number) - 16), wordEnd[k] as number)
  const head = (k: number) => text.slice(wordStart[k] as number, Math.min(wordEnd[k] as number, (wordStart[k] as number) + 16))
  const breakBetween = (k: number): Break => {
    const lastCode = text.charCodeAt((wordEnd[k] as number) - 1)
    // Most words end in a letter or digit and the next starts a word: no need to look closer (only a
    // next word of at most four characters can be punctuation glued to this one).
    if (
      isAsciiAlphanumeric(lastCode) &&
      ((wordEnd[k + 1] as number) - (wordStart[k + 1] as number) > 4 || isAsciiAlphanumeric(text.charCodeAt(wordStart[k + 1] as number)))
    ) {
      return Break.Word
    }
    const next = head(k + 1)
    if (isAsciiAlphanumeric(lastCode) && !startsGlued(next)) return Break.Word
    let previous = tail(k)
    if (isFrenchOpener(previous)) return Break.Abbreviation // `« Bonjour`: the guillemet opens what follows
    // French spacing (`Bonjour ! » dit-il`): bare punctuation joins the words before it, up to three.
    for (let back = 1; back <= 2 && k - back >= 0 && isPunctuationOnly(previous.slice(-4)) && previous.length <= 8; back++) {
      if ((gapAfter[k - back] as Gap) !== Gap.Space) break
      previous = tail(k - back) + previous
    }
    // The word before, for ordinals (`am 3. Mai`): undefined when `previous` starts its line.
    const atLineStart = k === 0 || (gapAfter[k - 1] as Gap) !== Gap.Space
    return spaceBreak(previous, next, atLineStart ? undefined : tail(k - 1))
  }
  const push = (s: number, e: number, w: number, g: number, a: Break) => list.push(s, e, w, g, a)
  // The weights of the words seen so far: a text says "the" and "e.g." many times, and a word with a
  // dot or an emoji costs the counter a scan for URLs and emoji each time. Short words only, and a
  // bounded number of them (the first ones; prose repeats its common words early).
  const weights = new Map<string, number>()
  const weigh = (word: string): number => {
    if (word.length > maxRemembered) return counter.weigh(word)
    let weight = weights.get(word)
    if (weight === undefined) {
      weight = counter.weigh(word)
      if (weights.size < rememberedWords) weights.set(word, weight)
    }
    return weight
  }
  for (let k = 0; k < canonical.count; k++) {
    setFirst(k, list.count)
    const ws = wordStart[k] as number
    const we = wordEnd[k] as number
    const j = reuse ? (reuse.same[k] as number) : -1
    if (previous && reuse && j >= 0) {
      // The same word in the same surroundings: its units, moved by the edit's change in length.
      // A run of such words is copied at once.
      const moved = reuse.moved[k] as number
      let last = k
      while (last + 1 < canonical.count && (reuse.same[last + 1] as number) === j + last + 1 - k && reuse.moved[last + 1] === moved) last++
      const from = firstUnit(previous, j)
      for (let w = k; w <= last; w++) {
        setFirst(w, list.count + firstUnit(previous, j + w - k) - from)
        if (previous.heavy.size > 0) {
          const cut = previous.heavy.get(j + w - k)
          if (cut !== undefined) heavy.set(w, cut)
        }
      }
      list.copy(previous.units, from, firstUnit(previous, j + last - k + 1), moved ? shift : 0)
      k = last
      continue
    }
    const word = text.slice(ws, we)
    let wordBreak: Break = Break.End
    let wordGap = 0
    if (k < canonical.count - 1) {
      const kind = gapAfter[k] as Gap
      wordGap = kind === Gap.Space || kind === Gap.Line ? 1 : 2
      wordBreak =
        kind === Gap.Hard
          ? Break.Hard
          : kind === Gap.Paragraph
            ? Break.Paragraph
            : kind === Gap.Line
              ? Break.Line
              : breakBetween(k)
    }

    // Fast path: most words have no inner break and fit easily. An ASCII word has none.
    let wordWeight: number | undefined
    if (canonical.wide[k] === 0 || !needsInnerBreaks.test(word)) {
      wordWeight = weigh(word)
      if (wordWeight <= longWord) {
        push(ws, we, wordWeight, wordGap, wordBreak)
        continue
      }
    }
    const {pieces: inner, context} = innerBreaks(word, counter)
    // Pieces of a word are weighed and cut with the word's own atoms and entities: twitter-text
    // reads a piece alone differently (`。.example.com` is a URL in the word, not in its piece).
    let weightBefore: Float64Array | undefined
    if (context && inner.length > 0) {
      weightBefore = new Float64Array(word.length + 1)
      let total = 0
      for (const atom of context.atoms) {
        weightBefore[atom.start] = total
        total += atom.weight
      }
      weightBefore[word.length] = total
    }
    let pieceStart = 0
    let peak = 0
    const emit = (pieceEnd: number, pieceBreak: Break, pieceGap: number) => {
      const piece = word.slice(pieceStart, pieceEnd)
      const pieceWeight = weightBefore
        ? (weightBefore[pieceEnd] as number) - (weightBefore[pieceStart] as number)
        : wordWeight !== undefined && pieceStart === 0 && pieceEnd === word.length
          ? wordWeight // weighed above: a word of megabytes is not weighed twice
          : counter.weigh(piece)
      if (pieceWeight > peak) peak = pieceWeight
      if (pieceWeight > longWord) {
        let cutStart = pieceStart
        const pieceContext = weightBefore && context ? clip(context, pieceStart, pieceEnd) : undefined
        for (const cut of cutLongWord(piece, counter, longWord, pieceContext)) {
          const last = cut.after === Break.End
          push(ws + cutStart, ws + pieceStart + cut.end, cut.weight, last ? pieceGap : 0, last ? pieceBreak : cut.after)
          cutStart = pieceStart + cut.end
        }
      } else {
        push(ws + pieceStart, ws + pieceEnd, pieceWeight, pieceGap, pieceBreak)
      }
      pieceStart = pieceEnd
    }
    for (const piece of inner) emit(piece.end, piece.after, 0)
    emit(word.length, wordBreak, wordGap)
    if (peak > longWord) heavy.set(k, peak)
  }

  const count = list.count
  setFirst(canonical.count, count)
  const units: Units = {
    count,
    start: list.start.subarray(0, count),
    end: list.end.subarray(0, count),
    weight: list.weight.subarray(0, count),
    gap: list.gap.subarray(0, count),
    after: list.after.subarray(0, count),
    glue: new Uint8Array(0)
  }
  units.glue = structureGlue(text, units)
  return {units, canonical, longWord, wordFirst, heavy}
}
