import * as z from 'zod/mini'
import {trimBlank} from './invisible.js'
import {canonicalize, floorIndex} from './normalize.js'
import {parseOptions} from './options.js'
import {perPlatform, platformFields, platformOf, resolvePlatform} from './platform-options.js'
import {numberingSchema, type NumberingStyle} from './schemas.js'
import {Break, segmentation, wordEntities, type Segmentation, type Units} from './segment.js'
import {Glue} from './structure.js'
import type {Thread, ThreadTweet, TweetCount} from './types.js'
import {insidePair} from './surrogates.js'
import {markAfter} from './mark.js'

export type {NumberingStyle}

const continuationExpected = 'Unexpected `continuation`, expected false or a mark of 1–8 characters without whitespace (such as `…`)'

export const splitOptionsSchema = perPlatform((platform) => z.strictObject({
  ...platformFields(platform),
  numbering: z.optional(numberingSchema),
  numberingPosition: z.optional(
    z.enum(['end', 'start'], {error: "Unexpected `numberingPosition`, expected 'end' or 'start'"})
  ),
  continuation: z.optional(
    z.union(
      [
        z.literal(false),
        z.string().check(
          z.minLength(1, {error: continuationExpected}),
          z.maxLength(8, {error: continuationExpected}),
          z.regex(/^[^\s]+$/u, {error: continuationExpected})
        )
      ],
      {error: continuationExpected}
    )
  )
}))

/** Options of `splitThread` as users pass them. */
export type SplitOptions = z.input<ReturnType<typeof splitOptionsSchema>>

interface Settings {
  limit: number
  numbering: NumberingStyle | false
  position: 'end' | 'start'
  continuation: string | false
}

function label(style: NumberingStyle, n: number, total: number): string {
  switch (style) {
    case 'n/N':
      return `${n}/${total}`
    case '(n/N)':
      return `(${n}/${total})`
    case '[n/N]':
      return `[${n}/${total}]`
    case 'n/':
      return `${n}/`
  }
}

// Cost model (README.md, "Choosing breaks: the cost model"): tiers that never trade against each
// other in a real thread. 1: a cut inside a sentence that fits, or a post ending on strong glue;
// 2: each post; 3: where a sentence too long for a post is cut; 4: weak glue; 5: break preference
// and squared slack, so that posts come out even.
const penalty: Record<Break, number> = {
  [Break.Hard]: 0,
  [Break.Paragraph]: 0,
  [Break.Line]: 15,
  [Break.Sentence]: 30,
  [Break.Clause]: 2e3,
  [Break.Word]: 2e4,
  [Break.Abbreviation]: 6e4,
  [Break.Grapheme]: 2e5,
  [Break.Number]: 2e6,
  [Break.Entity]: 2e7,
  [Break.End]: 0
}
const avoidableCut = 1e13
const strongGlue = 1e12
const tweetCost = 1e9
const weakGlue = 300
const slackCost = 100
// Start offsets considered per tweet end. Beyond this the window is sampled (all sentence-level
// starts plus an even stride), which keeps huge limits linear in the text.
const fullWindow = 96

interface Scan {
  cost: number
  from: number
}

/**
 * Try tweet starts `from, from + step, … < to` for a tweet ending where `endWeight` is reached, that
 * weighs at most `most` (`room` unless the mark weighs more at this end).
 */
function relax(
  scan: Scan,
  prefix: Float64Array | Float32Array,
  best: Float64Array,
  from: number,
  to: number,
  step: number,
  endWeight: number,
  room: number,
  most: number,
  cut: number
): void {
  for (let i = from; i < to; i += step) {
    const base = (best[i] as number) + cut
    if (base >= scan.cost) continue
    const used = endWeight - (prefix[i] as number)
    if (used > most) continue
    const slack = (room - used) / room
    const cost = base + slackCost * slack * slack
    if (cost < scan.cost) {
      scan.cost = cost
      scan.from = i
    }
  }
}

/** Whether ending a tweet at this break cuts a sentence, so the continuation mark is due. */
function cutsSentence(kind: Break): boolean {
  return kind >= Break.Clause && kind !== Break.End
}

/**
 * What choosing breaks over some units leaves behind, so that the choice can resume after an edit
 * instead of starting over. Index `j` holds the state once units `0 … j-1` are decided. Three
 * numbers per unit (16–20 bytes): a 10 MB text has well over a million units.
 */
