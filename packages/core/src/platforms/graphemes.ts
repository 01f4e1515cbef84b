/**
 * Grapheme clusters (user-perceived characters), the unit Bluesky and Mastodon count in, found in
 * bounded windows. `Intl.Segmenter` is quadratic in the number of segments of one string on
 * Node 20 (40,000 clusters take 7.7 s, 10,000 take 37 ms), so a long text is segmented a window at
 * a time.
 *
 * A window always starts on a real cluster boundary (the start of the text, or the start of the
 * previous window's last cluster), and the rules that decide a boundary only look back within the
 * cluster in progress (UAX #29: regional indicator pairs and emoji ZWJ sequences included). Every
 * cluster that ends before the window does is therefore exact; the last one may run on past the
 * window, so the next window starts again at its start. A cluster longer than the window (a letter
 * under thousands of combining marks) makes the window grow until it ends: segmenting one long
 * cluster is cheap, it is many short ones that are quadratic. Growing still reads a megabyte-long
 * cluster about twice, so where the window ends inside a repetition (the same mark, the same joined
 * emoji) the middle of the repetition is left out instead (`endOfRepetition`).
 */

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'})
const window = 512
// Printable ASCII: every code unit is its own cluster (CR LF, the one ASCII pair that joins, is excluded).
const printableAscii = /^[\x20-\x7e]*$/

/**
 * Whether a code point always has a grapheme boundary on both sides when its neighbours are such code
 * points too: printable ASCII, Latin-1 and Latin Extended letters, Greek, Cyrillic, most general and
 * CJK punctuation, kana, ideographs and full-width forms. None of them joins the character before it
 * (marks, ZWJ, spacing marks, voiced-sound marks) or after it (prepended concatenation marks), or is
 * an emoji, a regional indicator, a Hangul jamo or CR/LF (© ® ‼ ⁉ 〰 〽 are emoji; U+302A–U+302F,
 * U+3099, U+309A, U+FF9E and U+FF9F are extending marks).
 */
function isSimple(code: number): boolean {
  if (code < 0x3000) {
    if (code < 0x0250) return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code !== 0xa9 && code !== 0xae)
    if (code < 0x2010) return (code >= 0x0370 && code <= 0x03ff) || (code >= 0x0400 && code <= 0x0482)
    return code <= 0x2027 || (code >= 0x2030 && code <= 0x205e && code !== 0x203c && code !== 0x2049)
  }
  if (code <= 0x30ff) {
    if (code <= 0x303f) return code <= 0x3029 || (code >= 0x3031 && code <= 0x303c)
    return (code >= 0x3041 && code <= 0x3096) || code >= 0x309b
  }
  return (
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff01 && code <= 0xff9d) ||
    (code >= 0x20000 && code <= 0x3ffff)
  )
}

/**
 * Calls `visit(start, end)` for every grapheme cluster of `text`, in order (UTF-16 offsets).
 *
 * Only the stretches around characters that can join a neighbour go to `Intl.Segmenter` (one segment
 * object per cluster is what costs there): between two `isSimple` code points there is always a
 * boundary. A stretch takes the simple code point before its first other one (marks may join it) and
 * runs to the first two simple code points in a row, taking the first of them (it may follow a
 * prepended mark), so it starts and ends on real boundaries. Japanese, Chinese and most Latin text
 * never reach the segmenter.
 */
