// Benchmark: splitThread against a naive greedy splitter that re-counts the growing chunk with
// twitter-text at every word (the obvious way to write a splitter), on the same inputs in the same
// run. Prints times and ratios; the baseline is what the ratios are relative to.
//
// Run: pnpm bench (from the repository root) or node bench/index.js after building.
import twitter from 'twitter-text'
import {splitThread} from '../dist/index.js'

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

const paragraph =
  'Writing online is a strange craft. You write for people you will never meet, and most of them will read ' +
  'only your first line. That is not a tragedy; it is a constraint, and constraints make better writers. ' +
  'Dr. Smith said it well: cut everything that does not earn its place, e.g. adjectives. See ' +
  'https://example.com/essays/first-lines?ref=bench for more, @someone #amwriting 🧵.\n\n'
const prose = (bytes) => paragraph.repeat(Math.ceil(bytes / paragraph.length)).slice(0, bytes)

function time(run, minimumMs = 300) {
  run() // warm-up
  const samples = []
  const started = performance.now()
  while (samples.length < 3 || (performance.now() - started < minimumMs && samples.length < 50)) {
    const t0 = performance.now()
    run()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}

// The greedy baseline re-counts every chunk per word, so it only runs on the smaller inputs.
const cases = [
  ['prose 10 KB', prose(10_000), {}],
  ['prose 100 KB', prose(100_000), {}],
  ['prose 100 KB, limit 140', prose(100_000), {limit: 140}],
  ['prose 100 KB, limit 2,000', prose(100_000), {limit: 2_000}]
]

const rows = []
for (const [name, text, options] of cases) {
  const ours = time(() => splitThread(text, options))
  const baseline = time(() => greedy(text, options.limit ?? 280), 0)
  rows.push({
    case: name,
    'splitThread ms': ours.toFixed(1),
    'greedy baseline ms': baseline.toFixed(1),
    'ratio (baseline / ours)': (baseline / ours).toFixed(2) + '×',
    'ours, ms per MB': ((ours / text.length) * 1e6).toFixed(0)
  })
}
console.table(rows)

// Scaling: ms per MB should stay flat from 100 KB to 1 MB and 10 MB if splitting is linear.
const small = time(() => splitThread(prose(100_000)))
const mega = time(() => splitThread(prose(1_000_000)), 0)
const big = time(() => splitThread(prose(10_000_000)), 0)
console.log(`1 MB of prose: ${mega.toFixed(0)} ms`)
console.log(
  `scaling against 100 KB (${small.toFixed(1)} ms): 1 MB ×${(mega / small).toFixed(1)}, 10 MB ×${(big / small).toFixed(1)} ` +
    `(×10 and ×100 are linear)`
)

// Adversarial families at 20 KB and 100 KB (bench/scaling.js): linear time on hostile input.
await import('./scaling.js')