export interface Choice {
  units: Units
  budget: number
  continuationWeight: number
  /**
   * prefix[k]: weight of units 0..k-1 with the gaps after each of them. In 32 bits when every
   * weight is a whole number and the total is under 2²⁴, where those sums are exact.
   */
  prefix: Float64Array | Float32Array
  best: Float64Array
  from: Int32Array
  /** Starts after a sentence-level break, in order: the first `goodCount` entries. */
  good: Int32Array
  goodCount: number
  /** The unit index where each tweet ends (exclusive). */
  ends: number[]
  /** Whether the ends inside a sentence that fits were skipped (`windowsAreWhole`). */
  skipInside: boolean
}

/**
 * Whether every post end's window of starts holds at most `fullWindow` units, so that every start
 * is tried and none is sampled. Then the choice need not weigh the ends inside a sentence that fits
 * in a post (most units of a text, in prose as in CJK): a post ending there costs 10¹³ more than
 * one ending at the sentence's start or end instead, with the same number of posts or one more
 * (10⁹), and those starts are always in the window of any end that a start inside the sentence
 * could reach. So the cheapest start of every other end is never such a start, and the breaks
 * chosen are the same, to the last bit of every cost. With sampled windows an end may see a start
 * inside the sentence and not the sentence's edges, so there every end is weighed.
 */
function windowsAreWhole(prefix: Float64Array | Float32Array, gap: Uint8Array, after: Uint8Array, m: number, budget: number): boolean {
  let lo = 0
  let floor = 0
  for (let j = 1; j <= m; j++) {
    while (lo < j - 1 && (prefix[j] as number) - (prefix[lo] as number) - (gap[j - 1] as number) > budget) lo++
    if (j - Math.max(lo, floor) > fullWindow) return false
    if (j < m && (after[j - 1] as Break) === Break.Hard) floor = j
  }
  return true
}

/**
 * The first unit index from which a choice made over `old` can differ over `units`: the start of
 * the line holding the first unit whose weight, gap, break or glue changed. A post's cost reads its
 * whole sentence and line, and nothing after the line it ends in.
 */
function resumeAt(old: Units, units: Units): number {
  const shared = Math.min(old.count, units.count)
  let first = 0
  while (
    first < shared &&
    old.weight[first] === units.weight[first] &&
    old.gap[first] === units.gap[first] &&
    old.after[first] === units.after[first] &&
    old.glue[first] === units.glue[first]
  ) {
    first++
  }
  if (first === units.count && first === old.count) return first
  let line = Math.min(first, shared)
  while (line > 0 && (units.after[line - 1] as Break) > Break.Line) line--
  return line
}

/**
 * Choose breaks by dynamic programming over the units. `budget` is the room for text once the
 * numbering is paid for; a break that cuts a sentence also pays for the continuation mark, which
 * weighs `continuationWeight`, or, for whether the post fits, `markWeights[j]` at the end after
 * unit `j - 1` (a mark that a network reads as part of the word it is glued to can weigh more).
 * Returns the unit index where each tweet ends (exclusive).
 */
export function chooseBreaks(units: Units, budget: number, continuationWeight: number, markWeights?: Float64Array): number[] {
  return choose(units, budget, continuationWeight, undefined, false, markWeights).ends
}

// What the cost of ending a post at a break adds to its break's penalty (`endFlags`).
const avoidable = 1 // inside a sentence that fits in a post
const inItem = 2 // a sentence end inside a list item that fits in a post

/**
 * `chooseBreaks`, keeping its state. With `previous` (a choice over other units with the same
 * budget), everything decided before the line of the first changed unit is kept, since no cost
 * there reads past that line, and the choice resumes from there.
 */
