// Config for the Node 20 floor run (scripts/test-node20.mjs). The workspace tests on Node 24 with the newest
// vitest, which no longer starts on Node 20; this runs the same test files with vitest 4 (`vitest-node20`)
// under the oldest Node the published packages support. Test files import from 'vitest', so that name is
// pointed at vitest 4 here. Kept free of imports so loading it cannot pull in vitest 5.
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)))
const vitest4 = path.join(root, 'node_modules/vitest-node20')
const pkg = process.cwd()
const globalSetup = path.join(pkg, 'test/build.ts')
const setup = path.join(pkg, 'test/setup-fast-check.ts')

export default {
  resolve: {alias: [{find: /^vitest$/, replacement: path.join(vitest4, 'dist/index.js')}]},
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    ...(existsSync(globalSetup) ? {globalSetup: [globalSetup]} : {}),
    ...(existsSync(setup) ? {setupFiles: [setup]} : {})
  }
}
