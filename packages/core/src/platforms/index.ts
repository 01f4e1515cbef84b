import {OptionsError} from '../options.js'
import {bluesky, blueskyCounting} from './bluesky.js'
import {linkedin, linkedinCounting} from './linkedin.js'
import {mastodon, mastodonCounting} from './mastodon.js'
import type {CountingProfile, PlatformProfile} from './profile.js'
import {threads, threadsCounting} from './threads.js'
import {x, xCounting} from './x.js'

// The registry: one line per network here, one file per network beside it. Everything else (the
// options of every function, the schemas other packages compose, the README table) reads from it.

/** Every network tweetstorm has a profile for, in the order surfaces list them. */
export const platforms = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'] as const

/** A network tweetstorm has a profile for. */
export type Platform = (typeof platforms)[number]

const profiles: Readonly<Record<Platform, PlatformProfile>> = {x, bluesky, mastodon, threads, linkedin}
// What counting reads, kept apart so the options of splitThread and countTweet do not hold every share
// link and source list (a bundle that only counts leaves them out).
const countingProfiles: Readonly<Record<Platform, CountingProfile>> = {
  x: xCounting,
  bluesky: blueskyCounting,
  mastodon: mastodonCounting,
  threads: threadsCounting,
  linkedin: linkedinCounting
}

/** `'x', 'bluesky', …` as error messages list them. */
export const platformList = platforms.map((name) => `'${name}'`).join(', ')

/**
 * The profile of a network: its counter, limits, share link and the sources of its rules.
 *
 * @example
 *   platformProfile('bluesky').limit // {min: 40, default: 300, max: 300}
 */
export function platformProfile(platform: Platform): PlatformProfile {
  return profiles[known(platform)]
}

/** `platform` if it is one of `platforms`; otherwise the error every surface reports. */
function known(platform: Platform): Platform {
  if (typeof platform !== 'string' || !Object.hasOwn(countingProfiles, platform)) {
    const shown = typeof platform === 'string' ? JSON.stringify(platform) : typeof platform
    throw new OptionsError('platformProfile', [
      {path: 'platform', message: `Unexpected ${shown} for \`platform\`, expected one of ${platformList}`}
    ])
  }
  return platform
}

/** The counting part of a network's profile: its limits and counters (internal). */
export function countingProfile(platform: Platform): CountingProfile {
  return countingProfiles[known(platform)]
}

export type {CountingProfile, HandleRule, LinkCounting, PlatformProfile, Share, ShareSettings, TailPart} from './profile.js'
