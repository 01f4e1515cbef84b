import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/build.ts'],
    // The tests spawn the built bin; the 10 MB stdin case needs more than the default 5 s.
    testTimeout: 60_000
  }
})
