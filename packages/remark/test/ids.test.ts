import {describe, expect, it} from 'vitest'
import {IdRegistry} from '../src/lib/ids.js'

describe('IdRegistry', () => {
  it('gives an id once, then counts on from 2', () => {
    const ids = new IdRegistry()
    expect(['a', 'a', 'a'].map((id) => ids.claim(id))).toEqual(['a', 'a-2', 'a-3'])
  })

  it("counts on from the base when core already added a counter, instead of stacking", () => {
    const ids = new IdRegistry()
    // Core gives `a`, `a-2` for a sentence repeated in one block; the page already holds `a`.
    expect(['a', 'a', 'a-2'].map((id) => ids.claim(id))).toEqual(['a', 'a-2', 'a-3'])
  })

  it('skips counters another id already took', () => {
    const ids = new IdRegistry()
    expect(['a-2', 'a', 'a', 'a'].map((id) => ids.claim(id))).toEqual(['a-2', 'a', 'a-3', 'a-4'])
  })

  it('keeps a number that belongs to the words', () => {
    const ids = new IdRegistry()
    // `top-10` is not a repeat of `top`: it has no base in use.
    expect(['top-10', 'top-10'].map((id) => ids.claim(id))).toEqual(['top-10', 'top-10-2'])
  })
})
