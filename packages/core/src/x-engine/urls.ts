import {ASCII_LABEL, DOMAIN, PATH, PATH_END, PRECEDING, QUERY, QUERY_END, classOf, isAsciiAlphanumeric} from './classes.js'
import {toAsciiLength} from './punycode.js'
import {tldEnd} from './tlds.js'

/**
 * A URL as `twitter.extractUrlsWithIndices` finds it: `[start, end)` are its indices, and `length` is
 * the length of its `url` string, which is what parseTweet skips (23 each). The two differ only for a
 * URL without protocol whose last ASCII domain ends before the matched domain does.
 */
export interface UrlMatch {
  start: number
  end: number
  length: number
}

const DOT = 0x2e
// Every character of a match after its preceding character is in one of these classes.
const IN_URL = DOMAIN | PATH | QUERY
const MAX_URL_LENGTH = 4096
const MAX_LABEL_LENGTH = 63
const MAX_TCO_SLUG_LENGTH = 40

/** A stack of numbers in a typed array grown by doubling (a 100 KB domain is a chain of 40,000 labels). */
class NumberStack {
  values = new Int32Array(16)
  count = 0

  push(value: number): void {
    if (this.count === this.values.length) {
      const grown = new Int32Array(this.count * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.count++] = value
  }
}

/**
 * twitter-text's `extractUrlsWithIndices(text)`, exactly, in time linear in `text`.
 *
 * twitter-text runs one backtracking expression (`extractUrl`) from left to right and then filters each
 * match in code; a refused match still consumes its text. This is the same search, with the expression's
 * backtracking worked out once:
 *
 * - The domain is `subdomain* domainName TLD`. A label runs to the first character outside its class,
 *   which must be a dot, so each label is fixed by its start: the labels form a chain, one per dot. Greedy
 *   backtracking tries the longest chain first and gives labels back one by one until the label before a
 *   TLD is a valid domain name (no `_`) and a TLD matches after it. That answer depends only on where the
 *   chain continues after the first label's dot, so it is computed once per dot (`chainEnd`, memoised)
 *   and every start inside the same first label reuses it.
 * - Port, path and query are optional and greedy; each is one forward scan (`pathEnd`, `queryEnd`).
 * - The filters are twitter-text's: the IDNA check (a label whose punycode form is over 63 characters
 *   refuses the match, which is why a URL after ~50 CJK characters in the same run is not one), the
 *   4,096-character cap, the characters that may not precede a URL without protocol, the ASCII domains
 *   of a URL without protocol (`validAsciiDomain`, again a chain per dot), and t.co slugs.
 */
export function extractUrls(text: string): UrlMatch[] {
  const urls: UrlMatch[] = []
  if (!hasDotBeforeTld(text)) return urls
  const scan = new UrlScan(text)
  let at = 0
  let dot = -1
  while (at < text.length) {
    if (dot < at) {
      // A URL lies within characters of its classes and holds a dot after its start: no match can
      // start before the last character outside those classes that precedes the next dot.
      dot = text.indexOf('.', at)
      if (dot < 0) break
      let outside = dot - 1
      while (outside > at && classOf(text.charCodeAt(outside)) & IN_URL) outside--
      at = outside > at ? outside : at
    }
    let end = -1
    let before = -1
    if (classOf(text.charCodeAt(at)) & PRECEDING) {
      end = scan.urlAt(at + 1)
      before = text.charCodeAt(at)
    }
    if (end < 0 && at === 0) {
      end = scan.urlAt(0) // the `^` alternative
      before = -1
    }
    if (end < 0) {
      // A match needs a preceding character here and a domain character (a protocol's `h` is one)
      // right after it: skip in one step each the offsets without that pair (runs of dots, of
      // punctuation, the letters of a word).
      at++
      while (at + 1 < text.length && !(classOf(text.charCodeAt(at)) & PRECEDING && classOf(text.charCodeAt(at + 1)) & DOMAIN)) at++
      continue
    }
    scan.accept(before, urls)
    at = end
  }
  return urls
}

// A dot and a character a TLD can start with: an ASCII letter or digit, or any non-ASCII code unit (the
// IDN TLDs). `tldEnd` finds no TLD after a dot that anything else follows.
const DOT_THEN_TLD_START = /\.[0-9A-Za-z\u0080-\uffff]/g

/**
 * A cheap early exit: every URL has a dot followed by a TLD. The expression skips dots that no TLD
 * can follow (a run of dots, `...`, `. `) in native code; only the others are looked up.
 */
function hasDotBeforeTld(text: string): boolean {
  const candidate = DOT_THEN_TLD_START
  candidate.lastIndex = 0
  while (candidate.test(text)) {
    // `test` moved `lastIndex` past the match; the TLD would start at its second character.
    if (tldEnd(text, candidate.lastIndex - 1, text.length) >= 0) return true
  }
  return false
}

interface LabelRun {
  /** First code unit after the run of label characters (domain characters, `_`, `-`). */
  end: number
  /** The last `_` in the run, or -1. */
  underscore: number
}

class UrlScan {
  readonly text: string
  // `chainEnd` per label start, memoised: 0 unknown, else the value + 2. Allocated on first use, one
  // slot per code unit (a Map of tens of thousands of entries cost more than the scan it saved).
  private chains: Int32Array | undefined
  private labels: NumberStack | undefined
  // The last label run the left-to-right search looked at: starts inside it reuse it.
  private runFrom = -1
  private run: LabelRun = {end: -1, underscore: -1}
  private tldAt = -1
  private tldValue = -1
  // The match last found by `urlAt`.
  private start = 0
  private protocol = 0
  private domainStart = 0
  private domainEnd = 0
  private pathFound = false
  private end = 0

