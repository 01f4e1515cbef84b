/// <reference types="vitest/config" />
import {getViteConfig} from 'astro/config'

// Astro's Vite config lets vitest import `.astro` files, which the container API then renders.
export default getViteConfig(
  {
    test: {
      include: ['test/**/*.test.ts'],
      // The integration tests run two real `astro build`s; on a busy 2-core machine one takes ~30 s.
      testTimeout: 120_000,
      hookTimeout: 120_000
    }
  },
  // This package is not a site: without this, Astro warns that it has no `src/pages`.
  {logLevel: 'error'}
)
