/**
 * Canonical form of a text for splitting: what a tweet shows, with a map back to the caller's
 * original UTF-16 offsets.
 *
 * - Characters X rejects or that mean nothing in a post are dropped: C0/C1 controls other than
 *   whitespace, U+FEFF, U+FFFE, U+FFFF. Lone surrogates become U+FFFD (they cannot be encoded).
 * - Whitespace collapses: a run without a newline becomes one space, with one newline `\n`, with
 *   two or three `\n\n`, with four or more (or a line of three or more dashes alone, `---`) a hard
 *   break.
 *   No-break spaces (U+00A0, U+2007, U+202F) are not breaking whitespace: they stay in the word.
 * - Each word is NFC-normalised (skipped for ASCII, which is always NFC).
 */

import {isBlankAtWordEdge, trimBlank} from './invisible.js'
import {insidePair} from './surrogates.js'

export const enum Gap {
  Space = 0,
  Line = 1,
  Paragraph = 2,
  Hard = 3
}

export interface Canonical {
  /** Canonical text: words joined by ` `, `\n` or `\n\n`. */
  text: string
  /** Start and end of each word in `text`. */
  wordStart: Int32Array
  wordEnd: Int32Array
  /** Kind of the gap after each word (the last entry is unused). */
  gapAfter: Uint8Array
  /** 1 for a word holding a non-ASCII character, 0 for an ASCII word. */
  wide: Uint8Array
  /** Number of words. */
  count: number
  /**
   * Map an offset in `text` to an offset in the original string. Never inside a surrogate pair
   * of the original: inside a word whose normalisation changed its length the mapping is
   * approximate, and a start (`isEnd` false) then moves back, an end forward, to a code point.
   */
  toSource(offset: number, isEnd?: boolean): number
}

