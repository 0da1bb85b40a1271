import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { fixturesDir, buildInScratch } from './content-build';

/**
 * Builds the valid fixture (plus any extra files) with the real content build and points
 * lib/content at the result. Call before importing anything that imports lib/site.
 */
export function useFixtureContent(extraFiles: Record<string, string> = {}): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdoi-fixture-'));
  cpSync(path.join(fixturesDir, 'valid'), dir, { recursive: true });
  for (const [file, text] of Object.entries(extraFiles)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const build = buildInScratch(dir);
  expect(build.status, build.output).toBe(0);
  process.env.CONTENTLAYER_DIR = path.join(build.workDir, '.contentlayer');
}
