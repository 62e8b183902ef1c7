import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // integration suites share one Neo4j and one browser: keep files sequential to stay predictable
    fileParallelism: false,
  },
});
