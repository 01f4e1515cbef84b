// Issue 10's promise, checked on a thread from the outside: an entity (URL, mention, hashtag, cashtag as
// twitter-text extracts it) that fits one post with its label and the continuation mark is never cut.
import twitter from 'twitter-text'
import {countTweet, type SplitOptions, type Thread} from '../src/index.js'
import {labelWidthFits} from '../src/split.js'

// The characters that render nothing by themselves, and the direction marks (test/fuzz.test.ts checks
// post edges against the same two).
export const invisible = '\u00ad\u180e\u200b-\u200d\u2060-\u2064\u206a-\u206f\ufeff'
export const bidi = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069'
// Words are split at whitespace but not at no-break spaces (`10\u00a0km` is one word), so an invisible
// character after a no-break space is inside a word, and kept.
const breaking = '[^\\S\u00a0\u2007\u202f\ufeff]'
const wordEdgeHidden = new RegExp(`(?<=^|${breaking})[${invisible}]+|[${invisible}]+(?=${breaking}|$)`, 'gu')
const hiddenTail = new RegExp(`[${invisible}${bidi}]+$`, 'u')

/**
 * Entities as twitter-text extracts them from the text the splitter posts: the characters it drops
 * removed (a control before `.jp.jp` would make it a URL), and the invisible characters it drops at
 * the edges of words (`#tag\u200c` is `#tag`), lone surrogates replaced, NFC.
 */
const posted = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufeff\ufffe\uffff]/g, '')
    .replace(wordEdgeHidden, '')
    .toWellFormed()
    .normalize('NFC')

const edgeDropped = new RegExp(`[${invisible}${bidi}]`, 'gu')
/**
 * `input` without the invisible characters and bidi controls the posts lose at their edges (between
 * one post's source range and the next). A post may not start or end with them, and what they did
 * to the text goes with them: `\u200f\u00ad.jp.jp` holds a URL and `.jp.jp` none; `@` + ZWJs +
 * `Dr.` holds no mention, and `@Dr.` one.
 */
function postedEdges(input: string, tweets: Thread['tweets']): string {
  let kept = ''
  let at = 0
  for (const {source} of tweets) {
    kept += input.slice(at, source.start).replace(edgeDropped, '') + input.slice(source.start, source.end)
    at = source.end
  }
  return kept + input.slice(at).replace(edgeDropped, '')
}

/** A post's text without the numbering label the splitter put on it. */
export function withoutLabel(text: string, index: number, total: number, options: SplitOptions): string {
  const style = options.numbering ?? 'n/N'
  if (!style || total < 2) return text
  const label = style.replace('n', String(index + 1)).replace('N', String(total))
  return (options.numberingPosition ?? 'end') === 'start' ? text.slice(label.length + 1) : text.slice(0, -(label.length + 1))
}

/**
 * The entities of `input` that fit one post with a label of `digits` digits (` (nn/nn)` at most:
 * 2 + 2 × digits + 2; by default as wide as the thread's own) and a mark (2 at most), yet that no
 * post of `thread` holds whole.
 */
export function fittingEntitiesCut(input: string, options: SplitOptions, thread: Thread, digits = String(thread.tweets.length).length): string[] {
  const limit = options.limit ?? 280
  const total = thread.tweets.length
  const label = total > 1 && (options.numbering ?? 'n/N') ? 2 + 2 * digits + 2 : 0
  const continuation = options.continuation === false ? 0 : 2
  const mark = options.continuation ?? '…'
  const bodies = thread.tweets.map((tweet) => withoutLabel(tweet.text, tweet.index, total, options))
  const text = posted(input)
  // An entity that owes its existence to a character a post loses at its edge is not asked for,
  // nor one that appears only once that character is gone (see `postedEdges`).
  const edged = posted(postedEdges(input, thread.tweets))
  const kept = new Set(twitter.extractEntitiesWithIndices(edged).map((entity) => edged.slice(entity.indices[0], entity.indices[1])))
  const cut: string[] = []
  for (const entity of twitter.extractEntitiesWithIndices(text)) {
    const shown = text.slice(entity.indices[0], entity.indices[1])
    if (!kept.has(shown) || countTweet(shown, {limit: 25_000}).length + label + continuation > limit) continue
    if (bodies.some((body) => body.includes(shown))) continue
    // A post never ends with a character that renders nothing: the splitter drops it. So a hashtag
    // ending in ZWNJ or ZWJ that ends a post shows without them (`#tag` + ZWNJ × 34 before `}`), before
    // the mark when the post ends mid-word. Nothing a reader sees is cut.
    const visible = shown.replace(hiddenTail, '')
    if (visible !== shown && bodies.some((body) => body.endsWith(visible) || (mark !== false && body.endsWith(visible + mark)))) continue
    cut.push(shown)
  }
  return cut
}

/**
 * Whether room kept for labels as wide as the thread's own (one digit for 9 posts) makes posts that
 * need wider ones. Then the splitter kept room for wider labels and an entity that fits with the
 * narrower ones can be cut: keeping it whole is what takes the count past them (9 posts with room
 * for two digits, 10 with room for one), and with labels of the next width it no longer fits a post.
 */
export function ownLabelWidthOverflows(input: string, options: SplitOptions, thread: Thread): boolean {
  const total = thread.tweets.length
  return total > 1 && (options.numbering ?? 'n/N') !== false && !labelWidthFits(input, options, String(total).length)
}
