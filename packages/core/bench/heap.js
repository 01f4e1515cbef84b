// Peak memory of one splitThread call, run in its own process (`node --expose-gc bench/heap.js
// <bytes> <prose|word>`) so that nothing else the benchmark did is counted. Prints JSON.
//
// The figure is the growth of the process's peak resident set size (`process.resourceUsage().maxRSS`)
// during the call: the input is built and garbage collected first, so what grows is the splitter's
// own work — V8 heap, typed arrays (off the heap, but memory all the same) and the result.
import {splitThread} from '../dist/index.js'
import {prose} from './measure.js'

const size = Number(process.argv[2] ?? 10_000_000)
const kind = process.argv[3] ?? 'prose'
const text = kind === 'word' ? 'x'.repeat(size) : prose(size)
globalThis.gc?.()
const before = process.resourceUsage().maxRSS * 1024
const heapBefore = process.memoryUsage().heapUsed
const started = process.cpuUsage()
const {tweets} = splitThread(text)
const spent = process.cpuUsage(started)
const after = process.resourceUsage().maxRSS * 1024
console.log(
  JSON.stringify({
    size,
    kind,
    tweets: tweets.length,
    cpuMs: (spent.user + spent.system) / 1000,
    peakGrowth: after - before,
    // Still reachable afterwards: the result.
    heapAfter: process.memoryUsage().heapUsed - heapBefore
  })
)
