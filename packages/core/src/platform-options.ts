import * as z from 'zod/mini'
import type {Counter} from './count.js'
import {OptionsError} from './options.js'
import {countingProfile, platforms, type CountingProfile, type LinkCounting, type Platform} from './platforms/index.js'
import {instanceSchema, limitSchema, linksSchema, platformSchema} from './schemas.js'

// The options every function shares: `platform`, `limit`, `links` and `instance`. Their bounds depend
// on the platform (Bluesky's limit is at most 300), so each function keeps one schema per platform,
// chosen from the `platform` it is given (X when it is missing or invalid, and then the platform
// schema itself reports it).

/** The platform an options object asks for, X when it names none (or none we know). */
export function platformOf(options: unknown): Platform {
  const platform = options !== null && typeof options === 'object' ? (options as {platform?: unknown}).platform : undefined
  return typeof platform === 'string' && (platforms as readonly string[]).includes(platform) ? (platform as Platform) : 'x'
}

/** The platform option fields of a strict object schema, for `platform`. */
export function platformFields(platform: Platform) {
  const profile = countingProfile(platform)
  const linksFor = profile.linkCounters
    ? linksSchema
    : linksSchema.check(
        z.refine(() => false, {
          error: `Unexpected links, expected no \`links\` option with platform '${platform}': only Bluesky's app shortens links`
        })
      )
  return {
    platform: z.optional(platformSchema),
    limit: z.optional(limitSchema(platform)),
    links: z.optional(linksFor),
    instance: z.optional(instanceSchema)
  }
}

/** Memoise one value (a schema) per platform. */
export function perPlatform<T>(build: (platform: Platform) => T): (platform: Platform) => T {
  const cache = new Map<Platform, T>()
  return (platform) => {
    let value = cache.get(platform)
    if (value === undefined) {
      value = build(platform)
      cache.set(platform, value)
    }
    return value
  }
}

/**
 * What the platform options resolve to: the counting part of the profile only, so that splitting and
 * counting do not reach every profile's share link and sources (`platformProfile(profile.name)` has them).
 */
export interface Resolved {
  profile: CountingProfile
  counter: Counter
  limit: number
  instance: string | undefined
}

/**
 * Resolve validated platform options. `share` is true for functions that build share links: they
 * need an `instance` on Mastodon.
 */
export function resolvePlatform(
  settings: {platform?: Platform | undefined; limit?: number | undefined; links?: LinkCounting | undefined; instance?: string | undefined},
  where: string,
  share: boolean
): Resolved {
  const profile = countingProfile(settings.platform ?? 'x')
  if (share && profile.needsInstance && !settings.instance) {
    throw new OptionsError(where, [
      {
        path: 'instance',
        message: `Unexpected undefined for \`instance\`, expected a ${profile.label} host name such as 'mastodon.social': ${profile.label} share links go to the reader's own server`
      }
    ])
  }
  const counter = profile.linkCounters?.[settings.links ?? 'shortened'] ?? profile.counter
  return {profile, counter, limit: settings.limit ?? profile.limit.default, instance: settings.instance}
}
