// zod/mini, imported as a namespace, in every module of core: a browser bundle keeps only the checks core
// uses (about 6 KB gzip). zod classic, or `import {z}`, drags in the whole namespace with every locale
// (about 80 KB gzip). zod/mini loads no locale, so every check here carries its own message. These
// schemas still nest in zod classic objects: both are built on zod's core.
import * as z from 'zod/mini'
import {countingProfile, platformList, platforms, type Platform} from './platforms/index.js'

// The schemas and lists every surface composes (remark, astro, the CLI, the site) instead of
// declaring its own. Messages read "Unexpected <thing>, expected <what>": `parseOptions` keeps the
// expectation and names the option path and the value, so one message serves every surface.

export {httpUrlSchema} from './url.js'

/** One of `platforms`. */
export const platformSchema = z.enum(platforms, {error: `Unexpected platform, expected one of ${platformList}`})

/** The numbering labels `splitThread` can add, in the order surfaces list them. */
export const numberingStyles = ['n/N', '(n/N)', '[n/N]', 'n/'] as const
export type NumberingStyle = (typeof numberingStyles)[number]

/** `false` (no numbering) or one of `numberingStyles`. */
export const numberingSchema = z.union([z.literal(false), z.enum(numberingStyles)], {
  error: `Unexpected numbering, expected false or one of ${numberingStyles.map((style) => `'${style}'`).join(', ')}`
})

const limitSchemas = new Map<Platform | undefined, ReturnType<typeof buildLimitSchema>>()

function buildLimitSchema(min: number, max: number) {
  // One expectation for every check, so `1e20` (not a safe integer, and too big) is one problem. A safe
  // integer is checked with a refinement rather than `z.int()`: the same check without zod's number
  // formats, about 0.4 KB gzip less in a browser bundle.
  const error = `Unexpected limit, expected a whole number from ${min} to ${max}`
  return z.number({error}).check(z.refine(Number.isSafeInteger, {error}), z.gte(min, {error}), z.lte(max, {error}))
}

/**
 * A post limit: a whole number within the platform's bounds (X: 40 to 25,000), or within the
 * widest bounds of any platform when none is given.
 */
export function limitSchema(platform?: Platform) {
  let schema = limitSchemas.get(platform)
  if (!schema) {
    const bounds = platform === undefined ? widestLimits() : countingProfile(platform).limit
    schema = buildLimitSchema(bounds.min, bounds.max)
    limitSchemas.set(platform, schema)
  }
  return schema
}

function widestLimits(): {min: number; max: number} {
  let min = Infinity
  let max = 0
  for (const name of platforms) {
    const {limit} = countingProfile(name)
    min = Math.min(min, limit.min)
    max = Math.max(max, limit.max)
  }
  return {min, max}
}

// A host name: dot-separated labels of letters, digits and inner hyphens, an optional port.
const hostPattern = /^(?=[^:]{1,253}(?::|$))[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+(?::\d{1,5})?$/i
const instanceExpected =
  "Unexpected instance, expected a Mastodon host name such as 'mastodon.social' (no https://, no path)"

/** A Mastodon instance as a host name (`mastodon.social`), lower-cased; no scheme, no path. */
export const instanceSchema = z
  .string({error: instanceExpected})
  .check(z.trim(), z.toLowerCase(), z.regex(hostPattern, {error: instanceExpected}))

/** How Bluesky links are counted. */
export const linksSchema = z.enum(['shortened', 'full'], {
  error: "Unexpected links, expected 'shortened' (as the Bluesky app shows them) or 'full'"
})
