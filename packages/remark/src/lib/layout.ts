import {OptionsError, tweetables, type Tweetable} from '@tweetstorm/core'
import type {ResolvedOptions} from './options.js'
import {hasVisibleText} from './text.js'

/** A run of a paragraph's text: either plain text between sentences or one shareable sentence. */
export type Segment =
  | {kind: 'gap'; start: number; end: number}
  | {
      kind: 'sentence'
      start: number
      end: number
      tweetable: Tweetable
      shareText: string
      /** Whether core's link shares `shareText` (else it only links back: no room for the text). */
      linksText: boolean
    }

/** A range of UTF-16 offsets in a paragraph's plain text. */
export interface Span {
  start: number
  end: number
}

/**
 * What core decided to share for a sentence: its text, with `…` when it is a piece of a longer
 * sentence. Core puts that in the `text` parameter of the intent it builds (without a custom
 * `buildUrl` it is always its own `x.com` link), so it is read back from there; the link itself
 * is rebuilt because the page may give the sentence another id.
 */
function shareTextOf(tweetable: Tweetable): {shareText: string; linksText: boolean} {
  try {
    const shared = new URL(tweetable.intentUrl).searchParams.get('text')
    return {shareText: (shared ?? tweetable.text).trim(), linksText: shared !== null}
  } catch {
    return {shareText: tweetable.text.trim(), linksText: false}
  }
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
): Segment[] | {problem: string} {
  let found: Tweetable[]
  try {
    found = tweetables(text, {
      limit: settings.limit,
      ...(settings.url ? {url: settings.url} : {}),
      ...(settings.via ? {via: settings.via} : {}),
      ...(settings.hashtags.length > 0 ? {hashtags: [...settings.hashtags]} : {}),
      ...(settings.related.length > 0 ? {related: [...settings.related]} : {})
    })
  } catch (error) {
    // Hashtags and `via` so long that no sentence fits next to them.
    if (!(error instanceof OptionsError)) throw error
    return {problem: error.problems.map((problem) => problem.message).join('; ')}
  }
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
    // Nothing a reader could share (only controls or invisible marks) stays plain text.
    if (end <= start || !hasVisibleText(text.slice(start, end))) continue
    if (start > cursor) layout.push({kind: 'gap', start: cursor, end: start})
    layout.push({kind: 'sentence', start, end, tweetable, ...shareTextOf(tweetable)})
    cursor = end
  }
  if (cursor < text.length) layout.push({kind: 'gap', start: cursor, end: text.length})
  return layout
}
