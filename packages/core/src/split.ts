import * as z from 'zod/mini'
import {counterFor, limitSchema, platformSchema} from './count.js'
import {trimBlank} from './invisible.js'
import {canonicalize, type Canonical} from './normalize.js'
import {parseOptions} from './options.js'
import {Break, segment, type Units} from './segment.js'
import {Glue} from './structure.js'
import type {Thread, ThreadTweet} from './types.js'

const numberingStyles = ['n/N', '(n/N)', '[n/N]', 'n/'] as const
export type NumberingStyle = (typeof numberingStyles)[number]

const continuationExpected = 'Unexpected `continuation`, expected false or a mark of 1–8 characters without whitespace (such as `…`)'

export const splitOptionsSchema = z.strictObject({
  platform: z.optional(platformSchema),
  limit: z.optional(limitSchema()),
  numbering: z.optional(
    z.union([z.literal(false), z.enum(numberingStyles)], {
      error: `Unexpected \`numbering\`, expected false or one of ${numberingStyles.map((s) => `'${s}'`).join(', ')}`
    })
  ),
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
})

/** Options of `splitThread` as users pass them. */
export type SplitOptions = z.input<typeof splitOptionsSchema>

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

/** Try tweet starts `from, from + step, … < to` for a tweet ending where `endWeight` is reached. */
function relax(
  scan: Scan,
  prefix: Float64Array,
  best: Float64Array,
  from: number,
  to: number,
  step: number,
  endWeight: number,
  room: number,
  cut: number
): void {
  for (let i = from; i < to; i += step) {
    const used = endWeight - (prefix[i] as number)
    if (used > room) continue
    const slack = (room - used) / room
    const cost = (best[i] as number) + cut + slackCost * slack * slack
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
 * Choose breaks by dynamic programming over the units. `budget` is the room for text once the
 * numbering is paid for; a break that cuts a sentence also pays for the continuation mark.
 * Returns the unit index where each tweet ends (exclusive).
 */
export function chooseBreaks(units: Units, budget: number, continuationWeight: number): number[] {
  const m = units.count
  const {weight, gap, after} = units
  // prefix[k]: weight of units 0..k-1 with the gaps after each of them.
  const prefix = new Float64Array(m + 1)
  for (let k = 0; k < m; k++) prefix[k + 1] = (prefix[k] as number) + (weight[k] as number) + (gap[k] as number)

  // Cost of ending a post after unit j-1, from its break class, the sentence it is in and its glue.
  const endCost = new Float64Array(m + 1)
  let sentenceStart = 0
  let lineStart = 0
  for (let j = 1; j <= m; j++) {
    const kind: Break = j === m ? Break.End : (after[j - 1] as Break)
    if (kind > Break.Sentence && kind !== Break.End) continue
    // Units sentenceStart..j-1 are one sentence: a cut inside it is avoidable if it fits.
    const fits = (prefix[j] as number) - (prefix[sentenceStart] as number) - (gap[j - 1] as number) <= budget
    for (let k = sentenceStart + 1; k < j; k++) {
      endCost[k] = penalty[after[k - 1] as Break] + (fits ? avoidableCut : 0)
    }
    const glue = j === m ? Glue.None : (units.glue[j - 1] as Glue)
    endCost[j] = penalty[kind] + (glue === Glue.Strong ? strongGlue : glue === Glue.Weak ? weakGlue : 0)
    sentenceStart = j
    if (kind <= Break.Line || kind === Break.End) {
      // A list item's line: its inner sentence ends are glued when the whole line fits.
      if ((prefix[j] as number) - (prefix[lineStart] as number) - (gap[j - 1] as number) <= budget) {
        for (let k = lineStart + 1; k < j; k++) if ((units.glue[k - 1] as Glue) === Glue.Item) endCost[k] = (endCost[k] as number) + weakGlue
      }
      lineStart = j
    }
  }

  const best = new Float64Array(m + 1).fill(Infinity)
  const from = new Int32Array(m + 1)
  best[0] = 0
  // Starts whose previous tweet ended at a sentence or better; always considered.
  const good: number[] = [0]
  let lo = 0
  let floor = 0 // no tweet may span a hard break
  const scan: Scan = {cost: Infinity, from: -1}
  for (let j = 1; j <= m; j++) {
    const kind: Break = j === m ? Break.End : (after[j - 1] as Break)
    const room = budget - (cutsSentence(kind) ? continuationWeight : 0)
    while (lo < j - 1 && (prefix[j] as number) - (prefix[lo] as number) - (gap[j - 1] as number) > budget) lo++
    const first = Math.max(lo, floor)
    const cut = (endCost[j] as number) + tweetCost
    const endWeight = (prefix[j] as number) - (gap[j - 1] as number)
    scan.cost = Infinity
    scan.from = -1
    if (j - first <= fullWindow) {
      relax(scan, prefix, best, first, j, 1, endWeight, room, cut)
    } else {
      const stride = Math.ceil((j - first) / fullWindow)
      const near = Math.max(first, j - (fullWindow >> 2))
      relax(scan, prefix, best, first, near, stride, endWeight, room, cut)
      relax(scan, prefix, best, near, j, 1, endWeight, room, cut)
      // Binary search the first good start in the window.
      let a = 0
      let b = good.length
      while (a < b) {
        const mid = (a + b) >> 1
        if ((good[mid] as number) < first) a = mid + 1
        else b = mid
      }
      // Every good start is pushed before `j`, so they all lie in the window. A text of nothing but
      // sentences (`'. '` × 20,000 at limit 25,000) has thousands: take an even stride of them
      // and the nearest ones, or this loop alone is quadratic.
      const goodStride = Math.max(1, Math.ceil((good.length - a) / fullWindow))
      const goodNear = Math.max(a, good.length - (fullWindow >> 2))
      for (let g = a; g < goodNear; g += goodStride) {
        relax(scan, prefix, best, good[g] as number, (good[g] as number) + 1, 1, endWeight, room, cut)
      }
      for (let g = goodNear; g < good.length; g++) {
        relax(scan, prefix, best, good[g] as number, (good[g] as number) + 1, 1, endWeight, room, cut)
      }
    }
    best[j] = scan.cost
    from[j] = scan.from
    if (best[j] === Infinity) {
      // Only possible when one unit alone is over the room (an atom heavier than the budget):
      // take it alone rather than fail.
      best[j] = (best[j - 1] as number) + tweetCost + penalty[Break.Entity]
      from[j] = j - 1
    }
    if (kind <= Break.Sentence) good.push(j)
    if (kind === Break.Hard) floor = j
  }
  const ends: number[] = []
  for (let j = m; j > 0; j = from[j] as number) ends.push(j)
  return ends.reverse()
}

interface Draft {
  start: number
  end: number
  /** Whether the post ends mid-sentence, so the continuation mark is due. */
  cut: boolean
}

/**
 * `[start, end)` of `text` without whitespace (no-break spaces included) or characters that render
 * nothing (see invisible.ts) at either edge (`start === end` when nothing is left).
 */
export const trimRange = (text: string, start: number, end: number): [number, number] => trimBlank(text, start, end)

// A post that stops on a comma, semicolon, colon, dash or ellipsis already tells the reader the sentence
// goes on; a mark after it would read ",…". (The room for the mark is still reserved: at most one unit.)
const continuationSigns = new Set([...',;:\u2013\u2014\u2026\u3001\uff0c\uff1b\uff1a\u060c\u061b'].map((c) => c.charCodeAt(0)))
const showsContinuation = (code: number) => continuationSigns.has(code)

function draft(canonical: Canonical, units: Units, ends: number[]): Draft[] {
  const drafts: Draft[] = []
  let i = 0
  for (const j of ends) {
    const kind: Break = j === units.count ? Break.End : (units.after[j - 1] as Break)
    // A piece cut inside a word may begin or end at a no-break space ("10\u00a0km").
    const [start, end] = trimRange(canonical.text, units.start[i] as number, units.end[j - 1] as number)
    if (start < end) drafts.push({start, end, cut: cutsSentence(kind)})
    i = j
  }
  return drafts
}

function render(body: string, n: number, total: number, settings: Settings): string {
  if (!settings.numbering || total < 2) return body
  const tag = label(settings.numbering, n, total)
  return settings.position === 'start' ? `${tag} ${body}` : `${body} ${tag}`
}

const digits = (n: number) => String(n).length

/**
 * Split long text into a thread of posts that are each valid on the platform.
 *
 * Breaks are chosen for the whole text at once: explicit breaks (a line holding only `---`, or
 * four newlines) first, then paragraphs, sentences, clauses and words; a word or an entity is only
 * cut when it alone is longer than a post. Numbering and the continuation mark are counted.
 *
 * @example
 *   splitThread(rant, {limit: 280, numbering: 'n/N'}).tweets.map((tweet) => tweet.text)
 */
export function splitThread(text: string, options?: SplitOptions): Thread {
  const parsed = parseOptions(splitOptionsSchema, options, 'splitThread')
  const counter = counterFor(parsed.platform ?? 'x')
  const settings: Settings = {
    limit: parsed.limit ?? counter.defaultLimit,
    numbering: parsed.numbering ?? 'n/N',
    position: parsed.numberingPosition ?? 'end',
    continuation: parsed.continuation ?? '…'
  }
  const limit = settings.limit
  const canonical = canonicalize(typeof text === 'string' ? text : String(text ?? ''))
  if (canonical.count === 0) return {tweets: [], limit}

  const continuationWeight = settings.continuation ? counter.weigh(settings.continuation) : 0
  const numberingWeight = (width: number) => {
    if (!settings.numbering || width === 0) return 0
    const widest = 10 ** width - 1
    return 1 + counter.weigh(label(settings.numbering, widest, widest))
  }
  // Words longer than a tweet are pre-cut to fit the tightest budget a tweet can have.
  let cached: {longWord: number; units: Units} | undefined
  const unitsFor = (longWord: number): Units => {
    if (cached?.longWord !== longWord) cached = {longWord, units: segment(canonical, counter, longWord)}
    return cached.units
  }

  const body = (piece: Draft) =>
    canonical.text.slice(piece.start, piece.end) +
    (settings.continuation && piece.cut && !showsContinuation(canonical.text.charCodeAt(piece.end - 1))
      ? settings.continuation
      : '')
  const isHighSurrogate = (offset: number) => {
    const code = canonical.text.charCodeAt(offset - 1)
    const next = canonical.text.charCodeAt(offset)
    return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
  }

  /**
   * Count every post exactly and repair, locally, the rare one that is over: weights are additive
   * across whitespace, but a piece of a word can read differently on its own (twitter-text stops
   * recognising a URL after ~50 CJK characters in the same word, and recognises it in a shorter
   * piece). The post is cut again at the last unit end, else code point, where the exact count
   * fits, and the rest becomes the next post, itself checked. Only that post changes.
   */
  const repair = (drafts: Draft[], numbering: number, units: Units): Draft[] => {
    const room = limit - numbering
    const fits = (piece: Draft) => {
      const counted = counter.count(body(piece), limit)
      return counted.valid && counted.length <= room
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
      const codePoints: number[] = []
      const search = (candidates: number[]): Draft | undefined => {
        let low = -1
        let high = candidates.length
        let found: Draft | undefined
        while (high - low > 1) {
          const middle = (low + high) >>> 1
          const [start, end] = trimRange(canonical.text, piece.start, candidates[middle] as number)
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
      let head = search(unitEnds)
      if (!head) {
        for (let offset = piece.start + 1; offset < piece.end && codePoints.length < limit * 4; offset++) {
          if (!isHighSurrogate(offset)) codePoints.push(offset)
        }
        head = search(codePoints)
      }
      if (!head) {
        // Nothing shorter fits either (cannot happen with limits of 40 and more); keep it whole
        // rather than lose text.
        done.push(piece)
        continue
      }
      done.push(head)
      const [start, end] = trimRange(canonical.text, head.end, piece.end)
      if (start < end) queue.push({start, end, cut: piece.cut})
    }
    return done
  }

  const finish = (drafts: Draft[]): ThreadTweet[] => {
    const total = drafts.length
    return drafts.map((piece, index) => {
      const posted = render(body(piece), index + 1, total, settings)
      return {
        text: posted,
        length: counter.count(posted, limit).length,
        index,
        source: {start: canonical.toSource(piece.start), end: canonical.toSource(piece.end, true)}
      }
    })
  }

  // Digits reserved for the numbering: 0 while a single tweet may do, then at least the digits of
  // the weight divided by the limit (a lower bound of the count), grown until the count fits. The
  // width only grows, so this loop runs a handful of times at most.
  let width = 0
  for (;;) {
    const budget = limit - numberingWeight(width)
    const units = unitsFor(budget - continuationWeight)
    let total = 0
    if (width === 0 && settings.numbering) {
      for (let k = 0; k < units.count; k++) total += (units.weight[k] as number) + (units.gap[k] as number)
      // Over one post's worth: numbering is certain, so reserve it before choosing at all.
      if (total > limit) {
        width = digits(Math.ceil(total / limit))
        continue
      }
    }
    const ends = chooseBreaks(units, budget, continuationWeight)
    if (width === 0 && ends.length > 1 && settings.numbering) {
      width = digits(Math.max(ends.length, Math.ceil(total / limit)))
      continue
    }
    if (width > 0 && digits(ends.length) > width) {
      width = digits(ends.length)
      continue
    }
    const drafts = repair(draft(canonical, units, ends), numberingWeight(width), units)
    if (settings.numbering && drafts.length > 1 && digits(drafts.length) > width) {
      width = digits(drafts.length)
      continue
    }
    return {tweets: finish(drafts), limit}
  }
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