export function choose(
  units: Units,
  budget: number,
  continuationWeight: number,
  previous?: Choice,
  weighEveryEnd = false,
  markWeights?: Float64Array
): Choice {
  const m = units.count
  const {weight, gap, after, glue} = units
  let reuse =
    previous && markWeights === undefined && previous.budget === budget && previous.continuationWeight === continuationWeight
      ? resumeAt(previous.units, units)
      : 0
  if (previous && reuse === m && previous.units.count === m) return {...previous, units}
  let total = 0
  let whole = true
  for (let k = 0; k < m; k++) {
    total += (weight[k] as number) + (gap[k] as number)
    if (!Number.isInteger(weight[k])) whole = false
  }
  const prefix = whole && total < 2 ** 24 ? new Float32Array(m + 1) : new Float64Array(m + 1)
  const best = new Float64Array(m + 1)
  const from = new Int32Array(m + 1)
  let good = new Int32Array(Math.max(16, (m >> 3) + 1))
  let goodCount = 1 // good[0] = 0
  if (previous && reuse > 0) prefix.set(previous.prefix.subarray(0, reuse + 1))
  for (let k = reuse; k < m; k++) prefix[k + 1] = (prefix[k] as number) + (weight[k] as number) + (gap[k] as number)
  // `weighEveryEnd`: the general path, for the tests that pin the skip to it.
  const skipInside = !weighEveryEnd && windowsAreWhole(prefix, gap, after, m, budget)
  // A choice that skipped those ends left no cost there for one that samples its starts.
  if (previous && previous.skipInside !== skipInside) reuse = 0
  if (previous && reuse > 0) {
    best.set(previous.best.subarray(0, reuse + 1))
    from.set(previous.from.subarray(0, reuse + 1))
    let kept = previous.goodCount
    while (kept > 0 && (previous.good[kept - 1] as number) > reuse) kept--
    if (kept > good.length) good = new Int32Array(kept * 2)
    good.set(previous.good.subarray(0, kept))
    goodCount = kept
  }

  // What the cost of ending a post after unit j-1 adds to its break's penalty, from the sentence
  // and line it is in: one byte per unit, the cost itself is worked out when the end is reached.
  const endFlags = new Uint8Array(m + 1)
  let sentenceStart = reuse
  let lineStart = reuse
  for (let j = reuse + 1; j <= m; j++) {
    const kind: Break = j === m ? Break.End : (after[j - 1] as Break)
    if (kind > Break.Sentence && kind !== Break.End) continue
    // Units sentenceStart..j-1 are one sentence: a cut inside it is avoidable if it fits.
    if ((prefix[j] as number) - (prefix[sentenceStart] as number) - (gap[j - 1] as number) <= budget) {
      for (let k = sentenceStart + 1; k < j; k++) endFlags[k] = avoidable
    }
    sentenceStart = j
    if (kind <= Break.Line || kind === Break.End) {
      // A list item's line: its inner sentence ends are glued when the whole line fits.
      if ((prefix[j] as number) - (prefix[lineStart] as number) - (gap[j - 1] as number) <= budget) {
        for (let k = lineStart + 1; k < j; k++) if ((glue[k - 1] as Glue) === Glue.Item) endFlags[k] = inItem
      }
      lineStart = j
    }
  }

  // The sliding window's first start and the last hard break (no tweet may span one), replayed
  // up to where the choice resumes: both only move forward.
  let lo = 0
  let floor = 0
  for (let j = 1; j <= reuse; j++) {
    while (lo < j - 1 && (prefix[j] as number) - (prefix[lo] as number) - (gap[j - 1] as number) > budget) lo++
    if (j < m && (after[j - 1] as Break) === Break.Hard) floor = j
  }
  if (reuse === 0) best[0] = 0
  // Starts whose previous tweet ended at a sentence or better (`good`) are always considered.
  for (let j = reuse + 1; j <= m; j++) {
    const kind: Break = j === m ? Break.End : (after[j - 1] as Break)
    // Inside a sentence that fits, when every window is whole (`windowsAreWhole`): no post of the
    // choice ends here, nor starts here, so the cost of ending here is never read.
    if (skipInside && endFlags[j] === avoidable) {
      best[j] = Infinity
      from[j] = -1
      continue
    }
    const room = budget - (cutsSentence(kind) ? continuationWeight : 0)
    // A mark that weighs more glued to the word it ends (`markWeights`) leaves less for the post. It
    // decides only whether the post fits: the slack is still read against `room`, as at every other
    // end, so a choice whose posts all fit with their marks is the one made without them.
    const most = markWeights === undefined || !cutsSentence(kind) ? room : budget - (markWeights[j] as number)
    while (lo < j - 1 && (prefix[j] as number) - (prefix[lo] as number) - (gap[j - 1] as number) > budget) lo++
    const first = Math.max(lo, floor)
    // The cost of ending here, in the order of additions the cost model was written in.
    const flags = endFlags[j] as number
    let endCost: number
    if (kind > Break.Sentence && kind !== Break.End) {
      endCost = penalty[kind] + (flags === avoidable ? avoidableCut : 0)
    } else {
      const glued = j === m ? Glue.None : (glue[j - 1] as Glue)
      endCost = penalty[kind] + (glued === Glue.Strong ? strongGlue : glued === Glue.Weak ? weakGlue : 0)
      if (flags === inItem) endCost += weakGlue
    }
    const cut = endCost + tweetCost
    const endWeight = (prefix[j] as number) - (gap[j - 1] as number)
    let bestCost = Infinity
    let bestFrom = -1
    if (j - first <= fullWindow) {
      // Every start in the window (the common case, written out: this loop is the choice's cost).
      for (let i = first; i < j; i++) {
        // The slack term is never negative: a start already as costly without it cannot win.
        const base = (best[i] as number) + cut
        if (base >= bestCost) continue
        const used = endWeight - (prefix[i] as number)
        if (used > most) continue
        const slack = (room - used) / room
        const cost = base + slackCost * slack * slack
        if (cost < bestCost) {
          bestCost = cost
          bestFrom = i
        }
      }
    } else {
      const scan: Scan = {cost: Infinity, from: -1}
      const stride = Math.ceil((j - first) / fullWindow)
      const near = Math.max(first, j - (fullWindow >> 2))
      relax(scan, prefix, best, first, near, stride, endWeight, room, most, cut)
      relax(scan, prefix, best, near, j, 1, endWeight, room, most, cut)
      // Binary search the first good start in the window.
      let a = 0
      let b = goodCount
      while (a < b) {
        const mid = (a + b) >> 1
        if ((good[mid] as number) < first) a = mid + 1
        else b = mid
      }
      // Every good start is pushed before `j`, so they all lie in the window. A text of nothing but
      // sentences (`'. '` × 20,000 at limit 25,000) has thousands: take an even stride of them
      // and the nearest ones, or this loop alone is quadratic.
      const goodStride = Math.max(1, Math.ceil((goodCount - a) / fullWindow))
      const goodNear = Math.max(a, goodCount - (fullWindow >> 2))
      for (let g = a; g < goodNear; g += goodStride) {
        relax(scan, prefix, best, good[g] as number, (good[g] as number) + 1, 1, endWeight, room, most, cut)
      }
      for (let g = goodNear; g < goodCount; g++) {
        relax(scan, prefix, best, good[g] as number, (good[g] as number) + 1, 1, endWeight, room, most, cut)
      }
      bestCost = scan.cost
      bestFrom = scan.from
    }
    if (bestCost === Infinity) {
      // Only possible when one unit alone is over the room (an atom heavier than the budget):
      // take it alone rather than fail.
      bestCost = (best[j - 1] as number) + tweetCost + penalty[Break.Entity]
      bestFrom = j - 1
    }
    best[j] = bestCost
    from[j] = bestFrom
    if (kind <= Break.Sentence) {
      if (goodCount === good.length) {
        const grown = new Int32Array(good.length * 2)
        grown.set(good)
        good = grown
      }
      good[goodCount++] = j
    }
    if (kind === Break.Hard) floor = j
  }
  const ends: number[] = []
  for (let j = m; j > 0; j = from[j] as number) ends.push(j)
  ends.reverse()
  return {units, budget, continuationWeight, prefix, best, from, good, goodCount, ends, skipInside}
}

