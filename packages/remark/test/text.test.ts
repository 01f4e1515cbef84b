import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {hasVisibleText, joinLines, joinLinesLoosely} from '../src/lib/text.js'

// The loops replace regexes that backtrack quadratically on long runs of spaces; on short
// inputs both must give the same text, or rendering changed.
const spacey = fc.string({unit: fc.constantFrom(' ', '\t', '\n', 'a', '\u00a0', '\r'), maxLength: 40})

describe('line joining without backtracking regexes', () => {
  it('joinLines turns soft line breaks into spaces exactly as /[ \\t]*\\n[ \\t]*/g did', () => {
    fc.assert(
      fc.property(spacey, (text) => {
        expect(joinLines(text)).toBe(text.replace(/[ \t]*\n[ \t]*/g, ' '))
      }),
      {seed: 10, numRuns: 2000}
    )
  })

  it('joinLinesLoosely folds each whitespace run holding a line end exactly as /\\s*\\n\\s*/g did', () => {
    fc.assert(
      fc.property(spacey, (text) => {
        expect(joinLinesLoosely(text)).toBe(text.replace(/\s*\n\s*/g, ' '))
      }),
      {seed: 10, numRuns: 2000}
    )
  })

  it('keeps a 100 000-space run between two words (the input that took 6 s)', () => {
    const text = 'x' + ' '.repeat(100_000) + 'y'
    expect(joinLines(text)).toBe(text)
    expect(joinLines(text + '\n z')).toBe(text + ' z')
  })
})

describe('hasVisibleText', () => {
  it('finds nothing to share in whitespace, controls and invisible format characters', () => {
    for (const text of ['', ' ', '\u001f', '\u00a0', '\u2007', '\u202f', '\u200b\u200d', '\u2028', '\t\n\r', '\ufeff']) {
      expect(hasVisibleText(text), JSON.stringify(text)).toBe(false)
    }
  })

  it('finds letters, digits, punctuation and emoji', () => {
    for (const text of ['a', '7', '.', '東', '😀', ' \u00a0x ']) expect(hasVisibleText(text), text).toBe(true)
  })
})
