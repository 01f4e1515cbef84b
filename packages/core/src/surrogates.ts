/**
 * Whether `offset` falls between the two halves of a surrogate pair in `text`: a cut, a boundary or a
 * `slice` end there would leave a lone half on each side.
 *
 * @example
 *   insidePair('a👍', 2) // true ('👍' is '\ud83d\udc4d', at offsets 1 and 2)
 *   insidePair('a👍', 1) // false
 */
export function insidePair(text: string, offset: number): boolean {
  const low = text.charCodeAt(offset)
  // Written so that NaN (an offset at or past the end, or before the start) answers false.
  if (!(low >= 0xdc00 && low <= 0xdfff)) return false
  const high = text.charCodeAt(offset - 1)
  return high >= 0xd800 && high <= 0xdbff
}
