import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from './scripts/chromium-path';

const port = Number(process.env.E2E_PORT || 3210);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  // A committed .only would shrink the suite to one test and pass: refused on every run, CI or not.
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium() },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production server, in a zone far from the site's: pages must still show Beijing time.
    command: 'node --import tsx scripts/start.ts',
    url: `${baseURL}/`,
    // A view store of its own, and rankings read fresh so a counted view shows in the next render.
    env: {
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      TZ: 'America/New_York',
      POPULARITY_DB: path.join(tmpdir(), `sdoi-e2e-${port}-${process.pid}.db`),
      POPULAR_CACHE_SECONDS: '0',
      // The suite searches far more than one reader; the limit itself is tested in test:resilience.
      SEARCH_PER_MINUTE: '100000',
    },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
