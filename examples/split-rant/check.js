// Checks what `node index.js` prints: every post valid on X (twitter-text, config v3), numbered
// 1/N…N/N, and the posts' source ranges covering the whole rant in order. Exits 1 on a mismatch.
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import twitter from 'twitter-text'
import {rant, rantThread, render} from './thread.js'

const failures = []
const check = (ok, message) => {
  if (!ok) failures.push(message)
}

const printed = execFileSync(process.execPath, [fileURLToPath(new URL('index.js', import.meta.url))], {
  encoding: 'utf8'
})
const thread = rantThread()
const {tweets} = thread
check(printed === render(thread), 'index.js printed something other than the thread')
check(tweets.length > 1, `expected a thread of several posts, got ${tweets.length}`)

const squash = (text) => text.normalize('NFC').replace(/\s+/g, '')
let previousEnd = 0
for (const [position, tweet] of tweets.entries()) {
  const label = `post ${position + 1}`
  const parsed = twitter.parseTweet(tweet.text, twitter.configs.version3)
  check(parsed.valid, `${label} is not a valid post (${parsed.weightedLength}/280)`)
  check(parsed.weightedLength === tweet.length, `${label} reports length ${tweet.length}, X counts ${parsed.weightedLength}`)
  check(tweet.index === position, `${label} has index ${tweet.index}`)
  check(printed.includes(tweet.text), `${label} was not printed`)

  const numbering = ` ${position + 1}/${tweets.length}`
  check(tweet.text.endsWith(numbering), `${label} does not end with "${numbering.trim()}"`)

  // Ranges are in order, do not overlap, and what lies between them is only whitespace or a
  // `---` break marker.
  const {start, end} = tweet.source
  check(start >= previousEnd && end > start, `${label} covers ${start}–${end}, after ${previousEnd}`)
  const gap = rant.slice(previousEnd, start)
  check(gap.replace(/^[ \t]*---[ \t]*$/gm, '').trim() === '', `${label}: text skipped before it: ${JSON.stringify(gap)}`)
  previousEnd = end

  // The post says what its range holds (numbering and a continuation … aside).
  const body = squash(tweet.text.slice(0, -numbering.length)).replace(/^…|…$/g, '')
  check(body === squash(rant.slice(start, end)), `${label} does not match its source range`)
}
check(rant.slice(previousEnd).trim() === '', `the end of the rant is not covered: ${JSON.stringify(rant.slice(previousEnd, previousEnd + 40))}`)

if (failures.length > 0) {
  console.error(`split-rant: ${failures.length} problem(s)\n- ` + failures.join('\n- '))
  process.exit(1)
}
console.log(`split-rant: ${tweets.length} posts, all valid, numbered 1/${tweets.length}–${tweets.length}/${tweets.length}, covering the rant in order`)
