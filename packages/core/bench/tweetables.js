// tweetables against splitThread on the same prose, in a process of their own (`node
// bench/tweetables.js <bytes>`): three calls of each, then 21 interleaved rounds
// (bench/measure.js), both measured alike. Prints JSON: the medians and the samples, CPU ms.
//
// In the benchmark's own process the row depended on what ran before it (the 1 MB group, greedy's
// garbage, the heap they left): two full runs a few minutes apart read 1.56 and 2.38, where the two
// alone in a fresh process read 1.37–1.42. tweetables keeps a link, an id and a range per sentence,
// and what a collection costs it depends on the heap it runs in.
import {splitThread, tweetables} from '../dist/index.js'
import {interleaved, prose} from './measure.js'

const size = Number(process.argv[2] ?? 200_000)
const text = prose(size)
const pair = {split: () => splitThread(text), tweetables: () => tweetables(text)}
for (let k = 0; k < 3; k++) for (const run of Object.values(pair)) run()
const measured = interleaved(pair, {rounds: 21})
console.log(
  JSON.stringify({
    size,
    split: measured.split.median,
    tweetables: measured.tweetables.median,
    samples: {split: measured.split.samples, tweetables: measured.tweetables.samples}
  })
)
