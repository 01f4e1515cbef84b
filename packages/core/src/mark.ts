import type {Counter} from './count.js'
import {isWhitespace} from './invisible.js'

/**
 * What follows `text.slice(start, end)`, a post or share text cut mid-sentence, to show that it goes
 * on: `mark` glued to its last word, or one space and `mark` where, glued, the mark would become
 * part of an entity the network finds in that word (`counter.entities`). Bluesky's link runs to
 * the next space, so `read https://example.com/x?a=1…` links to `…x?a=1%E2%80%A6`, a page that
 * does not exist; `https://example.com/x?a=1 …` links to what the writer wrote. Elsewhere the
 * mark stays glued, as the reader expects it.
 *
 * @example
 *   markAfter(platformProfile('bluesky').counter, 'see https://example.com', 0, 23, '…') // ' …'
 */
export function markAfter(counter: Counter, text: string, start: number, end: number, mark: string): string {
  // A post cut inside a word holds a piece of it: no entity of it can be kept whole, and the mark
  // stays glued, as the cut's room was weighed.
  if (end < text.length && !isWhitespace(text.charCodeAt(end))) return mark
  let wordStart = end
  while (wordStart > start && !isWhitespace(text.charCodeAt(wordStart - 1))) wordStart--
  const join = end - wordStart
  return counter.entities(text.slice(wordStart, end) + mark).some(([s, e]) => s < join && e > join) ? ' ' + mark : mark
}
