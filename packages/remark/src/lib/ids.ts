import {tweetables} from '@tweetstorm/core'
import {limitOn, strictestPlatform} from './networks.js'
import type {ResolvedOptions} from './options.js'
import {networkOptions} from './share.js'

/**
 * Ids already given out in one document. Core makes ids unique within one text; a page holds
 * many blocks, so a repeated sentence in a later block gets `-2`, `-3`… here.
 */
export class IdRegistry {
  readonly #used = new Set<string>()
  // Next counter to try per stem, so a sentence repeated n times costs O(n), not O(n²).
  readonly #next = new Map<string, number>()

  /**
   * Claim `id`, or the first free `id-n` when it is taken. When `id` already carries a counter
   * for a base that is taken (core's own `-2` for a repeat within one text), count on from the
   * base instead of stacking counters (`x-3`, not `x-2-2`).
   */
  claim(id: string): string {
    let candidate = id
    if (this.#used.has(candidate)) {
      const base = counterBase(id)
      const stem = base !== undefined && this.#used.has(base) ? base : id
      let n = this.#next.get(stem) ?? 2
      while (this.#used.has(`${stem}-${n}`)) n++
      candidate = `${stem}-${n}`
      this.#next.set(stem, n + 1)
    }
    this.#used.add(candidate)
    return candidate
  }
}

/** `x` for `x-3`: the id without a trailing counter, if it has one. A loop, not a backtracking regex. */
function counterBase(id: string): string | undefined {
  const dash = id.lastIndexOf('-')
  if (dash < 0 || dash === id.length - 1) return undefined
  for (let index = dash + 1; index < id.length; index++) {
    const code = id.charCodeAt(index)
    if (code < 48 || code > 57) return undefined
  }
  return id.slice(0, dash)
}

/**
 * The id of a whole quote: the id core gives its first sentence, so it is stable (derived from
 * the words, not the position) and the same as that sentence's id in a rant block.
 */
export function quoteId(
  text: string,
  settings: Pick<ResolvedOptions, 'limit' | 'platforms' | 'instance' | 'links'>
): string | undefined {
  const platform = strictestPlatform(settings)
  return tweetables(text, {...networkOptions(settings, platform), limit: limitOn(settings, platform)})[0]?.id
}
