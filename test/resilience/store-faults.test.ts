// A view store that cannot be opened costs "Most popular" its counts, nothing else: pages, the
// not-found page and /api/popular answer as always, and beacons get a fast 503.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startRedis, startSite } from '../../scripts/local-servers';
import { fetchFresh } from '../helpers/http';

const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

async function expectSiteServesWithoutCounts(url: string) {
  const article = await fetchFresh(`${url}${ARTICLE}`);
  expect(article.status).toBe(200);
  expect(await article.text()).toContain('Most popular');
  expect((await fetchFresh(`${url}/`)).status).toBe(200);
  expect((await fetchFresh(`${url}/news/china-news/no-such-story`)).status).toBe(404);

  const popular = await fetchFresh(`${url}/api/popular?limit=5`);
  expect(popular.status).toBe(200);
  const list = await popular.json();
  expect(list.stale).toBe(true);
  expect(list.items.length).toBe(5);

  const started = performance.now();
  const beacon = await fetchFresh(`${url}/api/views`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': UA },
    body: JSON.stringify({ path: ARTICLE }),
  });
  expect(beacon.status).toBe(503);
  expect(beacon.headers.get('retry-after')).toBeTruthy();
  expect(performance.now() - started).toBeLessThan(1_500);
}

describe('a broken view store', () => {
  it('a store file that is not SQLite: the site serves, the file is left as it was', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-fault-')), 'views.db');
    const junk = 'This file is not an SQLite database. '.repeat(200);
    writeFileSync(file, junk);
    const site = await startSite({ POPULARITY_DB: file, POPULAR_CACHE_SECONDS: '0' });
    try {
      await expectSiteServesWithoutCounts(site.url);
      expect(readFileSync(file, 'utf8')).toBe(junk);
    } finally {
      await site.stop();
    }
  });

  it('Redis gone when the server starts: the site serves', async () => {
    const nobody = `redis://127.0.0.1:${await freePort()}`;
    const site = await startSite({ REDIS_URL: nobody, POPULAR_CACHE_SECONDS: '0' });
    try {
      await expectSiteServesWithoutCounts(site.url);
    } finally {
      await site.stop();
    }
  });
});

describe('Redis gone while the server runs', () => {
  it('views counted before stay counted, pages keep answering, beacons get a fast 503', async () => {
    const redis = await startRedis();
    const site = await startSite({ REDIS_URL: redis.url, POPULAR_CACHE_SECONDS: '0' });
    try {
      for (let i = 0; i < 3; i++) {
        const beacon = await fetchFresh(`${site.url}/api/views`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': `${UA} reader/${i}` },
          body: JSON.stringify({ path: ARTICLE }),
        });
        expect(await beacon.json()).toEqual({ counted: true });
      }
      const top = async () => (await (await fetchFresh(`${site.url}/api/popular?limit=1`)).json()).items[0];
      expect(await top()).toMatchObject({ path: ARTICLE, views: 3 });
      await redis.stop();
      await expectSiteServesWithoutCounts(site.url);
      // The last good ranking, counted views included, is what the list shows meanwhile.
      expect(await top()).toMatchObject({ path: ARTICLE, views: 3 });
    } finally {
      await site.stop();
      await redis.stop();
    }
  });
});

describe('junk URLs with the shared ISR cache on Redis', () => {
  it('store nothing in Redis: 2,000 unknown URLs leave its keys as they were, and every key expires', async () => {
    const { createClient } = await import('redis');
    const redis = await startRedis();
    const site = await startSite({ REDIS_URL: redis.url }, undefined, { ownBuild: true });
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      // The pages a reader visits first, so their keys exist before the count; the not-found page
      // is one entry, whatever path asked for it.
      for (const known of ['/', ARTICLE, '/news/china-news'])
        expect((await fetchFresh(`${site.url}${known}`)).status).toBe(200);
      expect((await fetchFresh(`${site.url}/news/china-news/first-junk`)).status).toBe(404);
      const keys = async () => {
        const all: string[] = [];
        for await (const batch of client.scanIterator({ COUNT: 500 })) all.push(...batch);
        return all.sort();
      };
      // Each page a reader saw is kept in Redis, under the ISR cache's prefix ('/' as '/index').
      const pageKeys = async () =>
        (await keys()).filter((key) =>
          ['/index', ARTICLE, '/news/china-news'].some(
            (page) => key.startsWith('sdoi:isr:') && key.endsWith(`$${page}`),
          ),
        );
      await expect.poll(pageKeys, { timeout: 5_000, interval: 100 }).toHaveLength(3);
      const before = await keys();
      for (let n = 0; n < 2_000; n += 50) {
        const statuses = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            fetchFresh(
              `${site.url}${(n + i) % 2 ? `/news/china-news/junk-${n + i}` : `/news/junk-${n + i}/rss.xml`}`,
            ).then((r) => r.status),
          ),
        );
        expect(new Set(statuses)).toEqual(new Set([404]));
      }
      expect(await keys()).toEqual(before);
      // Keys of a Redis store grow with pages and views, never with requests: each expires or is a bounded tag map.
      for await (const keys of client.scanIterator({ COUNT: 500 })) {
        for (const key of keys) {
          const ttl = await client.ttl(key);
          if (ttl === -1) expect(await client.type(key), key).toBe('hash');
        }
      }
    } finally {
      await client.quit();
      await site.stop();
      await redis.stop();
    }
  }, 120_000);
});
