// `pnpm test` after `pnpm build`: every workspace package's `test`, every package's `lint:package`
// (publint --strict, attw), the consumer test and the bundle size budgets (scripts/size.js), as
// independent tasks run side by side (they share nothing but the built dist folders). The slowest start
// first so the run ends as early as it can. Each task's output is printed in one piece when it ends, then a
// table of timings. Exits 1 if any task failed.
//
//   TEST_CONCURRENCY=1 pnpm test       one task at a time (default: the number of CPU cores)
//   node scripts/test.js cli astro     only the tasks whose name contains one of the words
import {spawn, execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const concurrency = Number(process.env.TEST_CONCURRENCY) || availableParallelism()
// Rough durations on a loaded 2-core machine, longest first; anything unlisted runs after these.
const slowestFirst = ['@tweetstorm/astro', '@tweetstorm/site', '@tweetstorm/cli', 'consumer test', '@tweetstorm/cli on Node 20', '@tweetstorm/core']

const workspace = JSON.parse(execFileSync('pnpm', ['ls', '-r', '--depth', '-1', '--json'], {cwd: root, encoding: 'utf8'}))
const tasks = []
for (const {name, path} of workspace) {
  if (path === root.replace(/\/$/, '')) continue // the root's own `test` is this script
  const scripts = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')).scripts ?? {}
  if (scripts.test) tasks.push({name, command: ['pnpm', ['--filter', name, 'test']]})
  if (scripts['lint:package']) tasks.push({name: `${name} lint:package`, command: ['pnpm', ['--filter', name, 'lint:package']]})
}
tasks.push({name: 'consumer test', command: [process.execPath, ['scripts/consumer-test/consumer.test.js']]})
// Browser bundle budgets (gzip) of core and of the site's composer script; fails when one grows past its budget.
tasks.push({name: 'bundle size', command: [process.execPath, ['scripts/size.js']]})
// The published packages promise Node 20.19 (`engines`): their suites run again on the machine's Node 20.
for (const name of ['core', 'remark', 'cli']) {
  tasks.push({name: `@tweetstorm/${name} on Node 20`, command: [process.execPath, ['scripts/test-node20.mjs', name]]})
}

const rank = (task) => {
  const index = slowestFirst.indexOf(task.name)
  return index === -1 ? slowestFirst.length : index
}
const words = process.argv.slice(2)
const queue = tasks
  .filter((task) => words.length === 0 || words.some((word) => task.name.includes(word)))
  .sort((a, b) => rank(a) - rank(b))

const started = performance.now()
const results = []
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`

function runTask(task) {
  return new Promise((resolve) => {
    const begin = performance.now()
    console.log(`▶ ${task.name}`)
    const [command, args] = task.command
    const child = spawn(command, args, {cwd: root, env: {...process.env, FORCE_COLOR: '0'}})
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => {
      const result = {name: task.name, ok: code === 0, ms: performance.now() - begin}
      results.push(result)
      console.log(`\n──── ${task.name} · ${result.ok ? 'passed' : `FAILED (exit ${code})`} · ${seconds(result.ms)} ────`)
      console.log(output.trimEnd() + '\n')
      resolve()
    })
  })
}

async function worker() {
  for (let task = queue.shift(); task; task = queue.shift()) await runTask(task)
}
await Promise.all(Array.from({length: Math.min(concurrency, queue.length)}, worker))

const failed = results.filter((result) => !result.ok)
console.log(`\n${results.length} tasks, ${concurrency} at a time, ${seconds(performance.now() - started)} in all:`)
for (const result of results.sort((a, b) => b.ms - a.ms)) {
  console.log(`  ${result.ok ? '✔' : '✖'} ${result.name.padEnd(40)} ${seconds(result.ms).padStart(6)}`)
}
if (failed.length > 0) console.log(`\nfailed: ${failed.map((result) => result.name).join(', ')}`)
// The plain closing line CI reads: tasks, not individual tests (each task printed its own counts above).
console.log(`\ntasks: ${results.length - failed.length} passed, ${failed.length} failed`)
if (failed.length > 0) process.exit(1)
