// TEMPORARY STUB — replaced by the real implementation (issue 3). Same signature.
import type {Tweetable} from './types.js'
import {intentUrl} from './intent.js'
export interface TweetablesOptions {
  url?: string
  via?: string
  hashtags?: string[]
  related?: string[]
  limit?: number
  fragment?: 'id' | 'text'
}
export function tweetables(text: string, options?: TweetablesOptions): Tweetable[] {
  const out: Tweetable[] = []
  const seen = new Map<string, number>()
  for (const m of String(text).matchAll(/[^.!?\s][^.!?]*[.!?]*/g)) {
    const sentence = m[0].trim()
    let id = 't-' + sentence.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40)
    const n = seen.get(id) ?? 0
    seen.set(id, n + 1)
    if (n) id += '-' + (n + 1)
    const url = options?.url ? options.url.replace(/#.*$/, '') + '#' + id : undefined
    out.push({id, text: sentence, source: {start: m.index, end: m.index + m[0].length}, intentUrl: intentUrl({text: sentence, url, via: options?.via, hashtags: options?.hashtags})})
  }
  return out
}
