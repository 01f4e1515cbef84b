// One input of issue 12's table against prose of the same size, in a process of its own (`node
// bench/against-prose.js <name> <small> <big> <rounds>`, `<name>` a key of `againstProse` in
// bench/measure.js). Prints JSON, CPU ms, each figure the median of per-round ratios:
// - `againstProse`: splitThread on the input against splitThread on prose, at the big size;
// - `growth`: the input at the big size against the input at the small size (not for Japanese, which
//   has no growth row: there `proseGrowth`, the same for prose).
// Each round runs three calls back to back (`chained`, bench/measure.js): prose at the big size, the
// input at the big size, then the input at the small size (Japanese: prose at the small size first,
// then prose and Japanese at the big size), in reverse every other round; each ratio divides two
// neighbours. Before the rounds: three calls of each on a tenth of the small size (the code paths
// compile), then one of each.
//
// Why so: these rows used to run in the benchmark's own process, all inputs in one group, five rounds
// at 1 MB with no warm-up at that size, and each row was a ratio of two medians. Rows near their
// threshold flipped from one run to the next (`.`×n 2.89×, 3.30×, 2.90× on one build): a median of
// the input and a median of prose could come from different moments of this shared machine's load,
// and what each call cost depended on the calls before it (the garbage they left, the heap they grew
// to, the other inputs the compiled code had seen).
import {splitThread} from '../dist/index.js'
import {againstProse, chained, median, perRound, prose, spentSoFar} from './measure.js'

const [name = 'Japanese', smallArgument = '200000', bigArgument = '1000000', roundsArgument = '9'] = process.argv.slice(2)
const make = againstProse[name]
if (!make) throw new Error(`Unexpected input ${JSON.stringify(name)}, expected one of ${Object.keys(againstProse).join(', ')}`)
const small = Number(smallArgument)
const big = Number(bigArgument)
const rounds = Number(roundsArgument)

const warm = [prose(Math.round(small / 10)), make(Math.round(small / 10))]
for (let k = 0; k < 3; k++) for (const text of warm) splitThread(text)

const texts =
  name === 'Japanese'
    ? {proseSmall: prose(small), proseBig: prose(big), inputBig: make(big)}
    : {proseBig: prose(big), inputBig: make(big), inputSmall: make(small)}
for (const text of Object.values(texts)) splitThread(text)
const samples = chained(Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, () => splitThread(text)])), rounds)

const ratio = (top, bottom) => perRound(rounds, (round) => samples[top][round] / samples[bottom][round])
const result = {
  name,
  small,
  big,
  rounds,
  medians: Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)])),
  againstProse: ratio('inputBig', 'proseBig'),
  samples
}
if (texts.inputSmall) result.growth = ratio('inputBig', 'inputSmall')
if (texts.proseSmall) result.proseGrowth = ratio('proseBig', 'proseSmall')
result.cpuMs = spentSoFar()
console.log(JSON.stringify(result))
