import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SiteIndex } from '../../lib/content/types';
import { copyOfValid, fixturesDir, indexIn, buildInScratch } from '../helpers/content-build';

/** Every story the search index of a build holds, with its text, by key. */
function searchDocsIn(workDir: string): unknown[] {
  const db = new Database(path.join(workDir, '.contentlayer/search-index.db'), { readonly: true });
  try {
    return db
      .prepare(
        'SELECT docs.key, docs.signature, search.title, search.body FROM docs JOIN search ON search.rowid = docs.id ORDER BY docs.key',
      )
      .all();
  } finally {
    db.close();
  }
}

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
    const result = buildInScratch(path.join(fixturesDir, 'valid'));
    expect(result.status, result.output).toBe(0);
    expect(existsSync(path.join(result.workDir, '.contentlayer/site-index.json'))).toBe(true);
  });

  it.each([
    ['missing-title.md', 'news/china-news/missing-title.md', 'title'],
    ['bad-date.md', 'news/china-news/bad-date.md', 'date'],
    ['unknown-section.md', 'news/sport/unknown-section.md', 'section'],
    ['duplicate-slug.md', 'news/china-news/duplicate-slug.md', 'slug'],
    ['reserved-slug.md', 'news/china-news/reserved-slug.md', 'slug'],
    ['correction-before-story.md', 'news/china-news/correction-before-story.md', 'corrections'],
    ['unknown-author.md', 'news/china-news/unknown-author.md', 'authors'],
    ['long-bio.yml', 'authors/long-winded.yml', 'bio'],
    ['nameless-author.yml', 'authors/nameless.yml', 'name'],
    ['author-portrait-missing.yml', 'authors/portrait-missing.yml', 'image'],
  ])('fails on %s placed at %s, naming the file and the field %s', (file, target, field) => {
    const result = buildInScratch(contentWith(file, target));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(target);
    expect(result.output).toMatch(new RegExp(`\\b${field}\\b`));
    expect(existsSync(path.join(result.workDir, '.contentlayer/site-index.json'))).toBe(false);
  });

  it('names the author a byline names but no profile has', () => {
    const result = buildInScratch(contentWith('unknown-author.md', 'news/china-news/unknown-author.md'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('"no-such-reporter"');
  });

  it('fails on a file outside every document type, naming it', () => {
    const result = buildInScratch(contentWith('stray.md', 'misc/stray.md'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('misc/stray.md');
  });
});

/** The index without its build time, to compare two builds of the same content. */
function contentOf({ sectionPageSize, sections, articles, pages }: SiteIndex) {
  return { sectionPageSize, sections, articles, pages };
}

const newStory = `---
title: "A fourth story"
date: 2018-06-09 09:30
summary: "Added after the first build."
source: Xinhua
---

Fresh body.
`;

describe('incremental content build', () => {
  it('reads only the changed articles and ends with the index a full build writes', () => {
    const dir = copyOfValid();
    const first = buildInScratch(dir);
    expect(first.status, first.output).toBe(0);

    writeFileSync(path.join(dir, 'news/business/fourth-story.md'), newStory);
    const edited = path.join(dir, 'news/china-news/first-story.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "First story, corrected"'));
    rmSync(path.join(dir, 'news/china-news/second-story.md'));

    const again = buildInScratch(dir, first.workDir);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('Incremental content build: 3 changed article file(s)');
    const incremental = indexIn(first.workDir);
    expect(incremental.articles.map((a) => a.title)).toEqual(
      expect.arrayContaining(['A fourth story', 'First story, corrected']),
    );
    expect(incremental.articles.map((a) => a.slug)).not.toContain('second-story');

    const full = buildInScratch(dir);
    expect(full.status, full.output).toBe(0);
    expect(contentOf(incremental)).toEqual(contentOf(indexIn(full.workDir)));
  });

  it('leaves an unchanged folder alone', () => {
    const dir = copyOfValid();
    const first = buildInScratch(dir);
    const before = readFileSync(path.join(first.workDir, '.contentlayer/site-index.json'), 'utf8');
    const again = buildInScratch(dir, first.workDir);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('Content unchanged');
    expect(readFileSync(path.join(first.workDir, '.contentlayer/site-index.json'), 'utf8')).toBe(before);
  });

  it.each([
    ['missing-title.md', 'title'],
    ['duplicate-slug.md', 'slug'],
  ])('refuses %s added after a good build, naming the field %s, and keeps the last good index', (file, field) => {
    const dir = copyOfValid();
    const first = buildInScratch(dir);
    const before = readFileSync(path.join(first.workDir, '.contentlayer/site-index.json'), 'utf8');
    const target = `news/china-news/${file}`;
    cpSync(path.join(fixturesDir, 'broken', file), path.join(dir, target));

    const again = buildInScratch(dir, first.workDir);
    expect(again.status).not.toBe(0);
    expect(again.output).toContain(target);
    expect(again.output).toMatch(new RegExp(`\\b${field}\\b`));
    expect(readFileSync(path.join(first.workDir, '.contentlayer/site-index.json'), 'utf8')).toBe(before);
  });
});

describe('sharded content build', () => {
  it('builds in shards to the index of a single run', () => {
    const sharded = buildInScratch(path.join(fixturesDir, 'valid'), undefined, { CONTENT_SHARD_SIZE: '2' });
    expect(sharded.status, sharded.output).toBe(0);
    expect(sharded.output).toMatch(/Full content build in 2 shards/);
    const single = buildInScratch(path.join(fixturesDir, 'valid'));
    expect(contentOf(indexIn(sharded.workDir))).toEqual(contentOf(indexIn(single.workDir)));
    // The search index, written from the shards beside the merge run, holds what a single run's does.
    expect(sharded.output).toMatch(/Search index \(full\): 3 stories added/);
    expect(searchDocsIn(sharded.workDir)).toEqual(searchDocsIn(single.workDir));
  });

  it('checks slugs across shards', () => {
    const sharded = buildInScratch(contentWith('duplicate-slug.md', 'news/china-news/duplicate-slug.md'), undefined, {
      CONTENT_SHARD_SIZE: '2',
    });
    expect(sharded.status).not.toBe(0);
    expect(sharded.output).toContain('news/china-news/duplicate-slug.md');
    expect(sharded.output).toMatch(/\bslug\b/);
    expect(existsSync(path.join(sharded.workDir, '.contentlayer/site-index.json'))).toBe(false);
    expect(existsSync(path.join(sharded.workDir, '.contentlayer/search-index.db'))).toBe(false);
    expect(existsSync(path.join(sharded.workDir, '.contentlayer/search-index.pending.db'))).toBe(false);
  });
});

describe('the breaking-news banner', () => {
  it('is published alone without rebuilding a story, refused with the field named, and cleared', () => {
    const dir = copyOfValid();
    const first = buildInScratch(dir);
    expect(first.status, first.output).toBe(0);
    const banner = path.join(first.workDir, '.contentlayer', 'breaking.json');
    const source = path.join(dir, 'breaking.yml');
    expect(existsSync(banner)).toBe(false);

    writeFileSync(source, 'text: "Ferry services resume"\nlink: /news/china-news/second-story\n');
    const set = buildInScratch(dir, first.workDir);
    expect(set.status, set.output).toBe(0);
    expect(set.output).toContain('Breaking-news banner published; no story changed.');
    expect(JSON.parse(readFileSync(banner, 'utf8'))).toEqual({
      text: 'Ferry services resume',
      link: '/news/china-news/second-story',
    });

    for (const [text, field] of [
      [`text: "${'x'.repeat(121)}"\n`, 'text'],
      ['text: "Ferry services resume"\nlink: /news/china-news/no-such-story\n', 'link'],
      ['text: [unclosed\n', 'text'],
    ]) {
      writeFileSync(source, text);
      const refused = buildInScratch(dir, first.workDir);
      expect(refused.status, text).not.toBe(0);
      expect(refused.output).toContain(`${path.join(dir, 'breaking.yml')}: field "${field}"`);
      expect(JSON.parse(readFileSync(banner, 'utf8')).text).toBe('Ferry services resume');
    }

    // A story readers cannot see yet: the banner would name it on every page before its time.
    const later = new Date(Date.now() + 365 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    writeFileSync(
      path.join(dir, 'news/china-news/later-story.md'),
      `---\ntitle: "A later story"\ndate: ${later}\nsummary: "Not yet."\nsource: Xinhua\n---\n\nNot yet.\n`,
    );
    writeFileSync(source, 'text: "Ferry services resume"\nlink: /news/china-news/later-story\n');
    const early = buildInScratch(dir, first.workDir);
    expect(early.status, early.output).not.toBe(0);
    expect(early.output).toContain(`${path.join(dir, 'breaking.yml')}: field "link"`);
    expect(early.output).toContain(`is scheduled for ${later.replace('Z', '.000Z')}`);
    expect(JSON.parse(readFileSync(banner, 'utf8')).link).toBe('/news/china-news/second-story');
    rmSync(path.join(dir, 'news/china-news/later-story.md'));

    rmSync(source);
    const cleared = buildInScratch(dir, first.workDir);
    expect(cleared.status, cleared.output).toBe(0);
    expect(existsSync(banner)).toBe(false);
  });
});
