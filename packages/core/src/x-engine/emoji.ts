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
// Every match of twemoji's expression holds one of these: its first code point is ©, ®, in U+2000–U+2BFF,
// 〰, 〽, ㊗, ㊙, U+E50A, U+FE0F (a match on its own) or astral, and a keycap (`1️⃣`) holds U+20E3. Checked
// against every BMP start of the generated expression; text without them (Japanese, Chinese, most
// prose) skips the expression, which tries its alternatives at every offset.
const mayHoldEmoji = /[\u00a9\u00ae\u2000-\u2bff\u3030\u303d\u3297\u3299\ud800-\udfff\ue50a\ufe0f]/

/**
 * The emoji twitter-text counts as one unit of weight 2: `twemoji.parse(text)` indices. The expression is
 * twemoji-parser's own (generated into data.ts); every match is a bounded sequence, so the scan is
 * linear. Text without a character an emoji holds (`mayHoldEmoji`) is skipped.
 */
export function emojiSpans(text: string): Span[] {
  const spans: Span[] = []
  if (!mayHoldEmoji.test(text)) return spans
  expression ??= new RegExp(emojiSource(), 'g')
  expression.lastIndex = 0
  for (let match = expression.exec(text); match; match = expression.exec(text)) {
    spans.push({start: match.index, end: expression.lastIndex})
  }
  return spans
}
