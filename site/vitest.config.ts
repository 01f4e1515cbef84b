import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One server and one Chromium for all files (test/global-setup.ts); files run one at a time on a
    // two-core machine.
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The browser re-renders on its next frame; on a busy CI machine that can take longer than 1 s.
    expect: {poll: {timeout: 10_000}}
  }
})
