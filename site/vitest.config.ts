import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One browser at a time on a two-core machine; the browser files share nothing else.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The browser re-renders on its next frame; on a busy CI machine that can take longer than 1 s.
    expect: {poll: {timeout: 10_000}}
  }
})
