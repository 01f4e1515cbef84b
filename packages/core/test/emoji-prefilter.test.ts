// emojiSpans skips text that holds none of the characters an emoji match holds. This checks that
// pre-filter against the generated expression itself: every BMP code point, followed by the pieces
// that complete a sequence (VS16, a keycap), finds what the expression
// finds, so no text can lose an emoji to the shortcut (astral starts are surrogates, which the filter
// keeps).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {emojiSource, mayStartEmoji} from '../src/x-engine/emoji.js'
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

/**
 * The code units a match of `source` can start with, read off the expression: an alternation of
 * sequences of literals (`\uXXXX` or a character), classes, groups and lookaheads, each optionally
 * followed by `?`. Anything else throws, so a new twemoji-parser expression cannot slip past the
 * check unread.
 */
function firstUnits(source: string): {first: Set<number>; nullable: boolean} {
  let at = 0
  const unit = (): number => {
    if (source[at] !== '\\') return source.charCodeAt(at++)
    if (source[at + 1] !== 'u') throw new Error(`unexpected escape ${source.slice(at, at + 2)} at ${at}`)
    const code = Number.parseInt(source.slice(at + 2, at + 6), 16)
    at += 6
    return code
  }
  const alternation = (): {first: Set<number>; nullable: boolean} => {
    const first = new Set<number>()
    let nullable = false
    for (;;) {
      const branch = sequence()
      for (const code of branch.first) first.add(code)
      nullable ||= branch.nullable
      if (source[at] !== '|') return {first, nullable}
      at++
    }
  }
  const sequence = (): {first: Set<number>; nullable: boolean} => {
    const first = new Set<number>()
    let nullable = true
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const part = atom()
      if (source[at] === '?') {
        at++
        part.nullable = true
      } else if ('*+{'.includes(source[at] as string)) {
        throw new Error(`unexpected quantifier ${source[at]} at ${at}`)
      }
      if (nullable) for (const code of part.first) first.add(code)
      nullable &&= part.nullable
    }
    return {first, nullable}
  }
  const atom = (): {first: Set<number>; nullable: boolean} => {
    const char = source[at] as string
    if (char === '(') {
      at++
      let lookahead = false
      if (source.startsWith('?:', at)) at += 2
      else if (source.startsWith('?!', at) || source.startsWith('?=', at)) {
        lookahead = true
        at += 2
      } else if (source[at] === '?') throw new Error(`unexpected group at ${at}`)
      const inner = alternation()
      if (source[at] !== ')') throw new Error(`unclosed group at ${at}`)
      at++
      return lookahead ? {first: new Set(), nullable: true} : inner
    }
    if (char === '[') {
      at++
      if (source[at] === '^') throw new Error(`unexpected negated class at ${at}`)
      const first = new Set<number>()
      while (source[at] !== ']') {
        if (at >= source.length) throw new Error('unclosed class')
        const low = unit()
        let high = low
        if (source[at] === '-' && source[at + 1] !== ']') {
          at++
          high = unit()
        }
        for (let code = low; code <= high; code++) first.add(code)
      }
      at++
      return {first, nullable: false}
    }
    if ('.^$\\'.includes(char) && !source.startsWith('\\u', at)) throw new Error(`unexpected ${char} at ${at}`)
    return {first: new Set([unit()]), nullable: false}
  }
  const result = alternation()
  if (at !== source.length) throw new Error(`unexpected ${source[at]} at ${at}`)
  return result
}

describe('where emojiSpans tries the expression', () => {
  it('covers every code unit a match can start with, read off the generated expression', () => {
    const {first, nullable} = firstUnits(emojiSource())
    // An expression that matched the empty string would need the search's empty-match rule.
    expect(nullable).toBe(false)
    // The first units include the keycap digits, ©, the symbol blocks and the astral high surrogates.
    expect(first.size).toBeGreaterThan(150)
    for (const code of [0x23, 0x30, 0xa9, 0x2764, 0xd83d]) expect(first.has(code)).toBe(true)
    const missed = [...first].filter((code) => !mayStartEmoji(code)).map((code) => code.toString(16))
    expect(missed).toEqual([])
    // …while the characters that filled posts of marks or of joined emoji are not tried at all.
    for (const code of [0x2026, 0x200d, 0x0301, 0xdffd]) expect(mayStartEmoji(code)).toBe(false)
  })

  it('finds what a global search with the expression finds (fast-check)', () => {
    const expression = new RegExp(emojiSource(), 'g')
    const pieces = ['a', ' ', '1', '#', '*', '\u20e3', '\ufe0f', '\ufe0e', '\u200d', '👍', '🏽', '🏳', '🌈', '❤', '©', '®', '…', '™', '\u2640', '\u2642', '👨', '👩', '👧', '🇯', '🇵', '🏴', '\udb40\udc67', '\udb40\udc62', '\udb40\udc7f', '\ud83d', '\udc4d', '⛹', '✌', '\u0301', '〰', '\ue50a', '👍🏽\u200d', '👨\u200d👩\u200d👧', 'é', '東']
    const text = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (input) => {
        const found = [...input.matchAll(expression)].map((match) => ({start: match.index, end: match.index + match[0].length}))
        expect(emojiSpans(input)).toEqual(found)
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 3000), seed: Number(process.env.FUZZ_SEED ?? 20261201)}
    )
  })
})
