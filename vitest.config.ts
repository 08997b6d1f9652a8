import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/build/**/*.test.ts', 'src/**/*.test.ts'],
    // Build tests run `astro build` and share its cache: one file at a time.
    fileParallelism: false,
    testTimeout: 20_000,
  },
});
