import {emoji} from './data.js'

export interface Span {
  start: number
  end: number
}

let expression: RegExp | undefined

/**
 * twemoji-parser's expression, exactly: data.ts holds it without its `\u`s (four hex digits are an
 * escape, `'` marks a literal character).
 */
export const emojiSource = (): string => emoji.replace(/'(.)|[\da-f]{4}/g, (match, literal?: string) => literal ?? `\\u${match}`)
const nonAscii = /[^\x00-\x7f]/

/**
 * The emoji twitter-text counts as one unit of weight 2: `twemoji.parse(text)` indices. The expression is
 * twemoji-parser's own (generated into data.ts); every match is a bounded sequence, so the scan is
 * linear. Every sequence holds a non-ASCII code unit, so ASCII text is skipped.
 */
export function emojiSpans(text: string): Span[] {
  const spans: Span[] = []
  if (!nonAscii.test(text)) return spans
  expression ??= new RegExp(emojiSource(), 'g')
  expression.lastIndex = 0
  for (let match = expression.exec(text); match; match = expression.exec(text)) {
    spans.push({start: match.index, end: expression.lastIndex})
  }
  return spans
}
