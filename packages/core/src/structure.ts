/**
 * Structure glue (README.md, "Structure glue"): breaks after which a post should not end because
 * what comes before only makes sense with what follows — a heading, a lead-in ending in ":", a
 * question before its answer, a sentence inside a list item.
 *
 * One pass over the lines of the text; each line is read only at its edges (a few characters), so
 * the pass is linear whatever the text holds.
 */
import {Break, type Units} from './segment.js'

export const enum Glue {
  None = 0,
  /** Heading or lead-in: a post never ends here if any arrangement avoids it. */
  Strong = 1,
  /** Question before its answer: kept together when that costs no post. */
  Weak = 2,
  /** Inside a list item: kept together when the item fits in a post and that costs no post. */
  Item = 3
}

const listMarker = /^(?:[-*•+‣◦–]|\d{1,3}[.)])$/u
// A line ending in one of these is a sentence or a clause, not a heading.
const terminal = new Set('.!?‽…,;:。！？．、，；：।॥؟۔،؛)]}>”’"\'»«')
const questionMarks = new Set('?？؟')
const leadInMarks = new Set(':：')
const headingWeight = 100
const headingWords = 12

/** Glue of the break after each unit (`Glue.None` for most). */
export function structureGlue(text: string, units: Units): Uint8Array {
  const {count, after, start, end, weight, gap} = units
  const glue = new Uint8Array(count)
  let first = 0
  while (first < count) {
    // The line is units first..last; a line ends at a line, paragraph or hard break.
    let last = first
    let lineWeight = weight[first] as number
    let words = 1
    while (last < count - 1 && (after[last] as Break) > Break.Line) {
      if ((gap[last] as number) > 0) words++
      lineWeight += (gap[last] as number) + (weight[last + 1] as number)
      last++
    }
    const lineEnd: Break = after[last] as Break
    const followed = last < count - 1 && (lineEnd === Break.Line || lineEnd === Break.Paragraph)
    const opensParagraph = first === 0 || (after[first - 1] as Break) <= Break.Paragraph
    const firstWord = text.slice(start[first] as number, Math.min(end[first] as number, (start[first] as number) + 5))
    const isListItem = listMarker.test(firstWord) && (gap[first] as number) > 0 && first < last
    const lastChar = text[(end[last] as number) - 1] ?? ''

    if (followed) {
      if (leadInMarks.has(lastChar)) glue[last] = Glue.Strong
      else if (questionMarks.has(lastChar) && !isListItem) glue[last] = Glue.Weak
      else if (opensParagraph && !isListItem && !terminal.has(lastChar) && lineWeight <= headingWeight && words <= headingWords) {
        glue[last] = Glue.Strong // a heading, or a bold pseudo-heading over its paragraph
      }
    }
    if (isListItem) {
      for (let k = first; k < last; k++) if ((after[k] as Break) === Break.Sentence) glue[k] = Glue.Item
    }
    first = last + 1
  }
  return glue
}
