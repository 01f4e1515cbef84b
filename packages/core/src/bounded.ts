/**
 * twitter-text's URL and emoji extraction, run on bounded pieces of the text so that it stays
 * linear on every input, with exactly the result of one call on the whole text.
 *
 * twitter-text's URL regular expression is superlinear on long runs without a space: at every
 * start it consumes the run greedily and backtracks looking for a dot (`'東'.repeat(20000) + ' x.com'`
 * takes seconds). Its result also depends on context: a failed match (a label over 63 characters)
 * consumes text, so a URL after ~50 CJK characters in the same run is not one. So the text may only
 * be cut where the result provably cannot depend on what lies beyond:
 *
 * - A **cut character** `c` at offset `p` is split into both pieces: `[start, p + 1)` and `[p, end)`.
 * - `c` is never inside a URL any match could produce: every URL match has a domain ending in a
 *   top-level domain (the regex's `validGTLD | validCCTLD | validPunycode`) after a dot. For each dot
 *   that a TLD may follow, the stretch from the start of the label chain before it (minus room for
 *   a protocol and the preceding character) to the end of the domain characters and path or query
 *   characters after it is marked; `c` must lie outside every marked stretch. So no match (found in
 *   the whole text or in a piece) contains `c` except as its preceding character, the one-character
 *   lookaheads see the same `c` in both, and matches never span `p`.
 * - `c` cannot end a TLD (no ASCII letter or digit, nothing non-ASCII but CJK ideographs, kana and
 *   Hangul outside any IDN TLD), so cutting after it creates no new `$` lookahead match; it cannot
 *   be part of an emoji sequence; and it is not half of a surrogate pair.
 *
 * Pieces are at least `minPiece` code units long; stretches with no mark at all skip the URL
 * extractor entirely (no TLD, no URL). A marked stretch is handed over whole: it holds a real
 * domain, on which the regex finds its match in one pass.
 */
import twitter from 'twitter-text'
import twemoji from 'twemoji-parser'

export interface Found {
  start: number
  end: number
}

const regexen = twitter.regexen
/** TLDs of the regex's alternations, ASCII ones lower-cased (the regex is case-insensitive). */
const tlds = new Set<string>()
for (const source of [regexen.validGTLD.source, regexen.validCCTLD.source]) {
  for (const tld of source.replace(/^\(\?:\(\?:/, '').replace(/\)\(\?=[\s\S]*$/, '').split('|')) tlds.add(tld.toLowerCase())
}
let longestTld = 0
for (const tld of tlds) longestTld = Math.max(longestTld, tld.length)
// Characters of non-ASCII TLDs (`中国`, `みんな`): a cut never falls on one of them.
const tldCharacters = new Set<number>()
for (const tld of tlds) for (let index = 0; index < tld.length; index++) tldCharacters.add(tld.charCodeAt(index))

// Per code unit, computed once on first sight: bit 1 = may be in a domain (label character, `.`,
// `-`, `_`), bit 2 = may be in a path, query or port, bit 4 = may be a cut character; bit 128 = known.
const classes = new Uint8Array(65536)
const domainCharacter = new RegExp(`^${regexen.validDomainChars.source}$`)
const pathCharacter = new RegExp(`^(?:${regexen.validGeneralUrlPathChars.source}|${regexen.validUrlQueryChars.source}|[()?:])$`, 'i')

function classOf(code: number): number {
  let value = classes[code] as number
  if (value !== 0) return value
  const char = String.fromCharCode(code)
  value = 128
  if (code === 0x2e || code === 0x2d || code === 0x5f || domainCharacter.test(char)) value |= 1
  if (pathCharacter.test(char)) value |= 2
  const asciiCut = code < 0x80 && !/[0-9A-Za-z#*]/.test(char)
  const cjkCut =
    ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3)) &&
    !tldCharacters.has(code)
  if (asciiCut || cjkCut) value |= 4
  classes[code] = value
  return value
}

const isAsciiAlphanumeric = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)

// The URL regex's own TLD alternatives, anchored where they are tried. One test costs a few
// microseconds, so the ASCII case (most dots) is decided with the set instead.
const tldSticky = new RegExp(`(?:${regexen.validGTLD.source}|${regexen.validCCTLD.source}|${regexen.validPunycode.source})`, 'iy')
function tldAt(text: string, at: number): boolean {
  tldSticky.lastIndex = at
  return tldSticky.test(text)
}

