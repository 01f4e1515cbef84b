// canonicalize splits words at breaking whitespace: JavaScript's \s without the no-break spaces
// (U+00A0, U+2007, U+202F) and U+FEFF (dropped), with U+0085 (next line, a line break to it). Its
// test answers past U+3000 with one comparison; this checks every BMP code unit against that definition.
import {describe, expect, it} from 'vitest'
import {canonicalize} from '../src/normalize.js'

describe('breaking whitespace', () => {
  it('is \\s without the no-break spaces, and U+0085, for every BMP code unit', () => {
    const kept = new Set([0xa0, 0x2007, 0x202f, 0xfeff])
    const wrong: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      const breaks = (/\s/.test(char) && !kept.has(code)) || code === 0x85
      if ((canonicalize(`a${char}b`).count === 2) !== breaks) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
  })
})
