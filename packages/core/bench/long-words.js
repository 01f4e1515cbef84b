// splitThread on text without spaces, through two builds of core interleaved in one process: CPU time
// (process.cpuUsage), medians of five rounds, every contender of both builds in each round
// (bench/measure.js). For the README's before/after of the long-word cut.
//
//   node bench/long-words.js <before-dist-directory> [after-dist-directory = dist]
//
// Each build must resolve its own dependencies (zod) from where it lies.
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {fill, interleaved, japanese, ms, prose, times} from './measure.js'

const [beforeDirectory, afterDirectory = new URL('../dist', import.meta.url).pathname] = process.argv.slice(2)
if (!beforeDirectory) {
  console.error('usage: node bench/long-words.js <before-dist-directory> [after-dist-directory]')
  process.exit(2)
}
const load = (directory) => import(pathToFileURL(path.resolve(directory, 'index.js')).href)
const builds = {before: await load(beforeDirectory), after: await load(afterDirectory)}

const megabyte = 1_000_000
const inputs = [
  ['prose, 1 MB', prose(megabyte)],
  ['Japanese, 1 MB', japanese(megabyte)],
  ['`.` × 1 MB', '.'.repeat(megabyte)],
  ['`@` × 1 MB', '@'.repeat(megabyte)],
  ['mark stack, 1 MB', 'a' + '\u0301'.repeat(megabyte - 1)],
  ['ZWJ emoji, 1 MB', fill('👍🏽\u200d', megabyte)],
  ['marks on every letter, 100 KB', fill('e\u0301\u0302', 100_000)],
  ['`x.com_` × 20 KB, Bluesky', fill('x.com_', 20_000), {platform: 'bluesky'}],
  ['`x.com_` × 100 KB, Bluesky', fill('x.com_', 100_000), {platform: 'bluesky'}],
  ['`x.com_` × 100 KB, Bluesky, full links', fill('x.com_', 100_000), {platform: 'bluesky', links: 'full'}],
  ['`x.com_` × 100 KB, Mastodon', fill('x.com_', 100_000), {platform: 'mastodon'}]
]

const contenders = {}
for (const [name, text, options] of inputs) {
  for (const [build, core] of Object.entries(builds)) contenders[`${build}: ${name}`] = () => core.splitThread(text, options)
}
const result = interleaved(contenders)
console.log(`splitThread, CPU time, medians of 5 interleaved rounds, Node ${process.versions.node}\n`)
console.log('| input | before | after | after ÷ before |')
console.log('| --- | ---: | ---: | ---: |')
for (const [name] of inputs) {
  const before = result[`before: ${name}`].median
  const after = result[`after: ${name}`].median
  console.log(`| ${name} | ${ms(before)} | ${ms(after)} | ${times(after / before)} |`)
}
const ratio = (build, a, b) => result[`${build}: ${a}`].median / result[`${build}: ${b}`].median
console.log(`\nJapanese ÷ prose: before ${times(ratio('before', 'Japanese, 1 MB', 'prose, 1 MB'))}, after ${times(ratio('after', 'Japanese, 1 MB', 'prose, 1 MB'))}`)
console.log(`Bluesky x.com_ 100 KB ÷ 20 KB: before ${times(ratio('before', '`x.com_` × 100 KB, Bluesky', '`x.com_` × 20 KB, Bluesky'))}, after ${times(ratio('after', '`x.com_` × 100 KB, Bluesky', '`x.com_` × 20 KB, Bluesky'))}`)
