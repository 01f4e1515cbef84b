import {OptionsError} from '../options.js'
import {bluesky} from './bluesky.js'
import {linkedin} from './linkedin.js'
import {mastodon} from './mastodon.js'
import type {PlatformProfile} from './profile.js'
import {threads} from './threads.js'
import {x} from './x.js'

// The registry: one line per network here, one file per network beside it. Everything else (the
// options of every function, the schemas other packages compose, the README table) reads from it.

/** Every network tweetstorm has a profile for, in the order surfaces list them. */
export const platforms = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'] as const

/** A network tweetstorm has a profile for. */
export type Platform = (typeof platforms)[number]

const profiles: Readonly<Record<Platform, PlatformProfile>> = {x, bluesky, mastodon, threads, linkedin}

/** `'x', 'bluesky', …` as error messages list them. */
export const platformList = platforms.map((name) => `'${name}'`).join(', ')

/**
 * The profile of a network: its counter, limits, share link and the sources of its rules.
 *
 * @example
 *   platformProfile('bluesky').limit // {min: 40, default: 300, max: 300}
 */
export function platformProfile(platform: Platform): PlatformProfile {
  const profile = typeof platform === 'string' && Object.hasOwn(profiles, platform) ? profiles[platform] : undefined
  if (!profile) {
    const shown = typeof platform === 'string' ? JSON.stringify(platform) : typeof platform
    throw new OptionsError('platformProfile', [
      {path: 'platform', message: `Unexpected ${shown} for \`platform\`, expected one of ${platformList}`}
    ])
  }
  return profile
}

export type {HandleRule, LinkCounting, PlatformProfile, Share, ShareSettings, TailPart} from './profile.js'
