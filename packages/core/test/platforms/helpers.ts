import {countTweet, type CountOptions} from '../../src/index.js'

/** The length a platform counts for `text`. */
export function lengthOn(platform: NonNullable<CountOptions['platform']>, text: string, options: Omit<CountOptions, 'platform'> = {}): number {
  return countTweet(text, {platform, ...options}).length
}

/** The query parameters of a share link, decoded. */
export function paramsOf(link: string): Record<string, string> {
  return Object.fromEntries(new URL(link).searchParams)
}