export function forEachGrapheme(text: string, visit: (start: number, end: number) => void): void {
  if (printableAscii.test(text)) {
    for (let index = 0; index < text.length; index++) visit(index, index + 1)
    return
  }
  const length = text.length
  const next = (at: number) => at + ((text.codePointAt(at) as number) > 0xffff ? 2 : 1)
  const simpleAt = (at: number) => at < length && isSimple(text.codePointAt(at) as number)
  let index = 0
  while (index < length) {
    let at = index
    let last = -1 // start of the last simple code point before `at`
    while (simpleAt(at)) {
      last = at
      at = next(at)
    }
    if (at === length) {
      visitSimple(text, index, length, visit)
      return
    }
    const from = last >= 0 ? last : at
    visitSimple(text, index, from, visit)
    let to = at
    let previous = -1 // the last code point read, not simple
    let skipFrom = at + 1024 // where the scan next tries to skip a repetition
    while (to < length) {
      if (to >= skipFrom) {
        to = pastRepetition(text, to)
        skipFrom = to + 1024
        previous = -1
      }
      // One read per code point, and no class test for a repeated one: a stretch can be a
      // megabyte of one mark.
      const code = text.codePointAt(to) as number
      const after = to + (code > 0xffff ? 2 : 1)
      if (code !== previous) {
        if (!isSimple(code)) {
          previous = code
        } else if (after >= length || simpleAt(after)) {
          to = after
          break
        } else {
          previous = -1
        }
      }
      to = after
    }
    segmentRange(text, from, Math.min(to, length), visit)
    index = Math.min(to, length)
  }
}

/**
 * Where the stretch scan may go on from `to` (a code point it reached, at least 1,024 code units into
 * the stretch, with no end found): past the repetition it is in, if any. Whether a stretch ends at a
 * code point depends on it and the next one only, so where the text repeats the units before it, it
 * cannot end either; the scan resumes a few units before the repetition's end, on a code point (a
 * whole number of units after `to`), and reads the rest.
 */
function pastRepetition(text: string, to: number): number {
  const unit = repeatingUnit(text, to)
  if (unit === 0) return to
  // Whole copies at a time, so that `end` stays a whole number of copies after `to`.
  const end = followRepetition(text, to, unit, unit * Math.floor(block / unit), text.length)
  // Every code point before `resume` has itself and the next one inside the repetition.
  const resume = end - unit * Math.ceil(4 / unit)
  return resume > to ? resume : to
}

/** Clusters of a stretch of simple code points: one per code point. */
function visitSimple(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  for (let index = from; index < to; ) {
    const end = index + ((text.codePointAt(index) as number) > 0xffff ? 2 : 1)
    visit(index, end)
    index = end
  }
}

/** Clusters of `text.slice(from, to)`, both ends real boundaries, segmented in bounded windows. */
function segmentRange(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let base = from
  let size = window
  while (base < to) {
    let end = Math.min(to, base + size)
    // Never end a window between the halves of a surrogate pair.
    const last = text.charCodeAt(end - 1)
    if (end < to && last >= 0xd800 && last <= 0xdbff) end--
    const starts: number[] = []
    for (const {index} of segmenter.segment(text.slice(base, end))) starts.push(base + index)
    if (end === to) {
      for (let k = 0; k < starts.length; k++) visit(starts[k] as number, k + 1 < starts.length ? (starts[k + 1] as number) : end)
      return
    }
    if (starts.length === 1) {
      // One cluster fills the window: it may go on, so look further before deciding where it ends.
      const clusterEnd = endOfRepetition(text, base, end, to)
      if (clusterEnd > 0) {
        visit(base, clusterEnd)
        base = clusterEnd
        continue
      }
      size *= 2
      continue
    }
    // All but the last cluster are final; the last one may continue past the window.
    for (let k = 0; k + 1 < starts.length; k++) visit(starts[k] as number, starts[k + 1] as number)
    base = starts[starts.length - 1] as number
    size = window
  }
}

// The longest repeated unit, in code units, that `repeatingUnit` looks for (`👨‍👩‍👧‍👦` is 11).
const longestUnit = 32
// How many code units before an offset must repeat for `repeatingUnit` to find the unit.
const probe = 4 * longestUnit
// How far a repetition is followed with one string comparison.
const block = 4096

/** The shortest unit (up to `longestUnit` code units) that repeats over the `probe` code units before `at`; 0 when none does. */
function repeatingUnit(text: string, at: number): number {
  search: for (let size = 1; size <= longestUnit; size++) {
    for (let index = at - probe; index < at; index++) {
      if (text.charCodeAt(index) !== text.charCodeAt(index - size)) continue search
    }
    return size
  }
  return 0
}