  constructor(text: string) {
    this.text = text
  }

  private labelRun(from: number): LabelRun {
    const text = this.text
    let index = from
    let underscore = -1
    while (index < text.length) {
      const code = text.charCodeAt(index)
      if (code === 0x5f) underscore = index
      else if (code !== 0x2d && !(classOf(code) & DOMAIN)) break
      index++
    }
    return {end: index, underscore}
  }

  private tld(at: number): number {
    if (at !== this.tldAt) {
      this.tldAt = at
      this.tldValue = tldEnd(this.text, at, this.text.length)
    }
    return this.tldValue
  }

  /**
   * The end of `subdomain* domainName TLD` matched from `from` as the expression's backtracking finds
   * it, or -1. The label at `from` must be a whole label of the chain (it is: `from` follows a dot).
   */
  private chainEnd(from: number): number {
    const text = this.text
    const chains = (this.chains ??= new Int32Array(text.length + 1))
    // The labels walked, front to back: each one's start, bit-inverted when it holds a `_`.
    const labels = (this.labels ??= new NumberStack())
    labels.count = 0
    let value = -1
    let at = from
    for (;;) {
      const known = chains[at] as number
      if (known !== 0) {
        value = known - 2
        break
      }
      const run = this.labelRun(at)
      const isLabel =
        run.end > at &&
        classOf(text.charCodeAt(at)) & DOMAIN &&
        text.charCodeAt(run.end) === DOT &&
        classOf(text.charCodeAt(run.end - 1)) & DOMAIN
      if (!isLabel) {
        chains[at] = 1
        break
      }
      labels.push(run.underscore < at ? at : ~at)
      at = run.end + 1
    }
    // Back to front: each label's dot is just before the next label.
    for (let next = at, index = labels.count - 1; index >= 0; index--) {
      const entry = labels.values[index] as number
      const start = entry < 0 ? ~entry : entry
      // More labels failed: this label as the domain name (no `_`), then a TLD after its dot.
      if (value < 0 && entry >= 0) value = tldEnd(text, next, text.length)
      chains[start] = value + 2
      next = start
    }
    return value
  }

  /** The domain matched from `from` (any offset), or -1. */
  private domainAt(from: number): number {
    const text = this.text
    if (!(classOf(text.charCodeAt(from)) & DOMAIN)) return -1
    if (!(from >= this.runFrom && from < this.run.end)) {
      this.runFrom = from
      this.run = this.labelRun(from)
    }
    const {end, underscore} = this.run
    if (text.charCodeAt(end) !== DOT || !(classOf(text.charCodeAt(end - 1)) & DOMAIN)) return -1
    const chain = this.chainEnd(end + 1)
    if (chain >= 0) return chain
    return underscore < from ? this.tld(end + 1) : -1
  }

