// `pnpm fuzz`: the seeded fuzz suites (test/fuzz.test.ts, test/bounded.test.ts, every platform's in
// test/platforms/fuzz.test.ts with its long link words, the long-word cut against its reference in
// test/cut.test.ts, and every tweetable's share text on every platform in test/share-room.test.ts) with many more cases and a fresh seed, and the X engine's differential fuzz against twitter-text (test/x-engine-differential.test.ts).
// FUZZ_RUNS (default 3000 per property), ENGINE_FUZZ_RUNS (default 1,000,000 engine cases) and FUZZ_SEED
// (default: the time) override; a failure prints the seed and the shrunk counterexample, and
// FUZZ_SEED=<seed> replays it.
import {spawnSync} from 'node:child_process'

const runs = process.env.FUZZ_RUNS ?? '3000'
const engineRuns = process.env.ENGINE_FUZZ_RUNS ?? '1000000'
const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31)
console.log(`fuzz: ${runs} cases per property and ${engineRuns} engine cases; seed ${seed}`)
const result = spawnSync(
  'vitest',
  ['run', 'test/fuzz.test.ts', 'test/bounded.test.ts', 'test/platforms/fuzz.test.ts', 'test/cut.test.ts', 'test/share-room.test.ts', 'test/x-engine-differential.test.ts', '--testTimeout', '0'],
  {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: {...process.env, FUZZ_RUNS: runs, ENGINE_FUZZ_RUNS: engineRuns, FUZZ_SEED: seed, PROPERTY_RUNS: process.env.PROPERTY_RUNS ?? runs}
  }
)
process.exit(result.status ?? 1)
