import * as data from './data.js'
import {extractUrls} from './urls.js'

// Mentions and lists, hashtags and cashtags, as twitter-text's extract*WithIndices find them, with its own
// expressions (generated into data.ts). They are linear: bounded quantifiers, and one letter run per `#`.
let mention: RegExp | undefined
let endMention: RegExp | undefined
let hashtag: RegExp | undefined
let endHashtag: RegExp | undefined
let cashtag: RegExp | undefined

function hashtagSource(): string {
  const pieces: Record<string, string> = {
    bmpLetterAndMarks: data.bmpLetterAndMarks,
    bmpNumerals: data.bmpNumerals,
    astralLetterAndMarks: data.astralLetterAndMarks,
    astralNumerals: data.astralNumerals,
    nonBmpCodePairs: data.nonBmpCodePairs,
    hashtagSpecialChars: data.hashtagSpecialChars
  }
  return data.hashtagTemplate.replace(/#\{(\w+)\}/g, (_, name: string) => pieces[name] ?? '')
}

/** The expressions' sources, for the test that compares them with twitter-text's. */
export function entitySources(): {mention: string; hashtag: string; cashtag: string} {
  return {mention: data.mention, hashtag: hashtagSource(), cashtag: data.cashtag}
}

/** `extractMentionsOrListsWithIndices`: `@name` or `@name/list`. */
export function mentionSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  if (!/[@＠]/.test(text)) return spans
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

/** `extractHashtagsWithIndices` (with its default URL-overlap check). */
export function hashtagSpans(text: string): Array<[number, number]> {
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
  const urls = spans.length > 0 ? extractUrls(text) : []
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
