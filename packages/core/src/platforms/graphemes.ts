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
 * cluster is cheap, it is many short ones that are quadratic.
 */

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'})
const window = 512
// Printable ASCII: every code unit is its own cluster (CR LF, the one ASCII pair that joins, is excluded).
const printableAscii = /^[\x20-\x7e]*$/

/**
 * Calls `visit(start, end)` for every grapheme cluster of `text`, in order (UTF-16 offsets).
 *
 * Only the stretches around non-ASCII characters go to `Intl.Segmenter` (one segment object per
 * cluster is what costs there): between two ASCII characters there is always a boundary but in
 * CR LF, since every character that joins the one before it (marks, ZWJ, spacing marks) or the one
 * after it (prepended concatenation marks) is outside ASCII. A stretch takes the ASCII character
 * before its first non-ASCII one (marks may join it) and the one after its last (it may follow a
 * prepended mark), so it starts and ends on real boundaries.
 */
export function forEachGrapheme(text: string, visit: (start: number, end: number) => void): void {
  if (printableAscii.test(text)) {
    for (let index = 0; index < text.length; index++) visit(index, index + 1)
    return
  }
  const length = text.length
  let index = 0
  while (index < length) {
    let next = index
    while (next < length && text.charCodeAt(next) < 0x80) next++
    if (next === length) {
      visitAscii(text, index, length, visit)
      return
    }
    let from = next > index ? next - 1 : next
    // `\r\n` is one cluster: never start a stretch between the two.
    if (from > index && text.charCodeAt(from) === 0x0a && text.charCodeAt(from - 1) === 0x0d) from--
    visitAscii(text, index, from, visit)
    let to = next
    // Up to the next two ASCII characters in a row (one alone between non-ASCII ones stays inside).
    while (to < length && (text.charCodeAt(to) >= 0x80 || (to + 1 < length && text.charCodeAt(to + 1) >= 0x80))) to++
    to = Math.min(length, to + 1)
    if (to < length && text.charCodeAt(to) === 0x0a && text.charCodeAt(to - 1) === 0x0d) to++
    segmentRange(text, from, to, visit)
    index = to
  }
}

/** Clusters of an ASCII stretch: one per code unit, CR LF as one. */
function visitAscii(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  for (let index = from; index < to; index++) {
    if (text.charCodeAt(index) === 0x0d && index + 1 < to && text.charCodeAt(index + 1) === 0x0a) {
      visit(index, index + 2)
      index++
    } else {
      visit(index, index + 1)
    }
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
      size *= 2
      continue
    }
    // All but the last cluster are final; the last one may continue past the window.
    for (let k = 0; k + 1 < starts.length; k++) visit(starts[k] as number, starts[k + 1] as number)
    base = starts[starts.length - 1] as number
    size = window
  }
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
