// CPU time of countTweet and splitThread through two builds of core, interleaved in one process:
// `before` (the twitter-text path) and `after` (the x-engine). Medians of 5 runs after a warm-up, process.cpuUsage.
//
//   node scripts/compare-counting.js <before/index.js> [after/index.js = dist/index.js]
//
// Build `before` from an older commit first (`git worktree add`, `pnpm build`, then point at its
// dist/index.js); both must resolve their own dependencies from where they lie.
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const [beforePath, afterPath = 'dist/index.js'] = process.argv.slice(2)
if (!beforePath) {
  console.error('usage: node scripts/compare-counting.js <before/index.js> [after/index.js]')
  process.exit(2)
}
const load = (file) => import(pathToFileURL(path.resolve(file)).href)
const builds = {before: await load(beforePath), after: await load(afterPath)}

const paragraph =
  'Writing online is a strange craft. You write for people you will never meet, and most of them will read ' +
  'only your first line. That is not a tragedy; it is a constraint, and constraints make better writers. ' +
  'Dr. Smith said it well: cut everything that does not earn its place, e.g. adjectives. See ' +
  'https://example.com/essays/first-lines?ref=bench for more, @someone #amwriting 🧵.\n\n'
const japanese =
  '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。' +
  '詳しくは https://example.jp/neko を見てください。#猫 @neko_san\n\n'
const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
const inputs = [
  ['prose 200 KB', fill(paragraph, 200_000)],
  ['prose 1 MB', fill(paragraph, 1_000_000)],
  ['Japanese 1 MB', fill(japanese, 1_000_000)],
  ['`.` × 1 MB', '.'.repeat(1_000_000)]
]

function cpu(run) {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const rows = []
for (const [name, text] of inputs) {
  for (const fn of ['countTweet', 'splitThread']) {
    const times = {before: [], after: []}
    // Interleaved, so a busy neighbour on the machine slows both alike; round 0 only warms up.
    for (let round = 0; round < 6; round++) {
      for (const build of ['before', 'after']) {
        const call = builds[build][fn]
        const used = cpu(() => call(text))
        if (round > 0) times[build].push(used)
      }
    }
    const before = median(times.before)
    const after = median(times.after)
    rows.push({case: name, function: fn, before, after})
    console.log(`| ${name} | \`${fn}\` | ${before.toFixed(0)} ms | ${after.toFixed(0)} ms | ${(before / after).toFixed(1)}× |`)
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows))
