/**
 * Characters that render nothing on their own, so a post or a quote must not start or end with
 * one: a reader would see a clean edge and the share text would carry a hidden character
 * (`\u200b` pasted from a web page, a left-to-right mark from a word processor).
 *
 * Only edges are trimmed: inside a word these characters do their job (a ZWJ joins an emoji
 * sequence, a ZWNJ shapes Persian, a soft hyphen marks a break opportunity).
 */

/**
 * Format characters (Unicode category Cf) that are invisible by themselves: the soft hyphen, the
 * Arabic letter mark, the Mongolian vowel separator, zero-width space, non-joiner and joiner, the
 * left-to-right and right-to-left marks, bidi embeddings, overrides and isolates, word joiner and
 * the invisible operators, the byte order mark, interlinear annotation controls, shorthand and
 * musical format controls, and the language tag.
 *
 * Not included: Cf characters that show a glyph (the Arabic number signs U+0600–U+0605, U+06DD,
 * Syriac U+070F, Kaithi U+110BD), and tag characters U+E0020–U+E007F, which end the flag emoji of
 * England, Scotland and Wales: trimming one would break the flag.
 */
export function isInvisible(code: number): boolean {
  if (code < 0xad) return false
  if (code < 0x2000) return code === 0xad || code === 0x061c || code === 0x180e
  if (code <= 0x206f) {
    return (
      (code >= 0x200b && code <= 0x200f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2060 && code <= 0x2064) ||
      code >= 0x2066
    )
  }
  if (code < 0xfeff) return false
  return (
    code === 0xfeff ||
    (code >= 0xfff9 && code <= 0xfffb) ||
    (code >= 0x1bca0 && code <= 0x1bca3) ||
    (code >= 0x1d173 && code <= 0x1d17a) ||
    code === 0xe0001
  )
}

/**
 * Bidi controls: the direction marks (LRM, RLM, ALM), embeddings, overrides and isolates. Unlike
 * the other invisible characters they act on their neighbours (a trailing RLM puts the `!` of a
 * Hebrew sentence on the right side), so inside a text they stay even at a word's edge; only the
 * edges of a whole post or quote lose them.
 */
export function isBidiControl(code: number): boolean {
  return code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
}

/** Whitespace by JavaScript's definition (`\s`), no-break spaces included. */
export function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Whether a character may not stand at the edge of a post or quote: whitespace or invisible. */
export const isBlank = (code: number) => isWhitespace(code) || isInvisible(code)

/** What a word of a text loses at its edges: blanks, but not the bidi controls. */
export const isBlankAtWordEdge = (code: number) => isBlank(code) && !isBidiControl(code)

/**
 * `[start, end)` of `text` without whitespace or invisible characters at either edge (`start ===
 * end` when nothing else is left). Astral characters are read whole, never half a pair.
 */
export function trimBlank(text: string, start: number, end: number, blank: (code: number) => boolean = isBlank): [number, number] {
  while (start < end) {
    const code = text.codePointAt(start) as number
    if (!blank(code)) break
    start += code > 0xffff ? 2 : 1
  }
  while (end > start) {
    let code = text.charCodeAt(end - 1)
    let size = 1
    if (code >= 0xdc00 && code <= 0xdfff && end - 2 >= start) {
      const high = text.charCodeAt(end - 2)
      if (high >= 0xd800 && high <= 0xdbff) {
        code = text.codePointAt(end - 2) as number
        size = 2
      }
    }
    if (!blank(code)) break
    end -= size
  }
  return [start, end]
}
