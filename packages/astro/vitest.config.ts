/// <reference types="vitest/config" />
import {getViteConfig} from 'astro/config'

// Astro's Vite config lets vitest import `.astro` files, which the container API then renders.
export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
