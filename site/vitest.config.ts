import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One browser at a time on a two-core machine; the browser files share nothing else.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
