// Shared by index.js (prints the thread) and check.js (checks what index.js printed).
import {readFileSync} from 'node:fs'
import {splitThread} from '@tweetstorm/core'

export const rant = readFileSync(new URL('rant.txt', import.meta.url), 'utf8')

export function rantThread() {
  return splitThread(rant)
}

/** The thread as the terminal shows it: one block per tweet, with its weighted length. */
export function render(thread) {
  const total = thread.tweets.length
  const blocks = thread.tweets.map(
    (tweet) => `── tweet ${tweet.index + 1} of ${total} · ${tweet.length}/${thread.limit} ──\n${tweet.text}\n`
  )
  return `A ${rant.length}-character rant as a thread of ${total} posts:\n\n` + blocks.join('\n')
}
