import { defineConfig } from 'vitest/config';

// `npm run test:cluster`: the multi-instance checks, which start their own Redis, instances and nginx.
export default defineConfig({
  test: {
    include: ['test/cluster/**/*.test.ts'],
    environment: 'node',
    // A committed .only would shrink the suite to one file's test and pass: refused on every run.
    allowOnly: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
