import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SiteIndex } from '../../lib/content/types';
import { runContentBuild, type ContentBuildResult } from '../../scripts/content-build-process';

const root = path.resolve(import.meta.dirname, '../..');

export interface ScratchBuildResult extends ContentBuildResult {
  /** The folder whose `.contentlayer/` holds the generated content. */
  workDir: string;
}

/** Runs the real content build on a content folder, in a scratch folder so the site's own output is untouched. */
export function buildInScratch(
  contentDir: string,
  reuseWorkDir?: string,
  env: Record<string, string> = {},
): ScratchBuildResult {
  const workDir = reuseWorkDir ?? mkdtempSync(path.join(tmpdir(), 'sdoi-content-'));
  if (!reuseWorkDir) symlinkSync(path.join(root, 'node_modules'), path.join(workDir, 'node_modules'));
  const result = runContentBuild(
    { contentDir, editionDir: '.contentlayer', cwd: workDir, env },
    { timeoutMs: 60_000 },
  );
  return { ...result, workDir };
}

export const fixturesDir = path.join(root, 'test/fixtures/content');

/** A writable copy of the valid fixture. */
export function copyOfValid(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdoi-valid-'));
  cpSync(path.join(fixturesDir, 'valid'), dir, { recursive: true });
  return dir;
}

/** The site index a build in `workDir` wrote. */
export function indexIn(workDir: string): SiteIndex {
  return JSON.parse(readFileSync(path.join(workDir, '.contentlayer/site-index.json'), 'utf8')) as SiteIndex;
}
