import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-failure fixtures run real `astro build`s; browser tests start Chromium.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One file at a time keeps Chromium and astro builds from fighting over 2 cores.
    fileParallelism: false,
  },
});
