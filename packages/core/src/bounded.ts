/**
 * twitter-text's URL and emoji extraction, run on bounded pieces of the text so that it stays
 * linear on every input, with exactly the result of one call on the whole text.
 *
 * twitter-text's URL regular expression is superlinear on long runs without a space: at every
 * start it consumes the run greedily and backtracks looking for a dot (`'東'.repeat(20000) + ' x.com'`
 * takes seconds). Its result also depends on context: a match whose domain label is over 63
 * characters is refused but still consumes text, so a URL after ~50 CJK characters in the same run
 * is not one. So the text may only be cut where the result provably cannot depend on what lies
 * beyond:
 *
 * - A **cut character** `c` at offset `p` goes into both pieces: `[start, p + 1)` and `[p, end)`.
 * - `c` lies outside every **stretch** where the URL part of a match may lie (`urlStretches`):
 *   every match has a domain ending in a top-level domain after a dot, so each dot a TLD may follow
 *   gives one stretch, from where that domain may start to where its TLD, port, path or query may
 *   end. No match then contains `c` except as the character before it, the one-character
 *   lookaheads read the same `c` in both pieces, and matches never span `p`.
 * - `c` cannot end a TLD where it is cut (no ASCII letter or digit; a CJK character of an IDN TLD
 *   only with no dot shortly before it), so the end of the first piece creates no `$` lookahead
 *   match; it cannot be part of an emoji sequence; and it is not half of a surrogate pair.
 * - One exception inside a stretch: a domain name of 256+ code units not preceded by a dot. Any
 *   match through it is refused (label over 63), so it may be cut at a character that can precede a
 *   URL (CJK, `-`) up to 128 code units before the dot: the match from the cut runs to the same
 *   end and is refused the same way.
 *
 * Pieces are at least `minPiece` code units long; pieces without a stretch skip the URL extractor
 * entirely (no TLD, no URL). The rest of a stretch is handed over whole: it holds a domain, on
 * which the regex finds its match in one pass. (Known residual: a refused domain name of thousands
 * of ASCII letters after `xn--` costs twitter-text's own check quadratic time.)
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
  const cjkCut = (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3)
  // A character of an IDN TLD (`中国`, `みんな`) may only be cut at when no dot comes shortly before it.
  if (cjkCut && tldCharacters.has(code)) value |= 8
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

const isLabelCharacter = (code: number) => code === 0x2d || (code !== 0x2e && code !== 0x5f && (classOf(code) & 1) !== 0)

/**
 * Where a top-level domain (as the URL regex defines it, lookahead included) that starts at `at`
 * may end at the latest, or -1 when none may start there.
 */
function tldEnd(text: string, at: number): number {
  const first = text.charCodeAt(at)
  if (Number.isNaN(first)) return -1
  let end = at
  if (first >= 0x80) {
    // IDN TLDs (rare): ask the regex itself; the TLD lies within the label characters after the dot.
    if (!tldAt(text, at)) return -1
    while (end < text.length && end - at < longestTld && isLabelCharacter(text.charCodeAt(end))) end++
    return end
  }
  if (text.slice(at, at + 4).toLowerCase() === 'xn--') {
    // validPunycode, `xn--[-0-9a-z]+`, has no lookahead: it runs as far as its characters do.
    end = at + 4
    while (end < text.length && (isAsciiAlphanumeric(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2d)) end++
    if (end > at + 4) return end
    end = at // `xn--` alone is no punycode TLD; what follows decides as for any TLD
  }
  while (end < text.length && end - at <= longestTld && isAsciiAlphanumeric(text.charCodeAt(end))) end++
  if (end === at || end - at > longestTld) return -1
  const after = text.charCodeAt(end)
  if (after >= 0x80) {
    // `vermögensberatung`, or an ASCII TLD right before CJK text: ask the regex.
    if (!tldAt(text, at)) return -1
    while (end < text.length && end - at < longestTld && isLabelCharacter(text.charCodeAt(end))) end++
    return end
  }
  // The lookahead `(?=[^0-9a-zA-Z@+-]|$)`: the TLD is the whole alphanumeric run.
  if (after === 0x40 || after === 0x2b || after === 0x2d) return -1
  return tlds.has(text.slice(at, end).toLowerCase()) ? end : -1
}

/**
 * Sorted, disjoint `[start, end)` stretches where the URL part of some match may lie (see the
 * module comment). One pass. A match's domain is `subdomain* domainName TLD`: the domain name is
 * the label right before the TLD's dot, letters, digits and `-` only; subdomain labels may also
 * hold `_`, and all are joined by dots. So a domain reaches back past the label before the TLD
 * only when a dot precedes that label, and then no further than the chain of labels (which a
 * `..`, `.-`, `-.`, `._` or `_.`, or any character outside domains, ends). It reaches forward to
 * the end of the TLD, and on through port, path and query characters if `:`, `/` or `?` follows.
 * The character before a match and the one its lookahead reads stay outside: a cut may fall there.
 */
function urlStretches(text: string): number[] {
  const stretches: number[] = []
  const found: Array<[number, number]> = []
  let chainStart = 0
  let pathEnd = 0 // a forward pointer: only moves right
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
    if (!dot) continue
    const end = tldEnd(text, index + 1)
    if (end < 0) continue
    // The domain name: the label characters right before the dot (each is scanned for one dot only).
    let nameStart = index
    while (nameStart > chainStart && isLabelCharacter(text.charCodeAt(nameStart - 1))) nameStart--
    let from = nameStart > 0 && text.charCodeAt(nameStart - 1) === 0x2e ? chainStart : nameStart
    if (from >= 3 && text.slice(from - 3, from) === '://') from = Math.max(0, from - 8) // http:// or https://
    let to = end
    const next = text.charCodeAt(end)
    if (next === 0x3a || next === 0x2f || next === 0x3f) {
      if (pathEnd < end) pathEnd = end
      while (pathEnd < text.length && classOf(text.charCodeAt(pathEnd)) & 2) pathEnd++
      to = pathEnd
    }
    if (text.charCodeAt(nameStart - 1) !== 0x2e && index - nameStart > 256) {
      // A domain name of 64 code points or more never makes a valid URL (its punycode form is
      // over 63 characters), yet checking one costs twitter-text quadratic time (punycode, and
      // `validAsciiDomain` after an `xn--`). Inside such a label, up to 128 code units before the
      // dot, a cut may fall on a character that can precede a URL (CJK, `-`): the match from the
      // cut still runs to the same end and is still refused, so the result is the same.
      found.push([from, nameStart + 1], [index - 128, to])
    } else {
      found.push([from, to])
    }
  }
  // Mostly in order already; sort to be sure, then merge overlapping stretches.
  found.sort((a, b) => a[0] - b[0])
  for (const [from, to] of found) {
    if (stretches.length > 0 && from <= (stretches[stretches.length - 1] as number)) {
      stretches[stretches.length - 1] = Math.max(stretches[stretches.length - 1] as number, to)
    } else {
      stretches.push(from, to)
    }
  }
  return stretches
}

/** Whether a dot lies in `text[from, to)` (a short window). */
function dotWithin(text: string, from: number, to: number): boolean {
  for (let index = Math.max(0, from); index < to; index++) if (text.charCodeAt(index) === 0x2e) return true
  return false
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
    const kind = classOf(text.charCodeAt(index))
    if (!(kind & 4)) continue
    if (kind & 8 && dotWithin(text, index - longestTld - 1, index)) continue
    piece(start, index + 1)
    start = index
  }
  piece(start, text.length)
  return {urls, emoji}
}
