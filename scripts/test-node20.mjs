// The floor check: the published packages promise Node >= 20.19 (`engines`), but the workspace runs on the
// Node 24 from the `node` devDependency and vitest 5, which needs Node 22. So run the core, remark and cli
// suites again under the machine's own Node (`/usr/bin/node`, or FLOOR_NODE) with vitest 4.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)))
const node = process.env['FLOOR_NODE'] || '/usr/bin/node'
const floor = [20, 19]

const version = spawnSync(node, ['-p', 'process.versions.node'], {encoding: 'utf8'})
if (version.status !== 0) {
  console.error(`test-node20: cannot run ${node}; set FLOOR_NODE to a Node ${floor.join('.')}+ binary.`)
  process.exit(1)
}
const [major = 0, minor = 0] = version.stdout.trim().split('.').map(Number)
if (major < floor[0] || (major === floor[0] && minor < floor[1])) {
  console.error(`test-node20: ${node} is Node ${version.stdout.trim()}, older than the supported ${floor.join('.')}.`)
  process.exit(1)
}

const vitest = path.join(root, 'node_modules/vitest-node20/vitest.mjs')
const config = path.join(root, 'scripts/vitest-node20.config.mjs')
// `node scripts/test-node20.mjs core` runs one suite (the root test runner runs them side by side).
const requested = process.argv.slice(2)
for (const name of requested.length > 0 ? requested : ['core', 'remark', 'cli']) {
  console.log(`\n── @tweetstorm/${name} on Node ${version.stdout.trim()} (${node}) ──`)
  const run = spawnSync(node, [vitest, 'run', '--config', config], {
    cwd: path.join(root, 'packages', name),
    stdio: 'inherit'
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
