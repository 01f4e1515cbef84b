import {
  httpUrlSchema,
  instanceSchema,
  intentUrl,
  limitSchema,
  linksSchema,
  OptionsError,
  parseOptions,
  platformProfile,
  platformSchema,
  platforms as knownPlatforms,
  type BuildUrl,
  type Platform
} from '@tweetstorm/core'
import {z} from 'zod'
import {closestName} from './near-miss.js'
import {isXOnly, networkLabels, networkName, networkPlaceholder} from './networks.js'

// What each option expects, in words, so every error reads "Unexpected X, expected Y".
const expected = {
  url: 'an absolute http(s) URL such as `https://example.com/post/`',
  via: 'an X handle of 1–15 letters, digits or _ (like `@tweetstorm`)',
  hashtags: 'a list of hashtags made of letters, digits or _ (like `["writing", "x"]`)',
  related: 'a list of X handles of 1–15 letters, digits or _',
  labels: 'an object with `quote`, `quoteName`, `sentence` and/or `sentenceName` strings',
  label: 'a non-empty string',
  classPrefix: 'a class name of letters, digits, - or _ starting with a letter (like `tweetstorm`)',
  buildUrl: 'a function `(params) => string` returning the share link',
  limit:
    'a whole number of characters within the limits of every network in `platforms` (40–25000 on X), or one per network (like `{mastodon: 1000}`)',
  platforms: `a non-empty list of networks, each once, from ${knownPlatforms.map((name) => "'" + name + "'").join(', ')}`,
  instance: "the host name of a Mastodon server, such as `'mastodon.social'`",
  links: "`'shortened'` (as the Bluesky app shows links) or `'full'`",
  bareDirectivesAsText: 'a boolean',
  id: 'an id of letters, digits, - or _ starting with a letter',
  className: 'class names of letters, digits, - or _ separated by spaces'
} as const

export type OptionName = keyof typeof expected

/** Say what a value was without echoing a whole document back. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value)
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value)
  }
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'symbol') return 'a symbol'
  return typeof value === 'function' ? 'a function' : 'an object'
}

function isClassList(value: string): boolean {
  const names = value.split(/\s+/).filter((name) => name !== '')
  return names.length > 0 && names.every((name) => /^[A-Za-z_-][\w-]*$/.test(name))
}

// Every check carries "Unexpected <name>, expected <what>": core's `parseOptions` keeps <what> and
// words the problem itself ("Unexpected "x y" for `via`, expected …"), as for every package.
const says = (name: OptionName) => ({error: `Unexpected ${name}, expected ${expected[name]}`})

const handle = (name: 'via' | 'related') =>
  z
    .string(says(name))
    .regex(/^@?\w{1,15}$/, says(name))
    .transform((value) => value.replace(/^@/, ''))
const hashtag = z
  .string(says('hashtags'))
  .regex(/^#?[\p{L}\p{M}\p{N}_]+$/u, says('hashtags'))
  .transform((value) => value.replace(/^#/, ''))
const label = z.string(says('label')).trim().min(1, says('label'))
const labelNames = ['quote', 'quoteName', 'sentence', 'sentenceName'] as const

// Core's platform list, with a did-you-mean for a near miss (`'blusky'`).
const platform = z
  .string(says('platforms'))
  .superRefine((value, context) => {
    if (platformSchema.safeParse(value).success) return
    const closest = closestName(value, knownPlatforms)
    context.addIssue({
      code: 'custom',
      input: value,
      message: `Unexpected platform, expected ${expected.platforms}${closest === undefined ? '' : `; did you mean '${closest}'?`}`
    })
  })
  .transform((value) => value as Platform) as unknown as z.ZodType<Platform, Platform>

const characters = z.number(says('limit')).int(says('limit')).min(1, says('limit'))

export const fieldSchemas = {
  // Core's one http(s) URL check (it also gives the URL back normalised, as `new URL` writes it).
  url: httpUrlSchema,
  via: handle('via'),
  hashtags: z.array(hashtag, says('hashtags')),
  related: z.array(handle('related'), says('related')),
  labels: z
    .strictObject(
      {
        quote: label.optional(),
        quoteName: label.optional(),
        sentence: label.optional(),
        sentenceName: label.optional()
      },
      says('labels')
    )
    .optional(),
  classPrefix: z.string(says('classPrefix')).regex(/^[A-Za-z][\w-]*$/, says('classPrefix')),
  buildUrl: z.custom<BuildUrl>((value) => typeof value === 'function', says('buildUrl')),
  // One limit for every network, or one per network (a Mastodon server's own, say). The bounds
  // depend on the network: checked against each one's in `networkProblems`.
  limit: z.union(
    [
      characters,
      z.strictObject(Object.fromEntries(knownPlatforms.map((name) => [name, characters.optional()])) as Record<Platform, z.ZodOptional<typeof characters>>)
    ],
    says('limit')
  ),
  platforms: z
    .array(platform, says('platforms'))
    .min(1, says('platforms'))
    .refine((list) => new Set(list).size === list.length, says('platforms'))
    // `platforms: ['x', 'bluesky'] as const` type-checks too.
    .readonly(),
  instance: instanceSchema,
  links: linksSchema,
  bareDirectivesAsText: z.boolean(says('bareDirectivesAsText')),
  id: z.string(says('id')).regex(/^[A-Za-z][\w-]*$/, says('id')),
  // Checked word by word: one regex over the whole list backtracks on a long run of spaces.
  className: z.string(says('className')).refine(isClassList, says('className'))
}

/** Texts of the share links; each `…Name` is the link's accessible name and must start with its visible text. */
export interface Labels {
  /** Visible text of a quote's link (default `'Tweet this'`). */
  quote: string
  /** Accessible name of a quote's link (default `'Tweet this quote (opens in a new window)'`). */
  quoteName: string
  /** Visible text of a sentence's link (default `'Tweet'`). */
  sentence: string
  /** Accessible name of a sentence's link (default `'Tweet this sentence (opens in a new window)'`). */
  sentenceName: string
}

