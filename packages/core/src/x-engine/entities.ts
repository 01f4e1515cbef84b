import * as data from './data.js'
import {unpackRanges} from './packed.js'
import {extractUrls} from './urls.js'

// Mentions and lists, hashtags and cashtags, as twitter-text's extract*WithIndices find them, with its own
// expressions (generated into data.ts). They are linear: bounded quantifiers, and one letter run per `#`.
let mention: RegExp | undefined
let endMention: RegExp | undefined
let hashtag: RegExp | undefined
let endHashtag: RegExp | undefined
let cashtag: RegExp | undefined

const escape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`

/** Class content for code-unit ranges: `\uXXXX` or `\uXXXX-\uYYYY` each. */
const classContent = (ranges: Array<[number, number]>) =>
  ranges.map(([start, end]) => (end > start ? `${escape(start)}-${escape(end)}` : escape(start))).join('')

/**
 * Code-point ranges above the BMP as the alternation twitter-text uses for astral classes, one
 * `\uHIGH[lows]` per high surrogate (the expressions run without `u`, on code units).
 */
function astralAlternation(ranges: Array<[number, number]>): string {
  const lows = new Map<number, Array<[number, number]>>()
  for (const [start, end] of ranges) {
    for (let from = start; from <= end; from = (from | 0x3ff) + 1) {
      const to = Math.min(end, from | 0x3ff)
      const high = 0xd800 + ((from - 0x10000) >> 10)
      const list = lows.get(high) ?? []
      list.push([0xdc00 + (from & 0x3ff), 0xdc00 + (to & 0x3ff)])
      lows.set(high, list)
    }
  }
  return [...lows].map(([high, list]) => `${escape(high)}[${classContent(list)}]`).join('|')
}

/** Class sources rebuilt from the packed data (matching exactly what twitter-text's classes match). */
export function letterClasses(): Record<string, string> {
  return {
    bmpLetterAndMarks: classContent(unpackRanges(data.bmpLetterAndMarks, 0)),
    bmpNumerals: classContent(unpackRanges(data.bmpNumerals, 0)),
    astralLetterAndMarks: astralAlternation(unpackRanges(data.astralLetterAndMarks, 0x10000)),
    astralNumerals: astralAlternation(unpackRanges(data.astralNumerals, 0x10000)),
    nonBmpCodePairs: data.nonBmpCodePairs,
    hashtagSpecialChars: data.hashtagSpecialChars
  }
}

function hashtagSource(): string {
  const pieces = letterClasses()
  return data.hashtagTemplate.replace(/#\{(\w+)\}/g, (_, name: string) => pieces[name] ?? '')
}

/** The expressions' sources, for the test that compares them with twitter-text's. */
export function entitySources(): {mention: string; hashtag: string; cashtag: string} {
  return {mention: data.mention, hashtag: hashtagSource(), cashtag: data.cashtag}
}

/** `extractMentionsOrListsWithIndices`: `@name` or `@name/list`. */
export function mentionSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  // A mention is a mark followed by a name character: a run of `@` alone holds none, and the
  // expression would try every mark of it.
  if (!/[@＠][a-zA-Z0-9_]/.test(text)) return spans
  mention ??= new RegExp(data.mention, 'g')
  endMention ??= new RegExp(data.endMention)
  const end = endMention
  text.replace(mention, (match: string, before: string, _at: string, name: string, list: string | undefined, offset: number) => {
    if (!end.test(text.slice(offset + match.length))) {
      const start = offset + before.length
      spans.push([start, start + name.length + (list ?? '').length + 1])
    }
    return match
  })
  return spans
}

/** `extractHashtagsWithIndices`, with its URL-overlap check unless `checkUrlOverlap` is false. */
export function hashtagSpans(text: string, checkUrlOverlap = true): Array<[number, number]> {
  let spans: Array<[number, number]> = []
  if (!/[#＃]/.test(text)) return spans
  hashtag ??= new RegExp(hashtagSource(), 'gi')
  endHashtag ??= new RegExp(data.endHashtag)
  const end = endHashtag
  text.replace(hashtag, (match: string, before: string, _hash: string, tag: string, offset: number) => {
    if (!end.test(text.slice(offset + match.length))) {
      const start = offset + before.length
      spans.push([start, start + tag.length + 1])
    }
    return match
  })
  const urls = spans.length > 0 && checkUrlOverlap ? extractUrls(text) : []
  if (urls.length > 0) {
    // removeOverlappingEntities: sorted by start (stable, hashtags first), each entity that starts
    // before the last kept one ends is dropped; only hashtags are kept.
    const all = [...spans.map((span) => ({span, tag: true})), ...urls.map((url) => ({span: [url.start, url.end] as [number, number], tag: false}))]
    all.sort((a, b) => a.span[0] - b.span[0])
    spans = []
    let previous = all[0]
    if (previous?.tag) spans.push(previous.span)
    for (let index = 1; index < all.length; index++) {
      const entity = all[index] as (typeof all)[number]
      if (previous && previous.span[1] > entity.span[0]) continue
      previous = entity
      if (entity.tag) spans.push(entity.span)
    }
  }
  return spans
}

/** `extractCashtagsWithIndices`: `$TSLA`, `$BRK.A`. */
export function cashtagSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  if (!text.includes('$')) return spans
  cashtag ??= new RegExp(data.cashtag, 'gi')
  text.replace(cashtag, (match: string, before: string, _dollar: string, tag: string, offset: number) => {
    const start = offset + before.length
    spans.push([start, start + tag.length + 1])
    return match
  })
  return spans
}

/** twitter-text's `isValidHashtag`: the text holds exactly one hashtag, and it is all of the text after its `#`. */
export function isValidHashtag(text: string): boolean {
  if (!text) return false
  const spans = hashtagSpans(text)
  const only = spans[0]
  return spans.length === 1 && only !== undefined && text.slice(only[0] + 1, only[1]) === text.slice(1)
}

/** What X turns an entity into a link to. */
export type EntityKind = 'url' | 'mention' | 'hashtag' | 'cashtag'

/** An entity X links in a post: `[start, end)` UTF-16 offsets and its kind. */
export interface LinkedEntity {
  start: number
  end: number
  kind: EntityKind
}

/**
 * The entities X links in a post, in order and without overlaps, as twitter-text's
 * `extractEntitiesWithIndices` finds them: URLs, then mentions and lists, hashtags (no URL check) and
 * cashtags, sorted by start, each one that overlaps the last one kept dropped.
 *
 * @example
 *   linkedEntities('Read https://example.com #writing')
 *   // → [{start: 5, end: 24, kind: 'url'}, {start: 25, end: 33, kind: 'hashtag'}]
 */
export function linkedEntities(text: string): LinkedEntity[] {
  const input = String(text ?? '')
  const all: LinkedEntity[] = [
    ...extractUrls(input).map((url): LinkedEntity => ({start: url.start, end: url.end, kind: 'url'})),
    ...mentionSpans(input).map(([start, end]): LinkedEntity => ({start, end, kind: 'mention'})),
    ...hashtagSpans(input, false).map(([start, end]): LinkedEntity => ({start, end, kind: 'hashtag'})),
    ...cashtagSpans(input).map(([start, end]): LinkedEntity => ({start, end, kind: 'cashtag'}))
  ]
  all.sort((a, b) => a.start - b.start)
  const kept: LinkedEntity[] = []
  for (const entity of all) {
    const last = kept[kept.length - 1]
    if (last === undefined || last.end <= entity.start) kept.push(entity)
  }
  return kept
}
