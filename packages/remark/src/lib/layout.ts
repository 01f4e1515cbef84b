import {tweetables, type Tweetable} from '@tweetstorm/core'
import type {ResolvedOptions} from './options.js'

/** A run of a paragraph's text: either plain text between sentences or one shareable sentence. */
export type Segment =
  | {kind: 'gap'; start: number; end: number}
  | {kind: 'sentence'; start: number; end: number; tweetable: Tweetable}

/** Where one paragraph's text sits in the text of the whole block. */
export interface Span {
  start: number
  end: number
}

/** Paragraphs are joined with a blank line, which core treats as a paragraph break. */
export const paragraphSeparator = '\n\n'

/** Join the plain texts of a block's paragraphs into one text for core, remembering each paragraph's span. */
export function joinParagraphs(texts: readonly string[]): {text: string; spans: Span[]} {
  const spans: Span[] = []
  let text = ''
  for (const [index, part] of texts.entries()) {
    if (index > 0) text += paragraphSeparator
    spans.push({start: text.length, end: text.length + part.length})
    text += part
  }
  return {text, spans}
}

/**
 * Cut each paragraph into gaps and sentences, from core's `tweetables` over the whole block.
 * Offsets in the result are relative to each paragraph. `atoms` lists, per paragraph, ranges
 * that cannot be cut (inline code, images): a sentence edge inside one moves to its end.
 */
export function layoutSentences(
  texts: readonly string[],
  settings: Pick<ResolvedOptions, 'url' | 'via' | 'hashtags' | 'related' | 'limit'>,
  atoms: ReadonlyArray<readonly Span[]> = []
): Segment[][] {
  const {text, spans} = joinParagraphs(texts)
  const found = tweetables(text, {
    limit: settings.limit,
    ...(settings.url ? {url: settings.url} : {}),
    ...(settings.via ? {via: settings.via} : {}),
    ...(settings.hashtags.length > 0 ? {hashtags: [...settings.hashtags]} : {}),
    ...(settings.related.length > 0 ? {related: [...settings.related]} : {})
  })
  const layouts: Segment[][] = spans.map(() => [])
  let paragraph = 0
  let cursor = 0
  for (const tweetable of found) {
    while (paragraph < spans.length && tweetable.source.start >= (spans[paragraph]?.end ?? 0)) {
      closeParagraph(layouts, spans, paragraph, cursor)
      paragraph++
      cursor = 0
    }
    const span = spans[paragraph]
    if (!span) break
    const own = texts[paragraph] ?? ''
    // A sentence never crosses a paragraph break; clip defensively and trim the edges so the
    // link sits right after the last word.
    let start = Math.max(tweetable.source.start - span.start, cursor)
    let end = Math.min(tweetable.source.end - span.start, own.length)
    while (start < end && /\s/.test(own.charAt(start))) start++
    while (end > start && /\s/.test(own.charAt(end - 1))) end--
    for (const atom of atoms[paragraph] ?? []) {
      if (start > atom.start && start < atom.end) start = atom.start
      if (end > atom.start && end < atom.end) end = atom.end
    }
    start = Math.max(start, cursor)
    if (end <= start) continue
    const layout = layouts[paragraph]
    if (!layout) continue
    if (start > cursor) layout.push({kind: 'gap', start: cursor, end: start})
    layout.push({kind: 'sentence', start, end, tweetable})
    cursor = end
  }
  for (; paragraph < spans.length; paragraph++) {
    closeParagraph(layouts, spans, paragraph, cursor)
    cursor = 0
  }
  return layouts
}

function closeParagraph(layouts: Segment[][], spans: readonly Span[], paragraph: number, cursor: number): void {
  const span = spans[paragraph]
  const layout = layouts[paragraph]
  if (span && layout && cursor < span.end - span.start) {
    layout.push({kind: 'gap', start: cursor, end: span.end - span.start})
  }
}
