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
 * Whether a match of twemoji's expression may start with this code unit: a superset of the first units
 * the expression can match (test/emoji-prefilter.test.ts derives those from the expression itself), so
 * the expression is tried only there. `…`, the joiner and the skin tones (a low surrogate) are not.
 */
export function mayStartEmoji(code: number): boolean {
  if (code < 0x203c) return code === 0x23 || code === 0x2a || (code >= 0x30 && code <= 0x39) || code === 0xa9 || code === 0xae
  if (code <= 0x2b55) return true
  if (code < 0xd83c) return code === 0x3030 || code === 0x303d || code === 0x3297 || code === 0x3299
  return code <= 0xd83e || code === 0xe50a || code === 0xfe0f
}

/**
 * The emoji twitter-text counts as one unit of weight 2: `twemoji.parse(text)` indices. The expression is
 * twemoji-parser's own (generated into data.ts); every match is a bounded sequence, so the scan is
 * linear. Text without a character an emoji holds (`mayHoldEmoji`) is skipped.
 *
 * The same matches as a global search with the expression (the leftmost offset where it matches, then on
 * from the match's end), found without trying it at every offset: only at a code unit that may start a
 * match, anchored (a sticky `test` builds no match object). On 200,000 joined emoji, or posts under
 * hundreds of combining marks that end in `…`, that takes about 0.7 of the time here.
 */
export function emojiSpans(text: string): Span[] {
  const spans: Span[] = []
  if (!mayHoldEmoji.test(text)) return spans
  expression ??= new RegExp(emojiSource(), 'y')
  const length = text.length
  for (let index = 0; index < length; ) {
    if (mayStartEmoji(text.charCodeAt(index))) {
      expression.lastIndex = index
      if (expression.test(text)) {
        spans.push({start: index, end: expression.lastIndex})
        index = expression.lastIndex
        continue
      }
    }
    index++
  }
  return spans
}
