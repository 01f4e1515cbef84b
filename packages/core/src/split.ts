import {z} from 'zod'
import {counterFor, limitSchema, platformSchema} from './count.js'
import {canonicalize, type Canonical} from './normalize.js'
import {parseOptions} from './options.js'
import {Break, segment, type Units} from './segment.js'
import {Glue} from './structure.js'
import type {Thread, ThreadTweet} from './types.js'

const numberingStyles = ['n/N', '(n/N)', '[n/N]', 'n/'] as const
export type NumberingStyle = (typeof numberingStyles)[number]

export const splitOptionsSchema = z.strictObject({
  platform: platformSchema.optional(),
  limit: limitSchema().optional(),
  numbering: z
    .union([z.literal(false), z.enum(numberingStyles)], {
      error: `Unexpected \`numbering\`, expected false or one of ${numberingStyles.map((s) => `'${s}'`).join(', ')}`
    })
    .optional(),
  numberingPosition: z
    .enum(['end', 'start'], {error: "Unexpected `numberingPosition`, expected 'end' or 'start'"})
    .optional(),
  continuation: z
    .union(
      [
        z.literal(false),
        z
          .string()
          .min(1)
          .max(8)
          .regex(/^[^\s]+$/u)
      ],
      {error: 'Unexpected `continuation`, expected false or a mark of 1–8 characters without whitespace (such as `…`)'}
    )
    .optional()
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
      for (let g = a; g < good.length && (good[g] as number) < j; g++) {
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
  body: string
}

function draft(canonical: Canonical, units: Units, ends: number[], settings: Settings): Draft[] {
  const drafts: Draft[] = []
  let i = 0
  for (const j of ends) {
    const kind: Break = j === units.count ? Break.End : (units.after[j - 1] as Break)
    const start = units.start[i] as number
    const end = units.end[j - 1] as number
    let body = canonical.text.slice(start, end)
    if (settings.continuation && cutsSentence(kind)) body += settings.continuation
    drafts.push({start, end, body})
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

  const finish = (units: Units, ends: number[]): ThreadTweet[] | number => {
    const drafts = draft(canonical, units, ends, settings)
    const total = drafts.length
    const tweets: ThreadTweet[] = []
    let over = 0
    for (const [index, piece] of drafts.entries()) {
      const posted = render(piece.body, index + 1, total, settings)
      const counted = counter.count(posted, limit)
      if (!counted.valid) over = Math.max(over, counted.length - limit, 1)
      tweets.push({
        text: posted,
        length: counted.length,
        index,
        source: {start: canonical.toSource(piece.start), end: canonical.toSource(piece.end)}
      })
    }
    return over > 0 ? over : tweets
  }

  // The weighted length is additive over words, so the chosen breaks are exact; the check in
  // `finish` guards the rare case where cutting inside a word changes what the counter sees
  // (a piece that now reads as a URL): then a margin is kept and the breaks are chosen again.
  let margin = 0
  // Digits reserved for the numbering: 0 while a single tweet may do, then at least the digits of
  // the weight divided by the limit (a lower bound of the count), grown until the count fits.
  let width = 0
  for (let attempt = 0; attempt < 12; attempt++) {
    const budget = limit - margin - numberingWeight(width)
    const units = unitsFor(budget - continuationWeight)
    const ends = chooseBreaks(units, budget, continuationWeight)
    if (width === 0 && ends.length > 1 && settings.numbering) {
      let total = 0
      for (let k = 0; k < units.count; k++) total += (units.weight[k] as number) + (units.gap[k] as number)
      width = digits(Math.max(ends.length, Math.ceil(total / limit)))
      continue
    }
    if (width > 0 && digits(ends.length) > width) {
      width = digits(ends.length)
      continue
    }
    const result = finish(units, ends)
    if (typeof result !== 'number') return {tweets: result, limit}
    margin += result
  }
  throw new Error('splitThread could not fit the text; please report this input')
}