// Control characters other than whitespace, the BOM and the two noncharacters X rejects.
const dropped = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFEFF\uFFFE\uFFFF]/
const droppedGlobal = new RegExp(dropped.source, 'g')
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// Breaking whitespace is JavaScript's \s minus the no-break spaces (U+00A0, U+2007, U+202F) and U+FEFF.
const asciiSpace = new Uint8Array(128)
for (const code of [9, 10, 11, 12, 13, 32]) asciiSpace[code] = 1
const isWideSpace = (code: number) =>
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x2006) ||
  (code >= 0x2008 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x205f ||
  code === 0x3000
const newline = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g
const nonAscii = /[^\x00-\x7F]/
const breakMarker = /^-{3,}$/

/** Newlines in `source` between `from` and `to` (a gap between two words). */
function countNewlines(source: string, from: number, to: number): number {
  if (to - from === 1) {
    const code = source.charCodeAt(from)
    if (code === 32) return 0
    if (code === 10) return 1
  }
  return source.slice(from, to).match(newline)?.length ?? 0
}

/** Remove dropped characters, remembering where the removed runs were. */
function clean(text: string): {text: string; cleanAt: number[]; sourceAt: number[]} {
  let fixed = text
  // isWellFormed (ES2024) answers without a regex; text with emoji has surrogates but rarely a lone one.
  const wellFormed = typeof fixed.isWellFormed === 'function' ? fixed.isWellFormed() : !/[\uD800-\uDFFF]/.test(fixed)
  if (!wellFormed) fixed = fixed.replace(loneSurrogate, '\uFFFD')
  const cleanAt: number[] = [0]
  const sourceAt: number[] = [0]
  if (!dropped.test(fixed)) return {text: fixed, cleanAt, sourceAt}
  const parts: string[] = []
  let last = 0
  let removed = 0
  for (const match of fixed.matchAll(droppedGlobal)) {
    parts.push(fixed.slice(last, match.index))
    removed++
    last = match.index + 1
    cleanAt.push(last - removed)
    sourceAt.push(last)
  }
  parts.push(fixed.slice(last))
  return {text: parts.join(''), cleanAt, sourceAt}
}

/** Largest index `k` with `sorted[k] <= value` (sorted ascending, `sorted[0] <= value`). */
export function floorIndex(sorted: ArrayLike<number>, value: number, length = sorted.length): number {
  let lo = 0
  let hi = length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((sorted[mid] as number) <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Where each chunk of a word starts, in the word as written and in its NFC form (plus the ends). */
export interface ChunkMap {
  source: Int32Array
  normalized: Int32Array
}

const mark = /\p{M}/u

/**
 * Chunks of a word whose NFC form has another length: each chunk is a code point that is not a
 * combining mark with the marks after it, which is where composition happens. `undefined` when
 * normalising chunk by chunk does not give the word's NFC form (then offsets stay approximate).
 *
 * A letter under a million marks is one chunk: the scan asks the mark expression once per run of
 * the same code point (and never for U+0300–U+036F, which are all marks), and a chunk that is the
 * whole word takes the word's NFC form instead of normalising it again.
 */
export function chunkMap(word: string, normalized: string): ChunkMap | undefined {
  const source: number[] = [0]
  const target: number[] = [0]
  let built = ''
  let chunkStart = 0
  let lastCode = -1
  let lastIsMark = false
  for (let index = 0; index <= word.length; ) {
    const code = index < word.length ? (word.codePointAt(index) as number) : -1
    const size = code > 0xffff ? 2 : 1
    let isMark = false
    if (code >= 0x300) {
      if (code !== lastCode) {
        lastCode = code
        lastIsMark = code <= 0x36f || mark.test(String.fromCodePoint(code))
      }
      isMark = lastIsMark
    }
    if (index > chunkStart && !isMark) {
      built += chunkStart === 0 && code < 0 ? normalized : word.slice(chunkStart, index).normalize('NFC')
      source.push(index)
      target.push(built.length)
      chunkStart = index
    }
    if (code < 0) break
    index += size
  }
  if (built !== normalized) return undefined
  return {source: Int32Array.from(source), normalized: Int32Array.from(target)}
}

/** Grow a typed array to at least `size` entries (doubling), keeping its contents. */
function grown<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array
  let capacity = array.length * 2
  while (capacity < size) capacity *= 2
  const next = new (array.constructor as new (n: number) => T)(capacity)
  next.set(array)
  return next
}

export function canonicalize(input: string): Canonical {
  const cleaned = clean(input)
  const source = cleaned.text
  // Word boundaries by a character scan: a regular expression's match objects cost too much on
  // multi-megabyte inputs. The words are counted first, so that their offsets go straight into typed
  // arrays of the right size: a growable array of millions of numbers, or a typed array doubled as
  // it fills, leaves several times its size behind for the garbage collector (10 MB of prose peaked
  // at 245 MB here). The same arrays then hold the canonical offsets, rewritten in place.
  // Past U+3000 nothing is breaking whitespace: emoji (surrogates), CJK and Hangul take one comparison.
  const isSpace = (code: number) => (code < 128 ? asciiSpace[code] === 1 : code <= 0x3000 && (code === 0x85 || (code >= 0x1680 && isWideSpace(code))))
  let words = 0
  let inWord = false
  for (let index = 0; index < source.length; index++) {
    const space = isSpace(source.charCodeAt(index))
    if (!space && !inWord) words++
    inWord = !space
  }
  const starts = new Int32Array(words)
  const ends = new Int32Array(words)
  // 1 for a word with a non-ASCII character: only those may change under NFC.
  const wide = new Uint8Array(words)
  let n = 0
  let wordFrom = -1
  let wideWord = 0
  // No-break spaces stay inside words ("10 km"), but at a word's edge they are just space: trim
  // them, and drop words made of nothing else. The same for characters that render nothing (a
  // zero-width space, a joiner with nothing to join), which only inside a word may do a job; bidi
  // marks act on the spaces and punctuation around them, so they stay (see invisible.ts).
  const keep = (from: number, to: number) => {
    let start = from
    let end = to
    const first = source.charCodeAt(from)
    const last = source.charCodeAt(to - 1)
    // Printable ASCII is never blank: most words need no trimming.
    if (!(first > 32 && first < 127 && last > 32 && last < 127)) {
      ;[start, end] = trimBlank(source, from, to, isBlankAtWordEdge)
      if (start === end) return
    }
    starts[n] = start
    ends[n] = end
    wide[n] = wideWord
    n++
  }
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (isSpace(code)) {
      if (wordFrom >= 0) {
        keep(wordFrom, index)
        wordFrom = -1
      }
    } else {
      if (wordFrom < 0) {
        wordFrom = index
        wideWord = 0
      }
      if (code >= 128) wideWord = 1
    }
  }
  if (wordFrom >= 0) keep(wordFrom, source.length)

  const ascii = !nonAscii.test(source)
  // Words whose NFC form has another length: their chunks, or (when chunk-wise NFC differs from
  // the word's) only their length in the source.
  const changed = new Map<number, ChunkMap | number>()
  // Canonical word `count` is written over source word `k >= count`, which has been read by then.
  const wordStart = starts
  const wordEnd = ends
  const gapAfter = new Uint8Array(n)
  // Where the canonical words came from in `source` (the cleaned input), as runs: from word
  // `runWord[r]` on, a word starts `runDelta[r]` code units later in the source than in the
  // canonical text. Prose read verbatim is one run; each collapsed gap or normalised word starts one.
  let runWord = new Int32Array(16)
  let runDelta = new Int32Array(16)
  let runs = 0
  const parts: string[] = []
  let length = 0
  let count = 0
  let pendingHard = false

  // Where the source already reads as the canonical text (words joined by exactly the gap shown),
  // it is copied a run at a time instead of a word at a time: prose is a handful of runs.
  let runFrom = -1
  const flush = (to: number) => {
    if (runFrom >= 0) parts.push(source.slice(runFrom, to))
    runFrom = -1
  }
  let previousEnd = 0
  // Source offset minus canonical offset of the last word's start: a word that differs starts a run.
  let delta = Number.NaN
  let sourceEnd = 0 // where the word before this one ended in the source
  for (let k = 0; k < n; k++) {
    const start = starts[k] as number
    const end = ends[k] as number
    const isWide = wide[k] as number
    const before = k === 0 ? Infinity : countNewlines(source, sourceEnd, start)
    sourceEnd = end
    if (source.charCodeAt(start) === 45 && breakMarker.test(source.slice(start, end))) {
      const after = k === n - 1 ? Infinity : countNewlines(source, end, starts[k + 1] as number)
      if (before > 0 && after > 0) {
        pendingHard = true
        continue
      }
    }
    if (count > 0) {
      const gap: Gap = pendingHard || before >= 4 ? Gap.Hard : before >= 2 ? Gap.Paragraph : before === 1 ? Gap.Line : Gap.Space
      gapAfter[count - 1] = gap
      const shown = gap === Gap.Space ? ' ' : gap === Gap.Line ? '\n' : '\n\n'
      const verbatim =
        runFrom >= 0 &&
        start - previousEnd === shown.length &&
        source.charCodeAt(previousEnd) === shown.charCodeAt(0) &&
        (shown.length === 1 || source.charCodeAt(previousEnd + 1) === 10)
      if (!verbatim) {
        flush(previousEnd)
        parts.push(shown)
      }
      length += shown.length
    }
    pendingHard = false
    let size = end - start
    if (!ascii && isWide === 1) {
      const text = source.slice(start, end)
      const normalized = text.normalize('NFC')
      if (normalized !== text) {
        if (normalized.length !== text.length) changed.set(count, chunkMap(text, normalized) ?? text.length)
        flush(start) // the run, with the gap before this word if it was copied verbatim
        parts.push(normalized)
        size = normalized.length
      } else if (runFrom < 0) {
        runFrom = start
      }
    } else if (runFrom < 0) {
      runFrom = start
    }
    if (start - length !== delta) {
      delta = start - length
      if (runs === runWord.length) {
        runWord = grown(runWord, runs + 1)
        runDelta = grown(runDelta, runs + 1)
      }
      runWord[runs] = count
      runDelta[runs] = delta
      runs++
    }
    wordStart[count] = length
    wide[count] = isWide
    length += size
    wordEnd[count] = length
    previousEnd = end
    count++
  }
  flush(previousEnd)

  const {cleanAt, sourceAt} = cleaned
  /** Offset `into` a changed word, mapped through its chunks: exact at a chunk's edge, else the chunk's start or end. */
  const intoChanged = (map: ChunkMap, into: number, isEnd: boolean): number => {
    const k = floorIndex(map.normalized, into)
    if ((map.normalized[k] as number) === into || !isEnd) return map.source[k] as number
    return map.source[k + 1] as number
  }
  const toSource = (offset: number, isEnd = false): number => {
    let inClean: number
    if (count === 0) {
      inClean = 0
    } else {
      const k = floorIndex(wordStart, offset, count)
      const into = offset >= (wordEnd[k] as number) ? Infinity : offset - (wordStart[k] as number)
      const from = (wordStart[k] as number) + (runDelta[floorIndex(runWord, k, runs)] as number)
      const change = changed.get(k)
      const span = change === undefined ? (wordEnd[k] as number) - (wordStart[k] as number) : typeof change === 'number' ? change : (change.source[change.source.length - 1] as number)
      const map = into > 0 && into !== Infinity && typeof change === 'object' ? change : undefined
      // Inside a word whose normalisation changed its length, offsets map through its chunks, or
      // (when chunk-wise NFC differs from the word's) are approximate but stay in the word.
      inClean = from + (map ? intoChanged(map, into, isEnd) : Math.min(Math.max(into, 0), span))
    }
    const c = floorIndex(cleanAt, inClean)
    const mapped = (sourceAt[c] as number) + inClean - (cleanAt[c] as number)
    if (insidePair(input, mapped)) return isEnd ? mapped + 1 : mapped - 1
    return mapped
  }

  return {
    text: parts.join(''),
    wordStart: wordStart.subarray(0, count),
    wordEnd: wordEnd.subarray(0, count),
    gapAfter: gapAfter.subarray(0, count),
    wide: wide.subarray(0, count),
    count,
    toSource
  }
}
