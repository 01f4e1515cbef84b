import * as z from 'zod/mini'
import {parseOptions} from './options.js'
import {perPlatform, platformFields, platformOf, resolvePlatform} from './platform-options.js'
import type {TweetCount} from './types.js'

const countOptionsSchema = perPlatform((platform) => z.strictObject(platformFields(platform)))

/** Options of `countTweet`. */
export type CountOptions = z.input<ReturnType<typeof countOptionsSchema>>

/**
 * Count a post the way the platform does (X: twitter-text v3 weighted length; Bluesky and
 * Mastodon: grapheme clusters with their link rules; see the README's table of platforms).
 *
 * @example
 *   countTweet('Hello https://example.com 👋🏽').length // 32
 *   countTweet('Hello https://example.com 👋🏽', {platform: 'bluesky'}).length // 19
 */
export function countTweet(text: string, options?: CountOptions): TweetCount {
  const settings = parseOptions(countOptionsSchema(platformOf(options)), options, 'countTweet')
  const {counter, limit} = resolvePlatform(settings, 'countTweet', false)
  return counter.count(String(text ?? ''), limit)
}
