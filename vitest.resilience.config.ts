import path from 'node:path';
import { defineConfig } from 'vitest/config';

// `npm run test:resilience`: junk requests, floods, faults and hostile content against production servers.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['test/resilience/**/*.test.ts'],
    environment: 'node',
    // A committed .only would shrink the suite to one file's test and pass: refused on every run.
    allowOnly: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
