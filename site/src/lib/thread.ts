import {countTweet, intentUrl, splitThread, type Thread, type ThreadTweet} from '@tweetstorm/core'
import {threadFromMarkdown} from '@tweetstorm/remark'

/** A post as the thread it would become on X, with the defaults a reader would get from the composer. */
export function postThread(markdown: string): Thread {
  return splitThread(threadFromMarkdown(markdown))
}

/** The whole thread as one block of text, tweets separated by a blank line, for copying by hand. */
export function threadText(thread: Thread): string {
  return thread.tweets.map((tweet) => tweet.text).join('\n\n')
}

/**
 * The intent that posts one tweet of a thread exactly as split (`fit: false`: every tweet is already
 * valid, so nothing may be shortened). The first tweet also carries the article's address, so the
 * thread leads back to the post, but only when X's composed post (text, a space, a 23-character
 * link) still fits the limit; otherwise it shares the text alone rather than an invalid post.
 *
 * @example
 *   tweetIntent(thread.tweets[0], 280, 'https://tweetstorm.dev/blog/x/')
 *   // → 'https://x.com/intent/tweet?text=…&url=https%3A%2F%2Ftweetstorm.dev%2Fblog%2Fx%2F'
 */
export function tweetIntent(tweet: ThreadTweet, limit: number, articleUrl?: string): string {
  if (tweet.index === 0 && articleUrl && countTweet(`${tweet.text} ${articleUrl}`, {limit}).valid) {
    return intentUrl({text: tweet.text, url: articleUrl}, {fit: false})
  }
  return intentUrl({text: tweet.text}, {fit: false})
}

/** An intent that opens X's composer with the thread's first tweet, exactly as split. */
export function firstTweetIntent(thread: Thread, articleUrl?: string): string | undefined {
  const first = thread.tweets[0]
  return first ? tweetIntent(first, thread.limit, articleUrl) : undefined
}
