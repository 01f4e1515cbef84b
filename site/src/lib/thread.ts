import {composeIntent, intentUrl, platformProfile, splitThread, type Platform, type Thread, type ThreadTweet} from '@tweetstorm/core'
import {threadFromMarkdown} from '@tweetstorm/remark'

/**
 * The networks a post can be previewed on as a thread, in the order the thread pages list them.
 * LinkedIn is not one: it has no threads (a post does not take replies as a chain), and its share link
 * carries a link only, never text.
 */
export const threadPlatforms = ['x', 'bluesky', 'mastodon', 'threads'] as const satisfies readonly Platform[]
export type ThreadPlatform = (typeof threadPlatforms)[number]

/** How each network counts, in a phrase the thread page can finish a sentence with. */
export const countingRule: Record<ThreadPlatform, string> = {
  x: 'as X computes it: links count 23, CJK characters and emoji 2',
  bluesky: 'as Bluesky counts it: characters as you see them, links as the app shortens them',
  mastodon: 'as Mastodon counts it: links count 23, a mention without its server',
  threads: 'as Threads counts it: emoji by their bytes, links in full'
}

/** A post as the thread it would become on a network, with the defaults a reader would get from the composer. */
export function postThread(markdown: string, platform: Platform = 'x'): Thread {
  return splitThread(threadFromMarkdown(markdown), {platform})
}

/** The whole thread as one block of text, tweets separated by a blank line, for copying by hand. */
export function threadText(thread: Thread): string {
  return thread.tweets.map((tweet) => tweet.text).join('\n\n')
}

/**
 * The share link that posts one post of a thread exactly as split (`fit: false`: every post is already
 * valid, so nothing may be shortened), on X by default or on `platform`, and whether it carries the
 * article's address. Only the first post does, so the thread leads back to the article, and only when
 * the post the network composes from text and link still fits the limit; otherwise it shares the text
 * alone rather than an invalid post. `undefined` on Mastodon, which has no share page but each server's.
 *
 * @example
 *   postShare(thread.tweets[0], 280, 'https://tweetstorm.dev/blog/x/')
 *   // → {href: 'https://x.com/intent/tweet?text=…&url=https%3A%2F%2Ftweetstorm.dev%2Fblog%2Fx%2F', withArticle: true}
 */
export function postShare(
  tweet: ThreadTweet,
  limit: number,
  articleUrl?: string,
  platform: Platform = 'x'
): {href: string; withArticle: boolean} | undefined {
  if (platformProfile(platform).needsInstance) return undefined
  const options = {fit: false, platform, limit}
  if (tweet.index === 0 && articleUrl) {
    const withLink = {text: tweet.text, url: articleUrl}
    if (composeIntent(withLink, options).valid) return {href: intentUrl(withLink, options), withArticle: true}
  }
  return {href: intentUrl({text: tweet.text}, options), withArticle: false}
}