export const defaultLabels: Labels = {
  quote: 'Tweet this',
  quoteName: 'Tweet this quote (opens in a new window)',
  sentence: 'Tweet',
  sentenceName: 'Tweet this sentence (opens in a new window)'
}

/**
 * Schema of the options of `remarkTweetstorm`, `tweetableElement` and `tweetstormElement`.
 * Unknown keys are errors, so a typo never passes silently.
 */
export const optionsSchema = z.strictObject({
  url: z.optional(fieldSchemas.url),
  via: fieldSchemas.via.optional(),
  hashtags: fieldSchemas.hashtags.default([]),
  related: fieldSchemas.related.default([]),
  labels: fieldSchemas.labels,
  classPrefix: fieldSchemas.classPrefix.default('tweetstorm'),
  buildUrl: fieldSchemas.buildUrl.optional(),
  limit: fieldSchemas.limit.optional(),
  platforms: fieldSchemas.platforms.default(['x']),
  instance: z.optional(fieldSchemas.instance),
  links: z.optional(fieldSchemas.links),
  bareDirectivesAsText: fieldSchemas.bareDirectivesAsText.default(true),
  id: fieldSchemas.id.optional(),
  className: fieldSchemas.className.optional()
})

/** Options as a user writes them. */
export type Options = z.input<typeof optionsSchema>

/** Options with every default filled in, as `resolveOptions` returns them. */
export type ResolvedOptions = Omit<z.output<typeof optionsSchema>, 'labels'> & {labels: Labels}

// `id` and `className` are for the element builders (the plugin refuses them): parsed on their own,
// so a mistyped option is never offered them as the known names.
const sharedSchema = optionsSchema.omit({id: true, className: true})
const elementSchema = optionsSchema.pick({id: true, className: true})

type Problem = {path: string; message: string}

function collect<T>(parse: () => T, problems: Problem[]): T | undefined {
  try {
    return parse()
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error
    problems.push(...error.problems.map(withLabelNames))
    return undefined
  }
}

// Core lists the top-level option names after an unknown key; inside `labels` the known names are
// the labels'.
function withLabelNames(problem: Problem): Problem {
  if (problem.path !== 'labels' || !problem.message.startsWith('Unexpected option')) return problem
  const known = labelNames.map((name) => '`' + name + '`').join(', ')
  return {path: problem.path, message: problem.message.replace(/, expected one of .*$/, `, expected one of ${known}`).replace(/^Unexpected options?/, 'Unexpected label' + (problem.message.startsWith('Unexpected options') ? 's' : ''))}
}

/**
 * Validate options and fill in defaults.
 *
 * Throws one `OptionsError` (from `@tweetstorm/core`, worded by its `parseOptions`) listing every
 * bad option.
 *
 * @example
 *   resolveOptions({via: '@tweetstorm'}).via // 'tweetstorm'
 */
export function resolveOptions(options?: Options | null): ResolvedOptions {
  return resolveWith(options, [])
}

/**
 * `resolveOptions`, reporting `refuse` with the other problems: the plugin refuses `id` and
 * `className` (they belong on one block) and lists why, with every other problem at once.
 */
