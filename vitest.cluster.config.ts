import { defineConfig } from 'vitest/config';

// `npm run test:cluster`: the multi-instance checks, which start their own Redis, instances and nginx.
export default defineConfig({
  test: {
    include: ['test/cluster/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
