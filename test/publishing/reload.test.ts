import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, buildInScratch } from '../helpers/content-build';

let contentDir: string;
let workDir: string;
let store: typeof import('@/lib/content/store');

beforeAll(async () => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'sdoi-reload-'));
  cpSync(path.join(fixturesDir, 'valid'), contentDir, { recursive: true });
  const build = buildInScratch(contentDir);
  expect(build.status, build.output).toBe(0);
  workDir = build.workDir;
  process.env.CONTENTLAYER_DIR = path.join(workDir, '.contentlayer');
  store = await import('@/lib/content/store');
});

const FILE = 'news/china-news/first-story.md';
const bodyOf = (content: ReturnType<typeof store.currentContent>) =>
  store.readBodyHtml(content.articlesByKey.get('china-news/first-story')!.bodyFile);

describe('publishing while pages render', () => {
  it('keeps a snapshot whole: an old index still reads its own bodies after a new one lands', async () => {
    const before = store.currentContent();
    expect(await bodyOf(before)).toContain('Second paragraph.');

    const file = path.join(contentDir, FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Second paragraph.', 'Rewritten paragraph.'));
    expect(buildInScratch(contentDir, workDir).status).toBe(0);

    const after = store.currentContent();
    expect(after).not.toBe(before);
    expect(await bodyOf(after)).toContain('Rewritten paragraph.');
    expect(await bodyOf(before)).toContain('Second paragraph.');
  });

  it('reads a new index at the next request, without being told (every instance on a shared folder)', () => {
    const before = store.currentContent();
    const file = path.join(workDir, '.contentlayer/site-index.json');
    const original = readFileSync(file, 'utf8');
    const swapped = { ...(JSON.parse(original) as object), builtAt: '2030-01-01T00:00:00.000Z' };
    try {
      writeFileSync(`${file}.next`, JSON.stringify(swapped));
      renameSync(`${file}.next`, file);
      expect(store.currentContent()).not.toBe(before);
      expect(store.currentContent().index.builtAt).toBe('2030-01-01T00:00:00.000Z');
    } finally {
      writeFileSync(`${file}.next`, original);
      renameSync(`${file}.next`, file);
    }
  });

  it('keeps the last good index when a build fails', async () => {
    const good = store.currentContent();
    const broken = path.join(contentDir, 'news/china-news/broken.md');
    writeFileSync(broken, '---\ndate: 2018-06-01 10:00\n---\n\nNo title.\n');
    expect(buildInScratch(contentDir, workDir).status).not.toBe(0);
    expect(store.currentContent().index.builtAt).toBe(good.index.builtAt);
    rmSync(broken);
  });
});

describe('body files', () => {
  it('are removed once neither the live index nor the one before it names them', async () => {
    const { readdirSync } = await import('node:fs');
    const bodies = () => readdirSync(path.join(workDir, '.contentlayer/bodies'));
    const file = path.join(contentDir, 'news/china-news/second-story.md');
    const original = readFileSync(file, 'utf8');
    const count = bodies().length;
    for (const edit of ['First edit.', 'Second edit.', 'Third edit.']) {
      writeFileSync(file, original.replace('Body.', edit));
      expect(buildInScratch(contentDir, workDir).status).toBe(0);
    }
    // The live index names the third edit and the index before it the second: the first is gone.
    const texts = bodies().map((name) =>
      readFileSync(path.join(workDir, '.contentlayer/bodies', name), 'utf8'),
    );
    expect(texts.some((t) => t.includes('Third edit.'))).toBe(true);
    expect(texts.some((t) => t.includes('Second edit.'))).toBe(true);
    expect(texts.some((t) => t.includes('First edit.'))).toBe(false);
    expect(bodies().length).toBeLessThanOrEqual(count + 1);
  });
});
