import {describe, expectTypeOf, it} from 'vitest'
import type {CountOptions, IntentOptions, SplitOptions, TweetablesOptions} from '../src/index.js'
import type {BuildUrl, Platform} from '../src/index.js'

// The option types users write against, spelled out by hand. `tsc -p tsconfig.json` (part of
// `pnpm test`) checks these; they pin the public types while the schemas behind them change
// (zod classic → zod/mini changed no option type).
describe('option types', () => {
  it('Platform', () => {
    expectTypeOf<Platform>().toEqualTypeOf<'x' | 'bluesky' | 'mastodon' | 'threads' | 'linkedin'>()
  })

  it('CountOptions', () => {
    expectTypeOf<CountOptions>().toEqualTypeOf<{
      platform?: Platform | undefined
      limit?: number | undefined
      links?: 'shortened' | 'full' | undefined
      instance?: string | undefined
    }>()
  })

  it('SplitOptions', () => {
    expectTypeOf<SplitOptions>().toEqualTypeOf<{
      platform?: Platform | undefined
      limit?: number | undefined
      links?: 'shortened' | 'full' | undefined
      instance?: string | undefined
      numbering?: false | 'n/N' | '(n/N)' | '[n/N]' | 'n/' | undefined
      numberingPosition?: 'end' | 'start' | undefined
      continuation?: string | false | undefined
    }>()
  })

  it('TweetablesOptions', () => {
    expectTypeOf<TweetablesOptions>().toEqualTypeOf<{
      url?: string | undefined
      via?: string | undefined
      hashtags?: string[] | undefined
      related?: string[] | undefined
      limit?: number | undefined
      fragment?: 'id' | 'text' | undefined
      idPrefix?: string | undefined
      buildUrl?: BuildUrl | undefined
      platform?: Platform | undefined
      links?: 'shortened' | 'full' | undefined
      instance?: string | undefined
    }>()
  })

  it('IntentOptions', () => {
    expectTypeOf<IntentOptions>().toEqualTypeOf<{
      fit?: boolean | undefined
      buildUrl?: BuildUrl | undefined
      limit?: number | undefined
      platform?: Platform | undefined
      links?: 'shortened' | 'full' | undefined
      instance?: string | undefined
    }>()
  })
})
