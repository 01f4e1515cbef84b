import {intentUrl, splitThread, type Thread} from '@tweetstorm/core'
import {threadFromMarkdown} from '@tweetstorm/remark'

/** A post as the thread it would become on X, with the defaults a reader would get from the composer. */
export function postThread(markdown: string): Thread {
  return splitThread(threadFromMarkdown(markdown))
}

/** The whole thread as one block of text, tweets separated by a blank line, for copying by hand. */
export function threadText(thread: Thread): string {
  return thread.tweets.map((tweet) => tweet.text).join('\n\n')
}

/** An intent that opens X's composer with the thread's first tweet, exactly as split. */
export function firstTweetIntent(thread: Thread): string | undefined {
  const first = thread.tweets[0]
  return first ? intentUrl({text: first.text}, {fit: false}) : undefined
}