interface Draft {
  start: number
  end: number
  /** Whether the post ends mid-sentence, so the continuation mark is due. */
  cut: boolean
  /**
   * Weight of the posted body, continuation mark included, when it is a sum of unit weights (the
   * post holds whole words only); undefined when only an exact count can tell, until the repair
   * sets it to that count.
   */
  weight?: number
  /** Whether `weight` is a sum of unit weights, so the label's weight adds to it. */
  additive?: boolean
  /** What follows the post's text once `markOf` has read it: '', the mark, or a space and the mark. */
  mark?: string
}

/** The posts made with room kept for labels of some width, and the digits their count needs. */
interface Attempt {
  /** Empty when the count is known to need more digits before the posts are drafted. */
  drafts: Draft[]
  /** The width, or more when the count has more digits: then the width is too narrow. */
  needs: number
}

// A post that stops on a comma, semicolon, colon, dash or ellipsis already tells the reader the sentence
// goes on; a mark after it would read ",…". (The room for the mark is still reserved: at most one unit.)
const continuationSigns = new Set([...',;:\u2013\u2014\u2026\u3001\uff0c\uff1b\uff1a\u060c\u061b'].map((c) => c.charCodeAt(0)))
const showsContinuation = (code: number) => continuationSigns.has(code)

/** The post's numbering label, or '' when it has none. */
function tagOf(n: number, total: number, settings: Settings): string {
  return !settings.numbering || total < 2 ? '' : label(settings.numbering, n, total)
}

function render(body: string, tag: string, settings: Settings): string {
  if (!tag) return body
  return settings.position === 'start' ? `${tag} ${body}` : `${body} ${tag}`
}

const digits = (n: number) => String(n).length

/** Splits drafts with the same options, keeping its work between calls. */
export interface ThreadSplitter {
  /** Exactly `splitThread(text, options)`, recomputing only what changed since the last call. */
  split(text: string): Thread
}

