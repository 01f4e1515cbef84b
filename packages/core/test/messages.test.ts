import {describe, expect, it} from 'vitest'
import {defaultBuildUrl, intentUrl, splitThread} from '../src/index.js'
import {problemsOf} from './problems.js'
import type {IntentParams} from '../src/index.js'

describe('option errors speak one voice: "Unexpected <value> for `<option>`, expected …"', () => {
  it('names the option and the value given, never zod internals', () => {
    expect(problemsOf(() => splitThread('x', {limit: 5}))).toEqual([
      'Unexpected 5 for `limit`, expected a whole number from 40 to 25000'
    ])
    expect(problemsOf(() => splitThread('x', {continuation: ''}))).toEqual([
      'Unexpected "" for `continuation`, expected false or a mark of 1–8 characters without whitespace (such as `…`)'
    ])
  })

  it('reports a huge limit once, as out of range, not as "not a whole number"', () => {
    expect(problemsOf(() => splitThread('x', {limit: 1e20}))).toEqual([
      'Unexpected 100000000000000000000 for `limit`, expected a whole number from 40 to 25000'
    ])
  })

  it('names the options object itself when it is not an object', () => {
    expect(problemsOf(() => splitThread('x', 5 as never))).toEqual([
      'Unexpected 5 for `options`, expected an options object such as `{limit: 280}`'
    ])
  })

  it('lists the known options after an unknown one', () => {
    expect(problemsOf(() => splitThread('x', {colour: 'red'} as never))).toEqual([
      'Unexpected option `colour`, expected one of `platform`, `limit`, `links`, `instance`, `numbering`, `numberingPosition`, `continuation`'
    ])
  })

  it('reports every bad option at once, with list items "in" their option', () => {
    expect(problemsOf(() => intentUrl({text: 'x', via: '@tweet storm', hashtags: ['#2024']}))).toEqual([
      'Unexpected "tweet storm" for `via`, expected an X handle of 1–15 letters, digits or _ (an optional leading @ is dropped)',
      'Unexpected "2024" in `hashtags`, expected one valid hashtag without # (a single word of letters, digits or _, not only digits)'
    ])
  })

  it('describes a symbol as a symbol', () => {
    expect(problemsOf(() => intentUrl({inReplyTo: Symbol('x')} as never))[0]).toMatch(/^Unexpected a symbol for `inReplyTo`/)
  })
})

describe('defaultBuildUrl', () => {
  it('gives the bare intent link for null or undefined instead of a TypeError', () => {
    expect(defaultBuildUrl(null as unknown as IntentParams)).toBe('https://x.com/intent/tweet')
    expect(defaultBuildUrl(undefined as unknown as IntentParams)).toBe('https://x.com/intent/tweet')
  })
})
