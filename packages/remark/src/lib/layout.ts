import {tweetables, type Tweetable} from '@tweetstorm/core'
import type {ResolvedOptions} from './options.js'

/** A run of a paragraph's text: either plain text between sentences or one shareable sentence. */
export type Segment =
  | {kind: 'gap'; start: number; end: number}
  | {kind: 'sentence'; start: number; end: number; tweetable: Tweetable}

/** A range of UTF-16 offsets in a paragraph's plain text. */
export interface Span {
  start: number
  end: number
}

/**
 * Cut one paragraph into gaps and sentences with core's `tweetables`. Each paragraph is asked
 * on its own, so a sentence never runs from one paragraph (or list item) into the next.
 * `atoms` are ranges that cannot be cut (inline code, images): a sentence edge inside one moves
 * to include it whole.
 */
export function layoutSentences(
  text: string,
  settings: Pick<ResolvedOptions, 'url' | 'via' | 'hashtags' | 'related' | 'limit'>,
  atoms: readonly Span[] = []
): Segment[] {
  const found = tweetables(text, {
    limit: settings.limit,
    ...(settings.url ? {url: settings.url} : {}),
    ...(settings.via ? {via: settings.via} : {}),
    ...(settings.hashtags.length > 0 ? {hashtags: [...settings.hashtags]} : {}),
    ...(settings.related.length > 0 ? {related: [...settings.related]} : {})
  })
  const layout: Segment[] = []
  let cursor = 0
  for (const tweetable of found) {
    // Trim the edges so the link sits right after the last word.
    let start = Math.max(tweetable.source.start, cursor)
    let end = Math.min(tweetable.source.end, text.length)
    while (start < end && /\s/.test(text.charAt(start))) start++
    while (end > start && /\s/.test(text.charAt(end - 1))) end--
    for (const atom of atoms) {
      if (start > atom.start && start < atom.end) start = atom.start
      if (end > atom.start && end < atom.end) end = atom.end
    }
    start = Math.max(start, cursor)
    if (end <= start) continue
    if (start > cursor) layout.push({kind: 'gap', start: cursor, end: start})
    layout.push({kind: 'sentence', start, end, tweetable})
    cursor = end
  }
  if (cursor < text.length) layout.push({kind: 'gap', start: cursor, end: text.length})
  return layout
}
