import {OptionsError, tweetables, type IntentParams, type Tweetable} from '@tweetstorm/core'
import {limitOn, strictestPlatform} from './networks.js'
import type {ResolvedOptions} from './options.js'
import {networkOptions} from './share.js'
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
      /**
       * Core's own X link for the sentence, when core built it as the page's X link would be built
       * (X the strictest network, so the same limit and options) and it shares `shareText` (not
       * only the link back, for want of room); undefined otherwise.
       */
      xLink: string | undefined
    }

/** A range of UTF-16 offsets in a paragraph's plain text. */
export interface Span {
  start: number
  end: number
}

/**
 * Hands core's fitted share parameters back inside the link: the page may give a sentence another
 * id, so its links are rebuilt, and only the text core chose is kept. It is caught here, before a
 * network's share page folds the link and hashtags into the text (Bluesky, Mastodon), so every
 * network's link starts from the same text; for X it is exactly the `text` of core's own link.
 */
function carryText(params: IntentParams): string {
  return 'https://tweetstorm.invalid/?' + new URLSearchParams(params.text ? {text: params.text} : {}).toString()
}

/**
 * What core decided to share for a sentence: its text, with `…` when it is a piece of a longer
 * sentence; and core's link itself when it is X's link for that text (`onX`: core built X's link).
 */
function shareTextOf(tweetable: Tweetable, onX: boolean): {shareText: string; xLink: string | undefined} {
  try {
    const shared = new URL(tweetable.intentUrl).searchParams.get('text')
    return {shareText: (shared ?? tweetable.text).trim(), xLink: onX && shared !== null ? tweetable.intentUrl : undefined}
  } catch {
    return {shareText: tweetable.text.trim(), xLink: undefined}
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
  settings: Pick<ResolvedOptions, 'url' | 'via' | 'hashtags' | 'related' | 'limit' | 'platforms' | 'instance' | 'links'>,
  atoms: readonly Span[] = []
): Segment[] | {problem: string} {
  // Sentences are found once for every network, with the pieces of long ones sized for the
  // strictest; each link's text is then fitted to its own network.
  const platform = strictestPlatform(settings)
  // When X is the strictest network, core's own X link carries the same text as the carrier would,
  // and is the very link the page's X share would build again (see `planSentence`).
  const onX = platform === 'x'
  let found: Tweetable[]
  try {
    found = tweetables(text, {
      ...networkOptions(settings, platform),
      limit: limitOn(settings, platform),
      ...(onX ? {} : {buildUrl: carryText}),
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
    layout.push({kind: 'sentence', start, end, tweetable, ...shareTextOf(tweetable, onX)})
    cursor = end
  }
  if (cursor < text.length) layout.push({kind: 'gap', start: cursor, end: text.length})
  return layout
}
