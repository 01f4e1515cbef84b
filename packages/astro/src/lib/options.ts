import {httpUrlSchema, OptionsError, parseOptions} from '@tweetstorm/core'
import {resolveOptions as resolveRemarkOptions, type Options as RemarkOptions} from '@tweetstorm/remark'
import {z} from 'zod'
import type {PageUrlHook} from './page-url.js'

// `url` and `id` of the remark plugin are per page and per block; the integration works out the page
// URL itself (see `url` below), and one id for every block of a site would collide.
type SharedRemarkOptions = Omit<RemarkOptions, 'url' | 'id'>

// Messages say what is expected; core's `parseOptions` words every problem the same way,
// "Unexpected <value> for `<option>`, expected <what>".
const ownSchema = z.looseObject({
  styles: z.boolean({error: 'Expected `styles` to be `true` or `false`'}).optional(),
  // Core's one http(s) URL check.
  site: z.optional(httpUrlSchema),
  url: z
    .custom<PageUrlHook>((value) => typeof value === 'function', {
      message:
        'Expected `url` to be a function `(page) => string | URL | false | undefined`; ' +
        'page URLs come from `site`, and a block can share another page with `{url=…}`'
    })
    .optional(),
  id: z
    .never({
      error: 'Expected `id` to be left out here: one id for every block would collide; give a block its own with `:::tweetable{#my-quote}`'
    })
    .optional()
})

/** Options of the `tweetstorm()` integration. */
export interface Options extends SharedRemarkOptions {
  /** Inject the default stylesheet into every page (default `true`). */
  styles?: boolean | undefined
  /** Absolute URL share links point back to; defaults to `site` in astro.config. */
  site?: string | undefined
  /** Decide a Markdown page's URL yourself (see `PageUrlHook`); default: Astro's routing. */
  url?: PageUrlHook | undefined
}

/** Options with defaults applied, split by who uses them. */
export interface ResolvedOptions {
  styles: boolean
  site: string | undefined
  url: PageUrlHook | undefined
  /** Passed to `remarkTweetstorm` untouched, already validated. */
  remark: SharedRemarkOptions
}

/**
 * Validate integration options, reporting problems of the integration's own options and of the remark
 * plugin's options in one `OptionsError`, so a config with several mistakes is fixed in one go.
 *
 * @example
 *   resolveOptions({via: '@tweetstorm', styles: false}).remark // → {via: '@tweetstorm'}
 */
export function resolveOptions(options: Options | null | undefined): ResolvedOptions {
  const given = (options ?? {}) as Record<string, unknown>
  const problems: Array<{path: string; message: string}> = []
  let own: z.output<typeof ownSchema> | undefined
  try {
    own = parseOptions(ownSchema, given, '@tweetstorm/astro')
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error
    problems.push(...error.problems)
  }

  const {styles: _styles, site: _site, url: _url, id: _id, ...remark} = given
  try {
    resolveRemarkOptions(remark as RemarkOptions)
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error
    // The remark plugin lists its own option names as the known ones (`url` first); ours are known here too.
    problems.push(
      ...error.problems.map((problem) => ({
        path: problem.path,
        message: problem.message.replace(/expected one of (`)/, 'expected one of `styles`, `site`, $1')
      }))
    )
  }
  if (problems.length > 0 || !own) throw new OptionsError('@tweetstorm/astro', problems)
  return {styles: own.styles ?? true, site: own.site, url: own.url, remark: remark as SharedRemarkOptions}
}
