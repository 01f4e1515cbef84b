// TEMPORARY STUB — replaced by the real splitter (issue 2). Same signature.
import type {Thread} from './types.js'
import {xCounter} from './count.js'
export interface SplitOptions {
  limit?: number
  numbering?: false | 'n/N' | '(n/N)' | '[n/N]' | 'n/'
  numberingPosition?: 'start' | 'end'
  continuation?: string | false
  platform?: 'x'
}
export function splitThread(text: string, options?: SplitOptions): Thread {
  const limit = options?.limit ?? 280
  const words = [...String(text).matchAll(/\S+/g)]
  const chunks: {start: number; end: number}[] = []
  let cur: {start: number; end: number} | undefined
  for (const w of words) {
    const s = w.index, e = w.index + w[0].length
    if (cur && xCounter.count(text.slice(cur.start, e), limit).length <= limit - 8) cur.end = e
    else { cur = {start: s, end: e}; chunks.push(cur) }
  }
  return {limit, tweets: chunks.map((c, index) => {
    const t = text.slice(c.start, c.end).replace(/\s+/g, ' ') + (chunks.length > 1 ? ` ${index + 1}/${chunks.length}` : '')
    return {text: t, length: xCounter.count(t, limit).length, index, source: c}
  })}
}
