// Scaling benchmark over adversarial families: runs of punctuation, openers and closers with and
// without letters between, mark stacks, whitespace runs, dots, CJK with URLs, a 10 MB word.
// CPU time (process.cpuUsage) at 20 KB and 100 KB, for splitThread, tweetables, intentUrl and
// countTweet. Targets: 100 KB costs ≤ 6× 20 KB (linear is 5×), and 20 KB ≤ ~50 ms.
//
// Run: pnpm bench (after the greedy comparison), or node bench/scaling.js after building.
// BENCH_DIST=/path/to/dist times another build (the "before" column of the README);
// BENCH_QUICK=1 times only the issue's own families, and skips 100 KB where 20 KB took over 0.5 s.
import {pathToFileURL} from 'node:url'

const dist = process.env.BENCH_DIST ? pathToFileURL(process.env.BENCH_DIST + '/index.js').href : '../dist/index.js'
const {countTweet, intentUrl, splitThread, tweetables} = await import(dist)
const quick = process.env.BENCH_QUICK === '1'

/** CPU milliseconds of one call (user + system). */
function cpu(run) {
  const before = process.cpuUsage()
  run()
  const spent = process.cpuUsage(before)
  return (spent.user + spent.system) / 1000
}

/** `unit` repeated to exactly `size` code units. */
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

const punctuation = ['"', '”', '»', ')', ']', '*', '_', '(', '“', '¿', '.', '?', '…', ',', ':', '—', '#', '@', '$', '。']
const families = [
  ...punctuation.flatMap((mark) => [
    [`run of ${mark}`, (size) => fill(mark, size - 7) + 'a. Next'],
    [`${mark} with letters`, (size) => fill('a' + mark, size)]
  ]),
  ['a. (issue)', (size) => fill('a.', size)],
  ['a.b. (issue)', (size) => fill('a.b.', size)],
  ['". " sentences, limit 25,000', (size) => fill('. ', size), {limit: 25_000}],
  ['mark stack', (size) => 'a' + '\u0301'.repeat(size - 1)],
  ['marks on every letter', (size) => fill('e\u0301\u0302', size)],
  ['spaces', (size) => 'x' + ' '.repeat(size - 2) + 'y'],
  ['no-break spaces', (size) => 'x' + '\u00a0'.repeat(size - 2) + 'y'],
  ['newlines', (size) => 'x' + '\n'.repeat(size - 2) + 'y'],
  ['CJK run', (size) => '東'.repeat(size)],
  ['CJK run + URL (issue)', (size) => '東'.repeat(size - 21) + ' https://example.com/'],
  ['CJK + URL mix', (size) => fill('東'.repeat(60) + 'example.com/' + 'a'.repeat(25), size)],
  ['CJK + #tag @x mix', (size) => fill('東#y@x$Z', size)],
  ['emoji ZWJ + skin tones', (size) => fill('👍🏽\u200d', size)],
  ['dotted domains', (size) => fill('a.co.', size)],
  ['underscored labels, then a domain', (size) => fill('a_', size - 5) + 'a.com'],
  ['domains joined by _', (size) => fill('x.com_', size)],
  ['prose', (size) => fill('Writing online is a strange craft. You write for people you will never meet, e.g. Dr. Smith. ', size)]
]
const issueFamilies = new Set(['run of "', 'run of )', 'a. (issue)', 'a.b. (issue)', '". " sentences, limit 25,000', 'CJK run + URL (issue)', 'CJK + URL mix', 'mark stack', 'no-break spaces', 'prose'])

const functions = {
  splitThread: (text, options) => splitThread(text, options),
  tweetables: (text, options) => tweetables(text, options.limit ? {limit: options.limit} : {}),
  intentUrl: (text) => intentUrl({text, url: 'https://example.com/post'}),
  countTweet: (text) => countTweet(text)
}

const rows = []
let worstRatio = 0
let worstSmall = 0
for (const [name, make, options = {}] of families) {
  if (quick && !issueFamilies.has(name)) continue
  const row = {family: name}
  for (const [label, run] of Object.entries(functions)) {
    run(make(2_000), options) // warm-up
    const small = make(20_000)
    const first = cpu(() => run(small, options))
    const at20 = quick && first > 500 ? first : Math.min(first, cpu(() => run(small, options)))
    row[`${label} 20 KB ms`] = at20.toFixed(1)
    worstSmall = Math.max(worstSmall, at20)
    if (quick && at20 > 500) {
      row[`${label} ×`] = 'skipped'
      continue
    }
    const large = make(100_000)
    const at100 = cpu(() => run(large, options))
    // Below a millisecond the ratio is noise: report it, but do not count it against the target.
    const ratio = at100 / Math.max(at20, 1)
    row[`${label} ×`] = ratio.toFixed(1)
    worstRatio = Math.max(worstRatio, ratio)
  }
  rows.push(row)
}
console.table(rows)
console.log(`worst 100 KB / 20 KB: ×${worstRatio.toFixed(1)} (target ≤ 6); worst 20 KB: ${worstSmall.toFixed(0)} ms (target ≤ ~50)`)

if (!quick) {
  const word = 'x'.repeat(10_000_000)
  const spent = cpu(() => splitThread(word))
  const memory = process.memoryUsage().rss / 1e6
  console.log(`10 MB single word: splitThread ${spent.toFixed(0)} ms CPU, rss ${memory.toFixed(0)} MB after`)
}