/** Whether a top-level domain (as the URL regex defines it, lookahead included) may start at `at`. */
function tldMayStart(text: string, at: number): boolean {
  const first = text.charCodeAt(at)
  if (Number.isNaN(first)) return false
  if (first >= 0x80) return tldAt(text, at) // IDN TLDs (rare): ask the regex itself
  let end = at
  while (end < text.length && end - at <= longestTld && isAsciiAlphanumeric(text.charCodeAt(end))) end++
  if (end === at) return false
  if (text.slice(at, at + 4).toLowerCase() === 'xn--') return true // validPunycode has no lookahead
  if (end - at > longestTld) return false
  const after = text.charCodeAt(end)
  if (after >= 0x80) return tldAt(text, at) // `vermögensberatung`, or a TLD before CJK text
  // The lookahead `(?=[^0-9a-zA-Z@+-]|$)`: the TLD is the whole alphanumeric run.
  if (after === 0x40 || after === 0x2b || after === 0x2d) return false
  return tlds.has(text.slice(at, end).toLowerCase())
}

/**
 * Sorted, disjoint `[start, end)` stretches where some URL match may lie (see the module comment).
 * One pass: label chains start after any character that cannot be in a domain or after `..`,
 * `.-`, `-.`, `._`, `_.` (no label starts or ends with `-` or `_`, none is empty).
 */
function urlStretches(text: string): number[] {
  const stretches: number[] = []
  let chainStart = 0
  let domainEnd = 0 // forward pointers: both only move right
  let pathEnd = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (!(classOf(code) & 1)) {
      chainStart = index + 1
      continue
    }
    const previous = index > 0 ? text.charCodeAt(index - 1) : 0
    const dot = code === 0x2e
    if ((dot && (previous === 0x2e || previous === 0x2d || previous === 0x5f)) || (previous === 0x2e && (code === 0x2d || code === 0x5f))) {
      chainStart = index
    }
    if (!dot || !tldMayStart(text, index + 1)) continue
    if (domainEnd < index + 1) domainEnd = index + 1
    while (domainEnd < text.length && classOf(text.charCodeAt(domainEnd)) & 1) domainEnd++
    if (pathEnd < domainEnd) pathEnd = domainEnd
    while (pathEnd < text.length && classOf(text.charCodeAt(pathEnd)) & 2) pathEnd++
    // Room before the chain for `https://` and the preceding character.
    const from = Math.max(0, chainStart - 10)
    const to = pathEnd + 1
    if (stretches.length > 0 && from <= (stretches[stretches.length - 1] as number)) {
      stretches[stretches.length - 1] = Math.max(stretches[stretches.length - 1] as number, to)
    } else {
      stretches.push(from, to)
    }
  }
  return stretches
}

const nonAscii = /[^\x00-\x7f]/

/**
 * URLs and emoji of `text`, exactly as `twitter.extractUrlsWithIndices(text)` and
 * `twemoji.parse(text)` find them, in time linear in `text`. `minPiece` is the shortest piece
 * handed to twitter-text (tests use 1 to cut at every cut character).
 */
export function extractUrlsAndEmoji(text: string, minPiece = 512): {urls: Found[]; emoji: Found[]} {
  const urls: Found[] = []
  const emoji: Found[] = []
  const hasDot = text.includes('.')
  const stretches = hasDot ? urlStretches(text) : []
  const emojiPossible = nonAscii.test(text)
  if (stretches.length === 0 && !emojiPossible) return {urls, emoji}

  let stretch = 0
  const piece = (from: number, to: number) => {
    // Stretches that end before this piece are behind us; does one overlap it?
    while (stretch < stretches.length && (stretches[stretch + 1] as number) <= from) stretch += 2
    const part = from === 0 && to === text.length ? text : text.slice(from, to)
    if (stretch < stretches.length && (stretches[stretch] as number) < to) {
      for (const url of twitter.extractUrlsWithIndices(part)) urls.push({start: from + url.indices[0], end: from + url.indices[1]})
    }
    if (emojiPossible && nonAscii.test(part)) {
      for (const found of twemoji.parse(part)) emoji.push({start: from + found.indices[0], end: from + found.indices[1]})
    }
  }
  let start = 0
  let next = 0 // index into stretches: the first stretch not yet behind `index`
  for (let index = minPiece; index < text.length; index++) {
    if (index - start < minPiece) continue
    while (next < stretches.length && (stretches[next + 1] as number) <= index) next += 2
    if (next < stretches.length && (stretches[next] as number) <= index) {
      index = (stretches[next + 1] as number) - 1 // jump past the stretch
      continue
    }
    if (!(classOf(text.charCodeAt(index)) & 4)) continue
    piece(start, index + 1)
    start = index
  }
  piece(start, text.length)
  return {urls, emoji}
}