  /** Match the URL part of the expression at `from`; returns the end of the whole match or -1. */
  urlAt(from: number): number {
    const text = this.text
    let protocol = 0
    if ((text.charCodeAt(from) | 0x20) === 0x68) {
      const head = text.slice(from, from + 8).toLowerCase()
      if (head.startsWith('https://')) protocol = 8
      else if (head.startsWith('http://')) protocol = 7
    }
    const domainEnd = this.domainAt(from + protocol)
    if (domainEnd < 0) return -1 // (without the protocol, `http:` is no domain either)
    let end = domainEnd
    if (text.charCodeAt(end) === 0x3a && isDigit(text.charCodeAt(end + 1))) {
      end += 2
      while (isDigit(text.charCodeAt(end))) end++
    }
    const pathFound = text.charCodeAt(end) === 0x2f
    if (pathFound) end = pathEnd(text, end + 1)
    if (text.charCodeAt(end) === 0x3f) end = queryEnd(text, end + 1, text.length, end)
    this.start = from
    this.protocol = protocol
    this.domainStart = from + protocol
    this.domainEnd = domainEnd
    this.pathFound = pathFound
    this.end = end
    return end
  }

  /** twitter-text's filters on the match last found, pushing what it keeps. */
  accept(before: number, urls: UrlMatch[]): void {
    const {text, start, protocol, domainStart, domainEnd, end} = this
    if ((protocol || 8) + (end - start) > MAX_URL_LENGTH || !this.validIdna()) return
    if (protocol === 0) {
      // `[-_./]$` on the preceding character
      if (before === 0x2d || before === 0x5f || before === 0x2e || before === 0x2f) return
      const found = asciiDomains(text, domainStart, domainEnd, false)
      if (found.length === 0) return
      // twitter-text finds each ASCII domain again with `domain.indexOf(ascii, previousEnd)`.
      const domain = text.slice(domainStart, domainEnd)
      let previousEnd = 0
      let last: UrlMatch | undefined
      for (let index = 0; index < found.length; index += 2) {
        const ascii = text.slice(found[index] as number, found[index + 1] as number)
        const offset = domain.indexOf(ascii, previousEnd)
        previousEnd = offset + ascii.length
        last = {start: start + offset, end: start + previousEnd, length: ascii.length}
        urls.push(last)
      }
      if (this.pathFound && last) {
        // `url.replace(domain, lastAscii)`, indices to the end of the match.
        last.length += end - start - (domainEnd - domainStart)
        last.end = end
      }
      return
    }
    let urlEnd = end
    const tco = domainStart + 5 <= end && text.slice(domainStart, domainStart + 5).toLowerCase() === 't.co/'
    if (tco) {
      let slugEnd = domainStart + 5
      while (slugEnd < end && isAsciiAlphanumeric(text.charCodeAt(slugEnd))) slugEnd++
      if (slugEnd > domainStart + 5) {
        if (slugEnd - (domainStart + 5) > MAX_TCO_SLUG_LENGTH) return
        urlEnd = slugEnd
        if (text.charCodeAt(slugEnd) === 0x3f && slugEnd < end) urlEnd = queryEnd(text, slugEnd + 1, end, slugEnd)
      }
    }
    urls.push({start, end: urlEnd, length: urlEnd - start})
  }

  /** idna.toAscii(domain) is truthy: no `xn--` domain without an ASCII domain, every label 1–63 once encoded. */
  private validIdna(): boolean {
    const {text, domainStart, domainEnd} = this
    if (text.startsWith('xn--', domainStart) && asciiDomains(text, domainStart, domainEnd, true).length === 0) return false
    let labelStart = domainStart
    for (let index = domainStart; index <= domainEnd; index++) {
      if (index < domainEnd && text.charCodeAt(index) !== DOT) continue
      const length = toAsciiLength(text, labelStart, index, MAX_LABEL_LENGTH)
      if (length < 1 || length > MAX_LABEL_LENGTH) return false
      labelStart = index + 1
    }
    return true
  }
}

const isDigit = (code: number) => code >= 48 && code <= 57

/**
 * The end of `validUrlPath*` from `from` (just after a `/`), or `from`. twitter-text splices the ending
 * characters' source, itself an alternation, into the path expression without a group, so one path
 * step is `general* (balancedParens general*)* endingChar`, or `balancedParens` alone, or
 * `@general+/` (which only matches where the first does). The first alternative, greedy, then
 * backtracking, ends after the last ending character in the general-character runs of the chain of
 * runs and balanced groups that starts here; any later step finds no ending character in the rest of
 * that chain, so only whole balanced groups, one right after the other, can follow.
 */
function pathEnd(text: string, from: number): number {
  let end = from
  let at = from
  for (;;) {
    while (at < text.length) {
      const kind = classOf(text.charCodeAt(at))
      if (!(kind & PATH)) break
      at++
      if (kind & PATH_END) end = at
    }
    const group = balancedParens(text, at)
    if (group < 0) break
    at = group
  }
  for (let group = balancedParens(text, end); group >= 0; group = balancedParens(text, end)) end = group
  return end
}

function pathRun(text: string, from: number): number {
  let at = from
  while (at < text.length && classOf(text.charCodeAt(at)) & PATH) at++
  return at
}

/** `\((?:general+|general*\(general+\)general*)\)` at `at`: its end, or -1. */
function balancedParens(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x28) return -1
  const inner = pathRun(text, at + 1)
  const next = text.charCodeAt(inner)
  if (next === 0x29) return inner > at + 1 ? inner + 1 : -1
  if (next !== 0x28) return -1
  const nested = pathRun(text, inner + 1)
  if (nested === inner + 1 || text.charCodeAt(nested) !== 0x29) return -1
  const after = pathRun(text, nested + 1)
  return text.charCodeAt(after) === 0x29 ? after + 1 : -1
}

