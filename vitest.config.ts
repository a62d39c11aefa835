import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Explicit: vitest would otherwise pick up *.test.ts anywhere, scratch folders included.
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