/**
 * Create a splitter for one set of options, for an editor that re-splits a draft on every
 * keystroke. `split(text)` returns exactly what `splitThread(text, options)` returns, but keeps the
 * units of every word and the break choices made before the edited line from one call to the
 * next, so a one-character edit costs a fraction of a full split. Options are checked once, here;
 * create a new splitter when they change.
 *
 * @example
 *   const splitter = createThreadSplitter({limit: 280})
 *   textarea.addEventListener('input', () => render(splitter.split(textarea.value).tweets))
 */
export function createThreadSplitter(options?: SplitOptions): ThreadSplitter {
  const {split} = threadSplitter(options, 'createThreadSplitter')
  return {split}
}

/**
 * Whether `text`, split with room kept for numbering labels of `width` digits, makes a count of
 * posts with no more digits than that. The splitter keeps the first width that does, counting up
 * from a lower bound of the count. For the tests of that choice; the package does not export it.
 */
export function labelWidthFits(text: string, options: SplitOptions | undefined, width: number): boolean {
  return threadSplitter(options, 'labelWidthFits').widthFits(text, width)
}

function threadSplitter(options: SplitOptions | undefined, where: string): ThreadSplitter & {widthFits(text: string, width: number): boolean} {
  const parsed = parseOptions(splitOptionsSchema(platformOf(options)), options, where)
  const {counter, limit: platformLimit} = resolvePlatform(parsed, where, false)
  const settings: Settings = {
    limit: platformLimit,
    numbering: parsed.numbering ?? 'n/N',
    position: parsed.numberingPosition ?? 'end',
    continuation: parsed.continuation ?? '…'
  }
  const limit = settings.limit
  const mark = settings.continuation
  const continuationWeight = mark ? counter.weigh(mark) : 0
  // A mark with a character the platform refuses makes every post that shows it invalid: those
  // posts are counted exactly, as the repair expects.
  const markIsPlain = mark ? counter.count(mark, limit).valid : true
  const numberingWeight = (width: number) => {
    if (!settings.numbering || width === 0) return 0
    const widest = 10 ** width - 1
    return 1 + counter.weigh(label(settings.numbering, widest, widest))
  }
  const labelWeight = (tag: string) => (tag ? 1 + counter.weigh(tag) : 0)

  // Kept from the last call: segmentations by `longWord`, choices by budget, exact counts by text.
  let segmentations = new Map<number, Segmentation>()
  let choices = new Map<number, Choice>()
  let counts = new Map<string, TweetCount>()
  let latest: Segmentation | undefined

  /**
   * Reads `text` and hands `settle` the posts it makes with room kept for labels of a given width
   * (`attempt`), and what turns the posts chosen into the thread (`thread`); an empty text gives
   * `empty`. The width is settled by `split`, and probed by the tests (`labelWidthFits`).
   */
  const reading = <T>(text: string, empty: T, settle: (attempt: (width: number) => Attempt, thread: (drafts: Draft[]) => Thread) => T): T => {
    const canonical = canonicalize(typeof text === 'string' ? text : String(text ?? ''))
    if (canonical.count === 0) return empty
    const usedSegmentations = new Map<number, Segmentation>()
    const usedChoices = new Map<number, Choice>()
    const usedCounts = new Map<string, TweetCount>()
    const exact = (body: string): TweetCount => {
      let counted = usedCounts.get(body) ?? counts.get(body)
      if (!counted) counted = counter.count(body, limit)
      usedCounts.set(body, counted)
      return counted
    }
    // Words longer than a tweet are pre-cut to fit the tightest budget a tweet can have.
    const unitsFor = (longWord: number): Segmentation => {
      let found = usedSegmentations.get(longWord)
      if (!found) {
        const previous = segmentations.get(longWord) ?? latest
        found = segmentation(canonical, counter, longWord, previous)
        usedSegmentations.set(longWord, found)
        latest = found
      }
      return found
    }
    const choiceFor = (units: Units, budget: number): Choice => {
      let found = usedChoices.get(budget)
      if (found?.units !== units) {
        found = choose(units, budget, continuationWeight, found ?? choices.get(budget))
        usedChoices.set(budget, found)
      }
      return found
    }

    // A space before the mark where the post's last word would take it into an entity (`markAfter`):
    // the room kept for the mark does not hold that space, so such a post is counted with it, and cut
    // again by the repair when it no longer fits.
    const markOf = (piece: Draft): string =>
      (piece.mark ??=
        mark && piece.cut && !showsContinuation(canonical.text.charCodeAt(piece.end - 1))
          ? markAfter(counter, canonical.text, piece.start, piece.end, mark)
          : '')
    const body = (piece: Draft) => canonical.text.slice(piece.start, piece.end) + markOf(piece)

    /**
     * The posts the chosen breaks make. A post of whole words weighs the sum of its units and
     * gaps when the counter says that sum is its count (`sumsExactly`); only the word the
     * continuation mark is glued to is counted again with the mark. Every other post is left to the
     * exact count: a piece of a word can read differently on its own, and a counter that does not
     * say so (a grapheme counter, where a combining mark joins the space before it) is never summed.
     */
    const draft = (choice: Choice): Draft[] => {
      const {units, prefix, ends} = choice
      const drafts: Draft[] = []
      let i = 0
      for (const j of ends) {
        const kind: Break = j === units.count ? Break.End : (units.after[j - 1] as Break)
        // A piece cut inside a word may begin or end at a no-break space ("10\u00a0km").
        const [start, end] = trimBlank(canonical.text, units.start[i] as number, units.end[j - 1] as number)
        if (start < end) {
          const piece: Draft = {start, end, cut: cutsSentence(kind)}
          // Trimming a direction mark (or another character that renders nothing) off an edge leaves
          // a post lighter than its units: only an untrimmed post is their sum. A post cut inside a
          // word is one too when the counter says so (`sumsExactly` is asked about such edges).
          const untrimmed = start === units.start[i] && end === units.end[j - 1]
          if (untrimmed && counter.sumsExactly?.(canonical.text, start, end) === true) {
            const weight = (prefix[j] as number) - (prefix[i] as number) - (units.gap[j - 1] as number)
            if (mark && piece.cut && !showsContinuation(canonical.text.charCodeAt(end - 1))) {
              if (markIsPlain) {
                let word = j - 1
                while (word > i && (units.gap[word - 1] as number) === 0) word--
                const wordWeight = (prefix[j] as number) - (prefix[word] as number) - (units.gap[j - 1] as number)
                const joined = canonical.text.slice(units.start[word] as number, end) + markOf(piece)
                if (counter.sumsExactly?.(joined, 0, joined.length) === true) {
                  piece.weight = weight - wordWeight + exact(joined).length
                  piece.additive = true
                }
              }
            } else {
              piece.weight = weight
              piece.additive = true
            }
          }
          drafts.push(piece)
        }
        i = j
      }
      return drafts
    }

    /**
     * Check every post against the room and repair, locally, the rare one that is over: weights
     * are additive across whitespace, but a piece of a word can read differently on its own
     * (twitter-text stops recognising a URL after ~50 CJK characters in the same word, and
     * recognises it in a shorter piece). The post is cut again at the last unit end, else code
     * point, where the exact count fits, and the rest becomes the next post, itself checked. Only
     * that post changes. Each post ends up with its exact length.
     */
    const repair = (drafts: Draft[], width: number, units: Units): Draft[] => {
      const numbering = numberingWeight(width)
      const room = limit - numbering
      // A post is counted with the widest label of the width where its label goes, unless the counter
      // promises that a label after it adds exactly its weight (`sumsExactly`). Before the post, its
      // first word no longer starts the text, and twitter-text can read it differently there (`文` × 20
      // + `example.com/…` is a URL at the start of a post, not after `1/2 `); after it, a label can take
      // a post over a limit the count alone does not show (Bluesky's 3,000 UTF-8 bytes). Any label
      // reads as the widest does: ASCII without a dot, apart from the post by a space, and no longer.
      const widest = settings.numbering && width > 0 ? label(settings.numbering, 10 ** width - 1, 10 ** width - 1) : ''
      const lead = widest && settings.position === 'start' ? `${widest} ` : ''
      const trail = widest && settings.position === 'end' && counter.sumsExactly === undefined ? ` ${widest}` : ''
      const labelled = (piece: Draft) => exact(lead + body(piece) + trail)
      const labelShare = lead || trail ? numbering : 0
      const fits = (piece: Draft) => {
        if (piece.weight !== undefined) return piece.weight <= room
        const counted = labelled(piece)
        if (!counted.valid || counted.length - labelShare > room) return false
        piece.weight = counted.length - labelShare
        return true
      }
      // The head each repaired post was cut to (offsets from the post's start, and its weight), by the
      // post's text and unit ends, which are all the search reads. A word of a repeating pattern
      // (`x.com_` × 20,000) is cut into pieces of one period, and when the period puts an entity the
      // word does not hold at the start of every piece (`x.com` after `_` is no URL in the word, but
      // one at the start of a post), every post is repaired, each the same way.
      const repaired = new Map<string, {start: number; end: number; weight: number}>()
      // The entities of the first word of a post read where the word stands (`wordEntities`, read
      // once per word) that reach into the post, from the post's start; with those the post holds
      // alone, which its text decides, they are all the entities its cut avoids.
      const ofWord = new Map<number, Array<[number, number]>>()
      const wordSpansIn = (start: number, end: number): Array<[number, number]> => {
        const k = floorIndex(canonical.wordStart, start, canonical.count)
        let word = ofWord.get(k)
        if (!word) {
          word = wordEntities(counter, canonical, k)
          ofWord.set(k, word)
        }
        // Sorted by start, and a URL spans at most 4,096: the search starts from the first that
        // could reach the post, and stops after it.
        let first = 0
        let last = word.length
        while (first < last) {
          const middle = (first + last) >> 1
          if ((word[middle] as [number, number])[0] < start - 4200) first = middle + 1
          else last = middle
        }
        const spans: Array<[number, number]> = []
        for (let index = first; index < word.length; index++) {
          const [s, e] = word[index] as [number, number]
          if (s - 2 >= end) break
          if (e > start) spans.push([s - start, e - start])
        }
        return spans
      }
      const done: Draft[] = []
      const queue = drafts.reverse() // a stack: the next draft is at the end
      while (queue.length > 0) {
        const piece = queue.pop() as Draft
        if (fits(piece)) {
          done.push(piece)
          continue
        }
        // Candidate ends: unit ends inside the post, else every code point boundary of it.
        const unitEnds: number[] = []
        for (let k = floorUnit(units, piece.start); k < units.count && (units.end[k] as number) < piece.end; k++) {
          if ((units.end[k] as number) > piece.start) unitEnds.push(units.end[k] as number)
        }
        // Not inside an entity of the post as it reads, nor one or two characters before one (a
        // piece of a word can hold a URL its word does not: `🧵`×10 `jp.jp` is one, ×50 is not),
        // nor inside one its first word holds where it stands in the text, unless no other end fits.
        const inWord = wordSpansIn(piece.start, piece.end)
        const key = unitEnds.map((end) => end - piece.start).join() + ' ' + inWord.join(';') + ' ' + canonical.text.slice(piece.start, piece.end)
        const known = repaired.get(key)
        if (known) {
          const head: Draft = {start: piece.start + known.start, end: piece.start + known.end, cut: true, weight: known.weight}
          done.push(head)
          const [start, end] = trimBlank(canonical.text, head.end, piece.end)
          if (start < end) queue.push({start, end, cut: piece.cut})
          continue
        }
        const codePoints: number[] = []
        const search = (candidates: number[]): Draft | undefined => {
          let low = -1
          let high = candidates.length
          let found: Draft | undefined
          while (high - low > 1) {
            const middle = (low + high) >>> 1
            const [start, end] = trimBlank(canonical.text, piece.start, candidates[middle] as number)
            const head: Draft = {start, end, cut: true}
            if (start < end && fits(head)) {
              low = middle
              found = head
            } else {
              high = middle
            }
          }
          return found
        }
        const spans = counter.entities(canonical.text.slice(piece.start, piece.end))
        for (const span of inWord) if (!spans.some(([a, b]) => a === span[0] && b === span[1])) spans.push(span)
        const outside = (offset: number) => !spans.some(([start, end]) => offset - piece.start >= start - 2 && offset - piece.start < end && offset - piece.start !== start)
        let head = search(unitEnds.filter(outside))
        if (!head) {
          for (let offset = piece.start + 1; offset < piece.end && codePoints.length < limit * 4; offset++) {
            if (!insidePair(canonical.text, offset)) codePoints.push(offset)
          }
          head = search(codePoints.filter(outside)) ?? search(unitEnds) ?? search(codePoints)
        }
        if (!head) {
          // Nothing shorter fits either (cannot happen with limits of 40 and more); keep it whole
          // rather than lose text.
          piece.weight = labelled(piece).length - labelShare
          done.push(piece)
          continue
        }
        repaired.set(key, {start: head.start - piece.start, end: head.end - piece.start, weight: head.weight as number})
        done.push(head)
        const [start, end] = trimBlank(canonical.text, head.end, piece.end)
        if (start < end) queue.push({start, end, cut: piece.cut})
      }
      return done
    }

    // A label after the post adds its weight to the post's exact count, on a counter that says so
    // (`Counter.sumsExactly`): a post cut inside a word (CJK text) is counted once, by the repair,
    // not again with its label. A label before it can change how the post's first word reads.
    const labelAfter = settings.position === 'end' && counter.sumsExactly !== undefined
    const finish = (drafts: Draft[]): ThreadTweet[] => {
      const total = drafts.length
      return drafts.map((piece, index) => {
        const tag = tagOf(index + 1, total, settings)
        const posted = render(body(piece), tag, settings)
        return {
          text: posted,
          // The label is a word of its own, so its weight adds to that of a post of whole words, and
          // (`labelAfter`) to the exact count of a post cut inside a word. A post cut inside a word
          // with its label before it is counted whole: the label before a piece of CJK text can
          // change whether twitter-text sees a URL further on in it.
          length: piece.additive || (labelAfter && piece.weight !== undefined) ? (piece.weight as number) + labelWeight(tag) : exact(posted).length,
          index,
          source: {start: canonical.toSource(piece.start), end: canonical.toSource(piece.end, true)}
        }
      })
    }

    const done = (result: Thread): Thread => {
      segmentations = usedSegmentations
      choices = usedChoices
      counts = usedCounts
      return result
    }

    // The posts with room kept for labels of `width` digits; width 0 keeps none, while one post may do.
    const attempt = (width: number): Attempt => {
      const budget = limit - numberingWeight(width)
      const {units} = unitsFor(budget - continuationWeight)
      let total = 0
      if (width === 0 && settings.numbering) {
        for (let k = 0; k < units.count; k++) total += (units.weight[k] as number) + (units.gap[k] as number)
        // Over one post's worth: numbering is certain, so reserve it before choosing at all.
        if (total > limit) return {drafts: [], needs: digits(Math.ceil(total / limit))}
      }
      const choice = choiceFor(units, budget)
      const ends = choice.ends
      if (width === 0 && ends.length > 1 && settings.numbering) {
        return {drafts: [], needs: digits(Math.max(ends.length, Math.ceil(total / limit)))}
      }
      if (width > 0 && digits(ends.length) > width) return {drafts: [], needs: digits(ends.length)}
      const drafts = repair(draft(choice), width, units)
      return {drafts, needs: settings.numbering && drafts.length > 1 ? Math.max(width, digits(drafts.length)) : width}
    }
    return settle(attempt, (drafts) => done({tweets: finish(drafts), limit}))
  }

  // Digits reserved for the numbering: 0 while a single tweet may do, then at least the digits of
  // the weight divided by the limit (a lower bound of the count), grown until the count fits. The
  // width only grows, so this loop runs a handful of times at most; when it runs again, the units
  // of every word lighter than a post are reused and only the breaks are chosen again.
  //
  // The count can end with fewer digits than the room kept: less room can mean fewer posts, when a
  // word or an entity too long for it is cut and shares posts with its neighbours where, whole, it
  // took posts of its own (`a\n---\n` × 7 then `} #tag` + ZWNJ × 34 + `} ¡` at 46 with `(n/N)`: 10
  // posts with room for one digit, 9 with room for two). Those posts stand. The narrower width was
  // tried on the way and its count needs the wider one; keeping the entity whole is what takes the
  // count there, and with the wider labels the entity no longer fits a post, so a longer thread
  // would cut it all the same. Only a width the growth passed over could still fit its own count,
  // which takes a jump of two digits at once onto a count that falls back: the properties of
  // test/numbering-width.test.ts and test/fuzz.test.ts look for one (`labelWidthFits`).
  const settleWidth = (attempt: (width: number) => Attempt, thread: (drafts: Draft[]) => Thread): Thread => {
    let width = 0
    let posts = attempt(width)
    while (posts.needs > width) {
      width = posts.needs
      posts = attempt(width)
    }
    return thread(posts.drafts)
  }

  return {
    split: (text: string) => reading(text, {tweets: [], limit}, settleWidth),
    widthFits: (text: string, width: number) => reading(text, true, (attempt) => attempt(width).needs <= width)
  }
}

/**
 * Split long text into a thread of posts that are each valid on the platform.
 *
 * Breaks are chosen for the whole text at once: explicit breaks (a line of three or more dashes
 * alone, `---`, or four newlines) first, then paragraphs, sentences, clauses and words; a word or
 * an entity is only cut when it alone is longer than a post. Numbering and the continuation mark
 * are counted.
 *
 * @example
 *   splitThread(rant, {limit: 280, numbering: 'n/N'}).tweets.map((tweet) => tweet.text)
 */
export function splitThread(text: string, options?: SplitOptions): Thread {
  return threadSplitter(options, 'splitThread').split(text)
}

/** Index of the last unit starting at or before `offset` (0 if none). */
function floorUnit(units: Units, offset: number): number {
  let low = 0
  let high = units.count - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((units.start[middle] as number) <= offset) low = middle
    else high = middle - 1
  }
  return low
}
