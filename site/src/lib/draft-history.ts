import {countTweet, type CountOptions} from '@tweetstorm/core'

const graphemes = new Intl.Segmenter('en', {granularity: 'grapheme'})

/**
 * Characters as a writer counts them: grapheme clusters, so an emoji with a skin tone, a flag or an
 * accented letter typed as two code points is one character, not the 2–7 UTF-16 units `length` says.
 *
 * @example
 *   characterCount('👍🏽 café') // → 6
 */
export function characterCount(text: string): number {
  let count = 0
  for (const _ of graphemes.segment(text)) count++
  return count
}

/** What the line under the draft says: characters as a writer counts them, and as the platform counts them. */
export function draftStats(text: string, counting: Pick<CountOptions, 'platform' | 'links'> = {}): {characters: number; weighted: number} {
  return {characters: characterCount(text), weighted: countTweet(text, counting).length}
}

/**
 * The composer's rule for what `localStorage` holds: **the last draft the writer wrote.** A draft the
 * page put in the box itself ("Load an example", "Clear the draft") is only offered; it replaces the
 * stored draft once the writer keeps it by editing it (typing, pasting, deleting — any input that the
 * page did not make). Until then the stored draft is the one from before, so closing the tab, reloading
 * or pressing Undo all bring the writer's own text back.
 *
 * @example
 *   const kept = new KeptDraft()
 *   kept.offer('')          // "Clear the draft": stored stays 'my draft', undo gives 'my draft'
 *   kept.stored('')         // → 'my draft'
 *   kept.edited()           // the writer typed: the offer is accepted
 *   kept.stored('x')        // → 'x'
 */
export class KeptDraft {
  #previous: string | undefined

  /** The page replaced the draft; remember what the writer had, for storage and for Undo. */
  offer(previousDraft: string): void {
    // A second offer (example, then clear) still undoes to the writer's own text, not the example.
    if (this.#previous === undefined) this.#previous = previousDraft
  }

  /** Whether a page-made draft is on offer (and Undo can bring the writer's back). */
  get pending(): boolean {
    return this.#previous !== undefined
  }

  /** The draft to bring back on Undo, if any. */
  get previous(): string | undefined {
    return this.#previous
  }

  /** The writer edited the draft, or undid the offer: from now on, what is in the box is theirs. */
  edited(): void {
    this.#previous = undefined
  }

  /** The draft to store, given what is in the box now. */
  stored(current: string): string {
    return this.#previous ?? current
  }
}
