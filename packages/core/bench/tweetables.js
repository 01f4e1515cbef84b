// tweetables against splitThread on the same prose, in a process of their own (`node
// bench/tweetables.js <bytes> [rounds]`): three calls of each, then interleaved rounds (bench/measure.js,
// 15 by default), both measured alike. Prints JSON: the median of the per-round ratios (the two calls
// of a round run back to back), the medians and the samples, CPU ms. bench/index.js runs it in three
// processes and takes the median of all their rounds: a process's heap and compiled code set its
// level (over 11 rounds, the ratio's median read 1.10 to 1.40 from one process to the next, same build).
//
// In the benchmark's own process the row depended on what ran before it (the 1 MB group, greedy's
// garbage, the heap they left): two full runs a few minutes apart read 1.56 and 2.38, where the two
// alone in a fresh process read 1.37–1.42. tweetables keeps a link, an id and a range per sentence,
// and what a collection costs it depends on the heap it runs in.
import {splitThread, tweetables} from '../dist/index.js'
import {interleaved, perRound, prose, spentSoFar} from './measure.js'

const size = Number(process.argv[2] ?? 200_000)
const rounds = Number(process.argv[3] ?? 15)
const text = prose(size)
const pair = {split: () => splitThread(text), tweetables: () => tweetables(text)}
for (let k = 0; k < 3; k++) for (const run of Object.values(pair)) run()
const measured = interleaved(pair, {rounds})
console.log(
  JSON.stringify({
    size,
    rounds,
    ratio: perRound(rounds, (round) => measured.tweetables.samples[round] / measured.split.samples[round]),
    split: measured.split.median,
    tweetables: measured.tweetables.median,
    samples: {split: measured.split.samples, tweetables: measured.tweetables.samples},
    cpuMs: spentSoFar()
  })
)
