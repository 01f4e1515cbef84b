import {intentUrl, OptionsError, type BuildUrl} from '@tweetstorm/core'
import {z} from 'zod'

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
  limit: 'a whole number of characters between 40 and 25000',
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

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
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
  url: z.string().refine(isHttpUrl),
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
  limit: z.number().int().min(40).max(25_000),
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
  url: fieldSchemas.url.optional(),
  via: fieldSchemas.via.optional(),
  hashtags: fieldSchemas.hashtags.default([]),
  related: fieldSchemas.related.default([]),
  labels: fieldSchemas.labels,
  classPrefix: fieldSchemas.classPrefix.default('tweetstorm'),
  buildUrl: fieldSchemas.buildUrl.optional(),
  limit: fieldSchemas.limit.default(280),
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
    return {path, message: `Unexpected ${describeValue(input)} ${listed ? 'in' : 'for'} \`${option}\`, expected ${wanted}`}
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
    // Core's rules for the share fields that passed the shapes still apply: report every
    // problem at once, not `via` now and the digit-only hashtag on the next run.
    const problems = describeIssues(result.error.issues, given)
    const failed = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')))
    const shareFields: Record<string, unknown> = {}
    for (const name of ['via', 'hashtags', 'related'] as const) {
      const value = (given as Record<string, unknown> | null)?.[name]
      if (failed.has(name) || value === undefined || typeof given !== 'object') continue
      const parsed = fieldSchemas[name].safeParse(value)
      if (parsed.success) shareFields[name] = parsed.data
    }
    throw new OptionsError('@tweetstorm/remark', [...problems, ...refusedByCore(shareFields)])
  }
  const refused = refusedByCore(result.data)
  if (refused.length > 0) throw new OptionsError('@tweetstorm/remark', refused)
  return {...result.data, labels: {...defaultLabels, ...dropUndefined(result.data.labels ?? {})} as Labels}
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
