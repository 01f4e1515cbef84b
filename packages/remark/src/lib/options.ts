import {
  httpUrlSchema,
  instanceSchema,
  intentUrl,
  limitSchema,
  linksSchema,
  OptionsError,
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
  limit: 'a whole number of characters within the limits of every network in `platforms` (40–25000 on X)',
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

const handle = z
  .string()
  .regex(/^@?\w{1,15}$/)
  .transform((value) => value.replace(/^@/, ''))
const hashtag = z
  .string()
  .regex(/^#?[\p{L}\p{M}\p{N}_]+$/u)
  .transform((value) => value.replace(/^#/, ''))
const label = z.string().trim().min(1)

export const fieldSchemas = {
  // Core's one http(s) URL check (it also gives the URL back normalised, as `new URL` writes it).
  url: httpUrlSchema,
  via: handle,
  hashtags: z.array(hashtag),
  related: z.array(handle),
  labels: z
    .strictObject({
      quote: label.optional(),
      quoteName: label.optional(),
      sentence: label.optional(),
      sentenceName: label.optional()
    })
    .optional(),
  classPrefix: z.string().regex(/^[A-Za-z][\w-]*$/),
  buildUrl: z.custom<BuildUrl>((value) => typeof value === 'function'),
  // The bounds depend on the networks: checked against each one's in `networkProblems`.
  limit: z.number().int().min(1),
  platforms: z
    .array(platformSchema)
    .min(1)
    .refine((list) => new Set(list).size === list.length),
  instance: instanceSchema,
  links: linksSchema,
  bareDirectivesAsText: z.boolean(),
  id: z.string().regex(/^[A-Za-z][\w-]*$/),
  // Checked word by word: one regex over the whole list backtracks on a long run of spaces.
  className: z.string().refine(isClassList)
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

/** Turn the zod issues of one parse into "Unexpected X, expected Y" problems. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  root: unknown
): Array<{path: string; message: string}> {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    const name = String(issue.path[0] ?? '') as OptionName | ''
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => '`' + key + '`').join(', ')
      // `id` and `className` are left out: the plugin always refuses them (they are for the
      // element builders), so offering them to someone who mistyped an option misleads.
      const known =
        name === 'labels'
          ? Object.keys(defaultLabels)
          : Object.keys(optionsSchema.shape).filter((key) => key !== 'id' && key !== 'className')
      return {
        path,
        message: `Unexpected option${issue.keys.length > 1 ? 's' : ''} ${keys}, expected one of ${known
          .map((key) => '`' + key + '`')
          .join(', ')}`
      }
    }
    const input = 'input' in issue ? issue.input : valueAt(root, issue.path)
    const wanted =
      name === ''
        ? 'an options object such as `{via: \'tweetstorm\'}`'
        : name === 'labels' && issue.path.length > 1
          ? expected.label
          : expected[name]
    const listed = issue.path.length > 1 && typeof issue.path.at(-1) === 'number'
    const option = name === '' ? 'options' : issue.path.slice(0, listed ? -1 : undefined).map(String).join('.')
    const closest = name === 'platforms' && typeof input === 'string' ? closestName(input, knownPlatforms) : undefined
    const hint = closest === undefined || closest === input ? '' : `; did you mean '${closest}'?`
    return {path, message: `Unexpected ${describeValue(input)} ${listed ? 'in' : 'for'} \`${option}\`, expected ${wanted}${hint}`}
  })
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/**
 * Validate options and fill in defaults.
 *
 * Throws one `OptionsError` (from `@tweetstorm/core`) listing every bad option.
 *
 * @example
 *   resolveOptions({via: '@tweetstorm'}).via // 'tweetstorm'
 */
export function resolveOptions(options?: Options | null): ResolvedOptions {
  const given: unknown = options ?? {}
  const result = optionsSchema.safeParse(given, {reportInput: true})
  if (!result.success) {
    // Core's rules for the share fields, and the rules between options, still apply to the
    // options that passed the shapes: report every problem at once, not `via` now and the
    // digit-only hashtag on the next run.
    const problems = describeIssues(result.error.issues, given)
    const failed = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')))
    const passed: Record<string, unknown> = {}
    for (const name of ['via', 'hashtags', 'related', 'platforms', 'instance', 'limit', 'links', 'labels'] as const) {
      const value = (given as Record<string, unknown> | null)?.[name]
      if (failed.has(name) || value === undefined || typeof given !== 'object') continue
      const parsed = fieldSchemas[name].safeParse(value)
      if (parsed.success) passed[name] = parsed.data
    }
    // Without a valid `platforms`, the checks between options would assume X alone.
    const between = failed.has('platforms') ? [] : networkProblems({platforms: ['x'], ...passed} as never)
    throw new OptionsError('@tweetstorm/remark', [...problems, ...refusedByCore(passed as never), ...between])
  }
  const refused = [...refusedByCore(result.data), ...networkProblems(result.data)]
  if (refused.length > 0) throw new OptionsError('@tweetstorm/remark', refused)
  const base = isXOnly(result.data.platforms) ? defaultLabels : networkLabels
  return {...result.data, labels: {...base, ...dropUndefined(result.data.labels ?? {})} as Labels}
}

/**
 * Rules between options: Mastodon links need the server (`instance`), a `limit` must suit every
 * network, `links` is Bluesky's, and with several networks every label must say which one it is
 * (`{network}`), or a reader would meet three links all called “Share”.
 */
function networkProblems(values: {
  platforms: readonly Platform[]
  instance?: string | undefined
  limit?: number | undefined
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
    const limit = values.limit
    const outside = platforms.filter((platform) => !limitSchema(platform).safeParse(limit).success)
    if (outside.length > 0) {
      const ranges = outside.map((platform) => {
        const {min, max} = platformProfile(platform).limit
        return `${min}–${max} on ${networkName(platform)}`
      })
      problems.push({
        path: 'limit',
        message: `Unexpected ${describeValue(limit)} for \`limit\`, expected a whole number of characters within ${ranges.join(', ')} (or no \`limit\`: each network's own)`
      })
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
