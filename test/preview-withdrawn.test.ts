import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/lib/clock';
import { signPreview } from '@/lib/preview';
import { buildInScratch, copyOfValid } from './helpers/content-build';

// What a preview link opens once its story was published and then withdrawn (docs/adr/018).
const SECRET = 'preview-secret-for-tests-0123456789abcdef';
const AT = Date.parse('2018-06-12T00:00:00Z');
const STORY = 'news/china-news/second-story.md';

describe('a preview link to a published story', () => {
  let contentDir: string;
  let workDir: string;
  let guard: typeof import('@/lib/server/guard');
  const publish = () => {
    const build = buildInScratch(contentDir, workDir);
    expect(build.status, build.output).toBe(0);
  };
  const judged = () =>
    guard.judgeRequest({
      method: 'GET',
      url: `/preview/${signPreview({ story: 'china-news/second-story', expires: AT + 3_600_000 }, SECRET)}`,
      httpVersionMajor: 1,
      hosts: 1,
    }).kind;

  beforeAll(async () => {
    process.env.PREVIEW_SECRET = SECRET;
    contentDir = copyOfValid();
    const build = buildInScratch(contentDir);
    expect(build.status, build.output).toBe(0);
    workDir = build.workDir;
    process.env.CONTENTLAYER_DIR = path.join(workDir, '.contentlayer');
    guard = await import('@/lib/server/guard');
  });
  afterEach(() => setClock(undefined));

  it('opens while the content holds the story in any state, and is a 404 once its file is gone', () => {
    setClock(new Date(AT));
    expect(judged()).toBe('pass');
    // Withdrawn to a draft: the link shows the draft, as it would before the story was published.
    const file = path.join(contentDir, STORY);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
    publish();
    expect(judged()).toBe('pass');
    // Taken down (the file removed): every link to it is closed at once.
    rmSync(file);
    publish();
    expect(judged()).toBe('not-found');
  });
});
