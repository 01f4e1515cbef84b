// The length of `punycode.toASCII(label)` as twitter-text's IDNA check gets it, computed without building
// the string, and given up as soon as it is over `cap`. twitter-text calls `require('punycode')`, which in
// Node is Node's own punycode 2 (a core module wins over node_modules): it keeps a part of ASCII as it is,
// control characters included. (A browser bundle of twitter-text gets punycode 1.4 instead, which also
// encodes a part holding C0 controls or DEL; the engine follows Node, where the reference runs.)

const base = 36
const tMin = 1
const tMax = 26

function adapt(delta: number, points: number, first: boolean): number {
  let k = 0
  delta = first ? Math.floor(delta / 700) : delta >> 1
  delta += Math.floor(delta / points)
  while (delta > ((base - tMin) * tMax) >> 1) {
    delta = Math.floor(delta / (base - tMin))
    k += base
  }
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + 38))
}

/** RFC 3492 output length of `codes` (code points), the `xn--` prefix not included. */
function encodedLength(codes: number[]): number {
  let basic = 0
  for (const code of codes) if (code < 0x80) basic++
  let length = basic + (basic > 0 ? 1 : 0)
  let n = 128
  let delta = 0
  let bias = 72
  let handled = basic
  while (handled < codes.length) {
    let m = Number.MAX_SAFE_INTEGER
    for (const code of codes) if (code >= n && code < m) m = code
    delta += (m - n) * (handled + 1)
    n = m
    for (const code of codes) {
      if (code < n) delta++
      if (code === n) {
        let q = delta
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias
          if (q < t) break
          length++
          q = Math.floor((q - t) / (base - t))
        }
        length++
        bias = adapt(delta, handled + 1, handled === basic)
        delta = 0
        handled++
      }
    }
    delta++
    n++
  }
  return length
}

const isSeparator = (code: number) => code === 0x2e || code === 0x3002 || code === 0xff0e || code === 0xff61

/**
 * `punycode.toASCII(text.slice(from, to)).length`, or `cap + 1` when it is over `cap`. toASCII splits
 * at the IDNA separators (`.` `。` `．` `｡`), keeps each part of ASCII, and encodes any other
 * part as `xn--` + punycode, which is at least 4 + one character per code point: a part longer than the
 * cap is refused without encoding it (encoding is quadratic in the part's length).
 */
export function toAsciiLength(text: string, from: number, to: number, cap: number): number {
  let total = 0
  let start = from
  for (let index = from; index <= to; index++) {
    if (index < to && !isSeparator(text.charCodeAt(index))) continue
    if (start > from) total++ // the separator, written as `.`
    let ascii = true // all ASCII
    let points = 0
    for (let at = start; at < index; at++) {
      const code = text.charCodeAt(at)
      if (code > 0x7f) ascii = false
      // ucs2decode: a high surrogate followed by a low one is one code point
      if (code >= 0xd800 && code <= 0xdbff && at + 1 < index) {
        const low = text.charCodeAt(at + 1)
        if (low >= 0xdc00 && low <= 0xdfff) at++
      }
      points++
    }
    if (ascii) {
      total += index - start
    } else if (total + 4 + points > cap) {
      return cap + 1
    } else {
      const codes: number[] = []
      for (let at = start; at < index; at++) {
        const code = text.charCodeAt(at)
        const low = at + 1 < index ? text.charCodeAt(at + 1) : 0
        if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          codes.push(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000)
          at++
        } else {
          codes.push(code)
        }
      }
      total += 4 + encodedLength(codes)
    }
    if (total > cap) return cap + 1
    start = index + 1
  }
  return total
}