export function resolveWith(options: Options | null | undefined, refuse: readonly Problem[]): ResolvedOptions {
  const given: unknown = options ?? {}
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    // Core names the options object itself.
    parseOptions(sharedSchema, given, where)
  }
  const {id, className, ...rest} = given as Record<string, unknown>
  const problems: Problem[] = [...refuse]
  const shared = collect(() => parseOptions(sharedSchema, rest, where), problems)
  const element =
    refuse.length > 0
      ? {}
      : collect(() => parseOptions(elementSchema, Object.fromEntries(Object.entries({id, className}).filter(([, value]) => value !== undefined)), where), problems)
  if (!shared || !element) {
    // Core's rules for the share fields, and the rules between options, still apply to the
    // options that passed the shapes: report every problem at once, not `via` now and the
    // digit-only hashtag on the next run.
    const failed = new Set(problems.map((problem) => problem.path.split('.')[0] ?? ''))
    const passed: Record<string, unknown> = {}
    for (const name of ['via', 'hashtags', 'related', 'platforms', 'instance', 'limit', 'links', 'labels'] as const) {
      const value = rest[name]
      if (failed.has(name) || value === undefined) continue
      const parsed = fieldSchemas[name].safeParse(value)
      if (parsed.success) passed[name] = parsed.data
    }
    // Without a valid `platforms`, the checks between options would assume X alone.
    const between = failed.has('platforms') ? [] : networkProblems({platforms: ['x'], ...passed} as never)
    throw new OptionsError(where, [...problems, ...refusedByCore(passed as never), ...between])
  }
  const data = {...shared, ...element}
  const refused = [...problems, ...refusedByCore(data), ...networkProblems(data)]
  if (refused.length > 0) throw new OptionsError(where, refused)
  const base = isXOnly(data.platforms) ? defaultLabels : networkLabels
  return {...data, labels: {...base, ...dropUndefined(data.labels ?? {})} as Labels}
}

const where = '@tweetstorm/remark'

/**
 * Rules between options: Mastodon links need the server (`instance`), a `limit` must suit every
 * network, `links` is Bluesky's, and with several networks every label must say which one it is
 * (`{network}`), or a reader would meet three links all called “Share”.
 */
function networkProblems(values: {
  platforms: readonly Platform[]
  instance?: string | undefined
  limit?: number | Partial<Record<Platform, number | undefined>> | undefined
  links?: string | undefined
  labels?: Partial<Record<string, string | undefined>> | undefined
}): Array<{path: string; message: string}> {
  const problems: Array<{path: string; message: string}> = []
  const {platforms} = values
  if (values.instance === undefined) {
    const needing = platforms.filter((platform) => platformProfile(platform).needsInstance)
    if (needing.length > 0) {
      problems.push({
        path: 'instance',
        message: `Unexpected no \`instance\`, expected ${expected.instance}: \`platforms\` includes ${needing
          .map((name) => "'" + name + "'")
          .join(', ')}, whose share links go to the reader's own server`
      })
    }
  }
  if (values.limit !== undefined) {
    const {limit} = values
    const given = (platform: Platform) => (typeof limit === 'number' ? limit : limit[platform])
    const outside = platforms.filter((platform) => {
      const value = given(platform)
      return value !== undefined && !limitSchema(platform).safeParse(value).success
    })
    for (const platform of outside) {
      const {min, max} = platformProfile(platform).limit
      const path = typeof limit === 'number' ? 'limit' : `limit.${platform}`
      problems.push({
        path,
        message: `Unexpected ${describeValue(given(platform))} for \`${path}\`, expected a whole number of characters from ${min} to ${max} on ${networkName(platform)} (or no limit: the network's own)`
      })
    }
    if (typeof limit !== 'number') {
      for (const name of Object.keys(limit) as Platform[]) {
        if (limit[name] === undefined || platforms.includes(name)) continue
        problems.push({
          path: `limit.${name}`,
          message: `Unexpected \`${name}\` in \`limit\`, expected only networks of \`platforms\` (${platforms.map((platform) => "'" + platform + "'").join(', ')})`
        })
      }
    }
  }
  if (values.links !== undefined && !platforms.includes('bluesky')) {
    problems.push({
      path: 'links',
      message: `Unexpected ${describeValue(values.links)} for \`links\`, expected it only with 'bluesky' in \`platforms\` (it says how Bluesky counts links)`
    })
  }
  if (platforms.length > 1) {
    for (const [name, label] of Object.entries(values.labels ?? {})) {
      if (label === undefined || label.includes(networkPlaceholder)) continue
      problems.push({
        path: `labels.${name}`,
        message: `Unexpected ${describeValue(label)} for \`labels.${name}\`, expected a text holding \`${networkPlaceholder}\` (like ${JSON.stringify(networkLabels[name as keyof Labels] ?? '')}): with several \`platforms\`, each link must say which network it opens`
      })
    }
  }
  return problems
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter((entry) => entry[1] !== undefined)) as Partial<T>
}

/**
 * Problems core finds with intent parameters that pass the shapes above, such as a hashtag of
 * digits only, which X does not link: core's rules are the ones the share links must obey.
 */
export function refusedByCore(
  values: Partial<Pick<ResolvedOptions, 'via' | 'hashtags' | 'related'>>
): Array<{path: string; message: string}> {
  try {
    intentUrl(
      {
        ...(values.via ? {via: values.via} : {}),
        ...(values.hashtags?.length ? {hashtags: values.hashtags} : {}),
        ...(values.related?.length ? {related: values.related} : {})
      },
      {fit: false}
    )
    return []
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error
    return error.problems.map((problem) => ({path: problem.path, message: problem.message}))
  }
}

/** What `expected` says about an option, for messages about attributes. */
export function expectationOf(name: OptionName): string {
  return expected[name]
}