/** `\?query*queryEnding` after the `?` at `from - 1`: the end, or `none` when no ending character follows. */
function queryEnd(text: string, from: number, limit: number, none: number): number {
  let end = none
  for (let at = from; at < limit; at++) {
    const kind = classOf(text.charCodeAt(at))
    if (!(kind & QUERY)) break
    if (kind & QUERY_END) end = at + 1
  }
  return end
}

/**
 * The matches of `validAsciiDomain` (`(?:[-a-z0-9 latin]+\.)+TLD`, global) in `text[from, to)`, as flat
 * `[start, end, …]` pairs; only the first when `first` is set. Labels chain from dot to dot as in the
 * URL expression; the chain's answer is memoised per dot, and all starts inside one label share it.
 */
function asciiDomains(text: string, from: number, to: number, first: boolean): number[] {
  const found: number[] = []
  const chains = new AsciiChains(text, from, to)
  let at = from
  while (at < to) {
    if (!(classOf(text.charCodeAt(at)) & ASCII_LABEL)) {
      at++
      continue
    }
    const end = chains.labelEnd(at)
    const match = end < to && text.charCodeAt(end) === DOT ? chains.chainEnd(end + 1) : -1
    if (match < 0) {
      at = end // every start inside this label fails the same way
      continue
    }
    found.push(at, match)
    if (first) break
    at = match
  }
  return found
}

/** `(?:label\.)* TLD` of `validAsciiDomain` in `text[from, to)`, memoised per label start. */
class AsciiChains {
  private readonly text: string
  private readonly from: number
  private readonly to: number
  // Allocated for the first chain of two labels or more (most domains, `x.com`, have one): per label
  // start, 0 unknown, else the chain's end + 2.
  private memo: Int32Array | undefined
  private labels: NumberStack | undefined

  constructor(text: string, from: number, to: number) {
    this.text = text
    this.from = from
    this.to = to
  }

  labelEnd(at: number): number {
    const {text, to} = this
    let index = at
    while (index < to && classOf(text.charCodeAt(index)) & ASCII_LABEL) index++
    return index
  }

  /** Greedy, so the longest chain from `start` whose end a TLD follows, or -1. */
  chainEnd(start: number): number {
    const {text, from, to} = this
    let at = start
    let value: number
    let labels: NumberStack | undefined
    for (;;) {
      const known = this.memo?.[at - from] ?? 0
      if (known !== 0) {
        value = known - 2
        break
      }
      const end = this.labelEnd(at)
      if (end > at && end < to && text.charCodeAt(end) === DOT) {
        if (!labels) {
          labels = this.labels ??= new NumberStack()
          labels.count = 0
          this.memo ??= new Int32Array(to - from + 1)
        }
        labels.push(at)
        at = end + 1
        continue
      }
      value = tldEnd(text, at, to)
      if (this.memo) this.memo[at - from] = value + 2
      break
    }
    if (labels) {
      const memo = this.memo as Int32Array
      for (let index = labels.count - 1; index >= 0; index--) {
        const label = labels.values[index] as number
        if (value < 0) value = tldEnd(text, label, to)
        memo[label - from] = value + 2
      }
    }
    return value
  }
}
