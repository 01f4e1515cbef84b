// splitThread on prose against its two baselines, in a process of its own (`node bench/prose.js
// <small> <big>`): at the small size against the naive greedy splitter and one parseTweet over the
// whole text, at the big size against one parseTweet, and the growth from one size to the other.
// Prints JSON: medians and samples, CPU ms, and each row's ratio as the median of per-round ratios
// (the two calls of a round run back to back: greedy, split, parseTweet, then the reverse).
//
// In the benchmark's own process these rows shared their rounds with the adversarial splits and
// followed them: splitThread on 200 KB read 11.9 ms in one full run and 35.0 ms in another on the
// same code, and the prose growth 200 KB → 1 MB 1.69× (no linear function grows so little). Here the
// three contenders run alone: three calls of each first (greedy, at ~0.4 s a call, once), then
// interleaved rounds (bench/measure.js).
import twitter from 'twitter-text'
import {splitThread} from '../dist/index.js'
import {interleaved, perRound, prose, spentSoFar} from './measure.js'

const config = twitter.configs.version3

/** The baseline: add words while parseTweet says the chunk plus " n/NN" is valid. */
function greedy(text, limit = 280) {
  const words = text.split(/\s+/).filter(Boolean)
  const tweets = []
  let current = ''
  for (const word of words) {
    const candidate = current ? current + ' ' + word : word
    if (twitter.parseTweet(candidate + ' 99/99', {...config, maxWeightedTweetLength: limit}).valid) {
      current = candidate
    } else {
      if (current) tweets.push(current)
      current = word
    }
  }
  if (current) tweets.push(current)
  return tweets
}

const small = Number(process.argv[2] ?? 200_000)
const big = Number(process.argv[3] ?? 1_000_000)
const smallText = prose(small)
const bigText = prose(big)

// In this order, splitThread runs next to each of its baselines in every round.
const atSmall = {
  greedy: () => greedy(smallText),
  split: () => splitThread(smallText),
  parseTweet: () => twitter.parseTweet(smallText, config)
}
const atBig = {
  split: () => splitThread(bigText),
  parseTweet: () => twitter.parseTweet(bigText, config)
}
for (let k = 0; k < 3; k++) {
  atSmall.split()
  atSmall.parseTweet()
  atBig.split()
}
atSmall.greedy()
const rounds = 9
const smallResult = interleaved(atSmall, {rounds})
const bigResult = interleaved(atBig, {rounds, warmUp: false})
const pick = (result) => Object.fromEntries(Object.entries(result).map(([name, {median, samples}]) => [name, {median, samples}]))
const ratio = (result, top, bottom) => perRound(rounds, (round) => result[top].samples[round] / result[bottom].samples[round])
console.log(
  JSON.stringify({
    small,
    big,
    atSmall: pick(smallResult),
    atBig: pick(bigResult),
    ratios: {
      greedyOverSplit: ratio(smallResult, 'greedy', 'split'),
      splitOverParseTweetSmall: ratio(smallResult, 'split', 'parseTweet'),
      splitOverParseTweetBig: ratio(bigResult, 'split', 'parseTweet')
    },
    cpuMs: spentSoFar()
  })
)