/**
 * How far from `at` the text goes on repeating `unit` (`text[k] === text[k - unit]`), followed `step`
 * code units at a time without passing `to`: one string comparison of a step with the step one unit
 * before it (memcmp in the engine) instead of a code unit at a time. The caller reads what is left.
 */
function followRepetition(text: string, at: number, unit: number, step: number, to: number): number {
  let end = at
  while (end + step <= to && text.slice(end, end + step) === text.slice(end - unit, end - unit + step)) end += step
  return end
}

/**
 * The end of the cluster that starts at `base` and fills `[base, end)`, when the window ends inside a
 * repetition (`a` under a million U+0301, `👍🏽‍` joined 200,000 times): -1 when it does not, or when
 * the answer needs a longer look (then the window doubles, as before).
 *
 * A boundary depends on the text since the last boundary only through a finite-state reading of it
 * (UAX #29: the character classes around it, with emoji ZWJ sequences and Indic conjuncts looking back
 * over runs, and regional indicators counted in pairs). Reading a repetition, that state settles
 * within a few copies and then repeats with a period of 1 or 2 copies. So removing an even number of
 * copies from the middle of a long repetition changes no boundary before or after it, and the removed
 * copies have the boundaries of the two copies before them: none, as they lie in this one-cluster
 * window. The segmenter then reads the repetition's head, its tail and what follows, instead of
 * windows doubling over a megabyte of one cluster.
 */
function endOfRepetition(text: string, base: number, end: number, to: number): number {
  const unit = repeatingUnit(text, end)
  if (unit === 0) return -1
  // The repetition: text[k] === text[k - unit] for every k in [first + unit, last).
  let first = end - probe - unit
  while (first > base && text.charCodeAt(first - 1) === text.charCodeAt(first - 1 + unit)) first--
  // A block at a time first, then the last block unit by unit.
  let last = followRepetition(text, end, unit, block, to)
  while (last < to && text.charCodeAt(last) === text.charCodeAt(last - unit)) last++
  // Keep enough copies for the state to settle, and cut where an even number of copies is left out.
  const keep = Math.max(128, 8 * unit)
  if (end - first < keep + 2 * unit) return -1
  const cut = first + keep + ((last - first - keep) % (2 * unit))
  const removed = last - cut
  if (removed < window) return -1
  let tailEnd = Math.min(to, last + window)
  const lastUnit = text.charCodeAt(tailEnd - 1)
  if (tailEnd < to && lastUnit >= 0xd800 && lastUnit <= 0xdbff) tailEnd--
  // The two pieces meet as the repetition's last copy meets what follows it (cut and last are a
  // whole number of copies apart), so no surrogate pair is split there.
  const condensed = text.slice(base, cut) + text.slice(last, tailEnd)
  let second = -1
  for (const {index} of segmenter.segment(condensed)) {
    if (index > 0) {
      second = index
      break
    }
  }
  if (second < 0) return tailEnd === to ? to : -1
  // The first boundary is where the repetition ends, or after: past the cut, or just before it when
  // a high surrogate there pairs with what follows the repetition (or ends the text), as the
  // repetition's last unit does. One earlier would contradict the window: leave it to the windows.
  const beforeCut = text.charCodeAt(cut - 1)
  const junction = cut - base - (beforeCut >= 0xd800 && beforeCut <= 0xdbff ? 1 : 0)
  if (second < junction) return -1
  return base + second + removed
}

/** Number of grapheme clusters in `text`. */
export function graphemeLength(text: string): number {
  if (printableAscii.test(text)) return text.length
  let count = 0
  forEachGrapheme(text, () => {
    count++
  })
  return count
}

/** UTF-8 length of `text` in bytes (lone surrogates count 3, as U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4
        index++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}
