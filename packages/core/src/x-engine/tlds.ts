import {asciiTlds, otherTlds} from './data.js'
import {unpackNumbers, unzigzag} from './packed.js'

// twitter-text's TLD alternatives (gTLD list, then ccTLD list) as a set of their case-folded forms. The
// expression takes the first alternative in list order that matches and whose lookahead
// `(?=[^0-9a-zA-Z@+-]|$)` passes; scripts/generate-x-data.js checks that this is always the longest such
// TLD, which is what `tldEnd` takes.
let set: Set<string> | undefined
let longest = 0
// The folded first code unit of every TLD: most text after a dot (`…`, `。`, a space) starts none.
const firsts = new Set<string>()
// The ASCII TLDs in lower case. An ASCII run can only be one of them: folding keeps a non-ASCII code
// unit non-ASCII. Looking a slice up here skips building its folded copy a code unit at a time.
const lowerAscii = new Set<string>()

/** ES `Canonicalize` for a case-insensitive expression without `u`, one code unit at a time. */
function canonical(text: string, from: number, to: number): string {
  let out = ''
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code >= 97 && code <= 122) {
      out += String.fromCharCode(code - 32)
    } else if (code < 128) {
      out += text[index]
    } else {
      const upper = String.fromCharCode(code).toUpperCase()
      out += upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper : String.fromCharCode(code)
    }
  }
  return out
}

function tldSet(): Set<string> {
  if (set) return set
  set = new Set()
  const add = (tld: string) => {
    const folded = canonical(tld, 0, tld.length)
    set?.add(folded)
    firsts.add(folded.slice(0, 1))
    if (/^[0-9A-Za-z]+$/.test(tld)) lowerAscii.add(tld.toLowerCase())
    longest = Math.max(longest, tld.length)
  }
  // Front-coded: a capital letter (A = 0) gives how much of the previous TLD this one starts with.
  let previous = ''
  for (const entry of asciiTlds.match(/[A-Z][a-z0-9]*/g) ?? []) {
    previous = previous.slice(0, entry.charCodeAt(0) - 65) + entry.slice(1)
    add(previous)
  }
  // The others, a word each: the first code point from the previous first, the rest from the first.
  let first = 0
  for (const word of otherTlds.split(' ')) {
    const [head = 0, ...rest] = unpackNumbers(word).map(unzigzag)
    first += head
    add(String.fromCodePoint(first, ...rest.map((offset) => first + offset)))
  }
  return set
}

/**
 * Whether `name` (without its dot) is one of twitter-text's TLDs, compared case-insensitively as its
 * expression does. Other profiles use the list for bare domains (Bluesky checks them against a TLD list).
 */
export function isTld(name: string): boolean {
  return tldSet().has(canonical(name, 0, name.length))
}

const isAlphanumeric = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)

/** The TLD lookahead: the character at `at` (or the end, at `limit`) may follow a TLD. */
function mayFollow(text: string, at: number, limit: number): boolean {
  if (at >= limit) return true
  const code = text.charCodeAt(at)
  return !(isAlphanumeric(code) || code === 0x40 || code === 0x2b || code === 0x2d)
}

/**
 * Where the TLD alternatives of twitter-text's expressions (gTLD | ccTLD | punycode `xn--[-0-9a-z]+`),
 * tried at `at`, end; -1 when none matches. `limit` is the end of the string the expression runs on.
 * Bounded work except for a punycode TLD, which runs as far as its characters do.
 */
export function tldEnd(text: string, at: number, limit: number): number {
  const tlds = tldSet()
  let end = at
  while (end < limit && end - at <= longest && isAlphanumeric(text.charCodeAt(end))) end++
  if (end - at <= longest) {
    if (end === limit || text.charCodeAt(end) < 0x80) {
      // Only the whole alphanumeric run can pass the lookahead.
      if (end > at && mayFollow(text, end, limit) && lowerAscii.has(text.slice(at, end).toLowerCase())) return end
    } else if (firsts.has(canonical(text, at, at + 1))) {
      // A non-ASCII character follows: the run itself, or a longer TLD that goes on with it (`vermögensberatung`).
      // Case folding maps each code unit to one, so the candidates are prefixes of one folded string.
      const folded = canonical(text, at, at + Math.min(longest, limit - at))
      for (let length = folded.length; length >= Math.max(1, end - at); length--) {
        if (tlds.has(folded.slice(0, length)) && mayFollow(text, at + length, limit)) return at + length
      }
    }
  }
  // validPunycode, no lookahead: `xn--` and one or more of [-0-9a-z], greedy.
  if (limit - at > 4 && (text.charCodeAt(at) | 0x20) === 0x78 && (text.charCodeAt(at + 1) | 0x20) === 0x6e) {
    if (text.charCodeAt(at + 2) === 0x2d && text.charCodeAt(at + 3) === 0x2d) {
      end = at + 4
      while (end < limit && (isAlphanumeric(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2d)) end++
      if (end > at + 4) return end
    }
  }
  return -1
}
