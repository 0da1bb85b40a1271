import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['test/**/*.test.ts'],
    // Needs a production build and nginx: `npm run test:cluster` (vitest.cluster.config.ts).
    exclude: ['test/cluster/**', 'test/resilience/**'],
    environment: 'node',
    // A committed .only would shrink the suite to one file's test and pass: refused on every run.
    allowOnly: false,
    // Most of the suite's time is content builds in child processes, one core each, while the
    // test waits: two files at once keep both cores of a CI machine busy (vitest's default is one
    // less than the cores).
    maxWorkers: 2,
    globalSetup: ['test/helpers/redis-server.ts'],
    // A test of content builds runs up to three of them (a sharded one is several processes),
    // beside another file's: on two busy cores that can take a minute.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
