import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheTagsOf,
  parsePublishRecord,
  PUBLISH_RECORD_MAX_PATHS,
  readPublishRecord,
  withPublish,
} from '@/lib/content/publish-record';

describe('the publish record', () => {
  it('keeps each path at its latest publish, and a change of everything drops what it covers', () => {
    let record = withPublish(undefined, { paths: ['/', '/news'] }, 100);
    record = withPublish(record, { paths: ['/news', '/rss.xml'] }, 200);
    expect(record).toEqual({ paths: { '/': 100, '/news': 200, '/rss.xml': 200 } });
    record = withPublish(record, { all: true }, 300);
    expect(record).toEqual({ all: 300, paths: {} });
    expect(withPublish(record, { paths: ['/'] }, 400)).toEqual({ all: 300, paths: { '/': 400 } });
  });

  it('says "everything" once it would hold too many paths, as of the newest of them', () => {
    const paths = Array.from(
      { length: PUBLISH_RECORD_MAX_PATHS + 1 },
      (_, i) => `/news/china-news/page/${i}`,
    );
    expect(withPublish({ all: 5, paths: {} }, { paths }, 700)).toEqual({ all: 700, paths: {} });
  });

  it('reads only a record of its shape', () => {
    expect(parsePublishRecord('{"all":1,"paths":{"/":2}}')).toEqual({ all: 1, paths: { '/': 2 } });
    for (const text of ['', 'null', '[]', '{"paths":{"/":"soon"}}', '{"all":"x","paths":{}}', '{"all":1}'])
      expect(parsePublishRecord(text), text).toBeUndefined();
  });

  it('tells a record that is not there from one that is damaged', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sdoi-record-'));
    const file = path.join(dir, 'published.json');
    expect(readPublishRecord(file)).toBeUndefined();
    writeFileSync(file, '{"paths":');
    expect(readPublishRecord(file)).toBe('damaged');
    writeFileSync(file, '{"all":5,"paths":{}}');
    expect(readPublishRecord(file)).toEqual({ all: 5, paths: {} });
    rmSync(dir, { recursive: true });
  });

  it('names pages by the cache tags Next revalidates for them', () => {
    expect(cacheTagsOf({ all: true })).toEqual(['_N_T_/layout']);
    expect(cacheTagsOf({ path: '/news/china-news/a-story' })).toEqual(['_N_T_/news/china-news/a-story']);
    expect(cacheTagsOf({ path: '/' })).toEqual(['_N_T_/', '_N_T_/index']);
    expect(cacheTagsOf({ path: '/tags/济南/' })).toEqual(['_N_T_/tags/%E6%B5%8E%E5%8D%97']);
  });
});
