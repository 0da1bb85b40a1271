import path from 'node:path';
import { defineConfig } from 'vitest/config';

// `npm run test:resilience`: junk requests, floods, faults and hostile content against production servers.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['test/resilience/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
