// emojiSpans skips text that holds none of the characters an emoji match holds. This checks that
// pre-filter against the generated expression itself: every BMP code point, followed by the pieces
// that complete a sequence (VS16, a keycap), finds what the expression
// finds, so no text can lose an emoji to the shortcut (astral starts are surrogates, which the filter
// keeps).
import {describe, expect, it} from 'vitest'
import {emojiSource} from '../src/x-engine/emoji.js'
import {emojiSpans} from '../src/x-engine/index.js'

describe('emoji pre-filter', () => {
  it('never skips text in which the emoji expression finds a match', () => {
    // A match starts at its first code point: alone, before VS16, or before a keycap's U+20E3.
    const tails = ['', '\ufe0f', '\u20e3']
    // One pass of the expression over every candidate, one per line (no emoji holds a line break).
    const texts: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      for (const tail of tails) texts.push(String.fromCharCode(code) + tail)
    }
    const lineOf = new Map<number, number>()
    let offset = 0
    texts.forEach((text, line) => {
      lineOf.set(offset, line)
      offset += text.length + 1
    })
    const starts = new Set<number>()
    for (const match of texts.join('\n').matchAll(new RegExp(emojiSource(), 'g'))) {
      // The line the match is in: the nearest line start at or before it.
      let at = match.index
      while (!lineOf.has(at)) at--
      starts.add(lineOf.get(at) as number)
    }
    const expression = new RegExp(emojiSource(), 'g')
    let matched = 0
    for (const line of starts) {
      const text = texts[line] as string
      const found = [...text.matchAll(expression)].map((match) => ({start: match.index, end: match.index + match[0].length}))
      matched++
      expect(emojiSpans(text), JSON.stringify(text)).toEqual(found)
    }
    // The loop did look at emoji: keycaps, ©, the symbol blocks, and VS16 alone.
    expect(matched).toBeGreaterThan(500)
  })
})
