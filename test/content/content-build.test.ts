import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runContentBuild } from '../helpers/content-build';

/** The valid fixture plus one broken file at `target` (relative to the content folder). */
function contentWith(brokenFile: string, target: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdoi-broken-'));
  cpSync(path.join(fixturesDir, 'valid'), dir, { recursive: true });
  mkdirSync(path.dirname(path.join(dir, target)), { recursive: true });
  cpSync(path.join(fixturesDir, 'broken', brokenFile), path.join(dir, target));
  return dir;
}

describe('content build', () => {
  it('builds valid content and writes the site index', () => {
    const result = runContentBuild(path.join(fixturesDir, 'valid'));
    expect(result.status, result.output).toBe(0);
    expect(existsSync(path.join(result.workDir, '.contentlayer/site-index.json'))).toBe(true);
  });

  it.each([
    ['missing-title.md', 'news/china-news/missing-title.md', 'title'],
    ['bad-date.md', 'news/china-news/bad-date.md', 'date'],
    ['unknown-section.md', 'news/sport/unknown-section.md', 'section'],
    ['duplicate-slug.md', 'news/china-news/duplicate-slug.md', 'slug'],
    ['reserved-slug.md', 'news/china-news/reserved-slug.md', 'slug'],
  ])('fails on %s placed at %s, naming the file and the field %s', (file, target, field) => {
    const result = runContentBuild(contentWith(file, target));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(target);
    expect(result.output).toMatch(new RegExp(`\\b${field}\\b`));
    expect(existsSync(path.join(result.workDir, '.contentlayer/site-index.json'))).toBe(false);
  });

  it('fails on a file outside every document type, naming it', () => {
    const result = runContentBuild(contentWith('stray.md', 'misc/stray.md'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('misc/stray.md');
  });
});
