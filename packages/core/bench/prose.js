// splitThread on prose against its two baselines, in a process of its own (`node bench/prose.js
// <small> <big>`): at the small size against the naive greedy splitter and one parseTweet over the
// whole text, at the big size against one parseTweet, and the growth from one size to the other.
// Prints JSON: medians and samples, CPU ms, and the ratios to parseTweet as medians of per-round
// ratios of two calls run back to back (`chained`, bench/measure.js, nine rounds per size). Greedy
// runs five rounds alone (0.4 s a call, and its row is far from its target), and its row is the
// ratio of the medians: the 11 ms splitThread call after a greedy call collects the garbage greedy
// left, and the per-round ratio read 20.8× in one full run where the medians read 41×.
//
// In the benchmark's own process these rows shared their rounds with the adversarial splits and
// followed them: splitThread on 200 KB read 11.9 ms in one full run and 35.0 ms in another on the
// same code, and the prose growth 200 KB → 1 MB 1.69× (no linear function grows so little). Here the
// contenders run alone, after three calls of each (greedy once).
import twitter from 'twitter-text'
import {splitThread} from '../dist/index.js'
import {chained, median, perRound, prose, spentSoFar} from './measure.js'

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
  atBig.parseTweet()
}
atSmall.greedy()
const rounds = 9
const greedyRounds = 5
const withGreedy = chained({greedy: atSmall.greedy}, greedyRounds)
const smallSamples = chained({split: atSmall.split, parseTweet: atSmall.parseTweet}, rounds)
const bigSamples = chained(atBig, rounds)
const summary = (samples) => ({median: median(samples), samples})
const ratio = (samples, top, bottom) => perRound(samples[top].length, (round) => samples[top][round] / samples[bottom][round])
console.log(
  JSON.stringify({
    small,
    big,
    atSmall: {greedy: summary(withGreedy.greedy), split: summary(smallSamples.split), parseTweet: summary(smallSamples.parseTweet)},
    atBig: {split: summary(bigSamples.split), parseTweet: summary(bigSamples.parseTweet)},
    ratios: {
      greedyOverSplit: {median: median(withGreedy.greedy) / median(smallSamples.split)},
      splitOverParseTweetSmall: ratio(smallSamples, 'split', 'parseTweet'),
      splitOverParseTweetBig: ratio(bigSamples, 'split', 'parseTweet')
    },
    cpuMs: spentSoFar()
  })
)
