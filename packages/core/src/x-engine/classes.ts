import * as data from './data.js'

// What each UTF-16 code unit may be in twitter-text's URL expression. The expression runs without the
// `u` flag, so it sees code units, never code points: a surrogate half is a character of its own.
export const DOMAIN = 1 // validDomainChars: a label character
export const PATH = 2 // validGeneralUrlPathChars
export const PATH_END = 4 // validUrlPathEndingChars (its single-character part)
export const QUERY = 8 // validUrlQueryChars
export const QUERY_END = 16 // validUrlQueryEndingChars
export const PRECEDING = 32 // validUrlPrecedingChars: may stand right before a URL
export const ASCII_LABEL = 64 // a label character of validAsciiDomain
const KNOWN = 128

// One byte per code unit, filled on first sight: 0 until then.
const table = /* @__PURE__ */ new Uint8Array(65536)
let tests: Array<[RegExp, number]> | undefined

/**
 * The class bits of a code unit, computed on first sight with twitter-text's own expressions (so case
 * folding under `i` is the engine's, not ours) and kept: every later look is one array read, small
 * enough to be inlined where the scans call it. Past the end of a string (`NaN`), 0.
 */
export function classOf(code: number): number {
  const known = table[code]
  return known === 0 ? classify(code) : (known ?? 0)
}

function classify(code: number): number {
  tests ??= [
    [new RegExp(`^${data.domainChars}$`), DOMAIN],
    [new RegExp(`^${data.pathChars}$`, 'i'), PATH],
    [new RegExp(`^${data.pathEndingClass}$`, 'i'), PATH_END],
    [new RegExp(`^${data.queryChars}$`, 'i'), QUERY],
    [new RegExp(`^${data.queryEndingChars}$`, 'i'), QUERY_END],
    [new RegExp(`^${data.precedingChars}$`), PRECEDING],
    [new RegExp(`^${data.asciiLabelClass}$`, 'i'), ASCII_LABEL]
  ]
  const char = String.fromCharCode(code)
  let value = KNOWN
  for (const [test, bit] of tests) if (test.test(char)) value |= bit
  table[code] = value
  return value
}

export const isAsciiAlphanumeric = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
