import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['test/**/*.test.ts'],
    // Needs a production build and nginx: `npm run test:cluster` (vitest.cluster.config.ts).
    exclude: ['test/cluster/**', 'test/resilience/**'],
    environment: 'node',
    globalSetup: ['test/helpers/redis-server.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
