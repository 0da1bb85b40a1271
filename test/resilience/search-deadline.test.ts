// A search that outlasts its deadline on the search thread of `npm start` is answered 503 with
// Retry-After when the deadline passes, and the next search is answered again. The index is made
// slow for real: another connection holds it locked, so the thread's SQLite waits inside its query.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_INDEX_FILE } from '../../lib/search/schema';
import { site as settings } from '../../lib/site';
import { root } from '../../scripts/run-script';
import { startSite, type LocalServer } from '../../scripts/local-servers';
import { fetchFresh } from '../helpers/http';

let site: LocalServer;
let edition: string;

beforeAll(async () => {
  // An edition of its own: the lock must not hold up the other servers of the suite.
  edition = path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-deadline-')), 'edition');
  cpSync(path.join(root, settings.editionDir), edition, { recursive: true });
  site = await startSite({ CONTENTLAYER_DIR: edition });
});
afterAll(async () => {
  await site?.stop();
  rmSync(path.dirname(edition), { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(target: string) {
  const started = performance.now();
  const response = await fetchFresh(`${site.url}${target}`);
  return { response, ms: performance.now() - started };
}

describe('a search past its deadline', () => {
  it('is answered 503 with Retry-After at the deadline, and the next search is answered', async () => {
    expect((await fetchFresh(`${site.url}/api/search?q=qingdao`)).status).toBe(200);

    const lock = new Database(path.join(edition, SEARCH_INDEX_FILE));
    let api: Awaited<ReturnType<typeof timed>>;
    let page: Awaited<ReturnType<typeof timed>>;
    try {
      lock.exec('BEGIN EXCLUSIVE');
      api = await timed('/api/search?q=harbour');
      page = await timed('/search?q=ferry');
    } finally {
      lock.close();
    }
    const { deadlineMs } = settings.search.pool;
    expect(api.response.status).toBe(503);
    expect(api.response.headers.get('retry-after')).toBe('5');
    expect(await api.response.json()).toEqual({ error: 'Search is busy: try again in a moment.' });
    expect(api.ms).toBeGreaterThanOrEqual(deadlineMs - 50);
    // Well before SQLite would give up waiting for the lock (5 s).
    expect(api.ms).toBeLessThan(deadlineMs + 3_000);
    expect(page.response.status).toBe(503);
    expect(page.response.headers.get('retry-after')).toBe('5');
    expect(await page.response.text()).toContain('Search is busy');

    // The two threads let go finish their searches once the index is free; while both still run,
    // a search is answered 503 at once, never held.
    const search = () => fetchFresh(`${site.url}/api/search?q=jinan`);
    let next = await search();
    for (let tries = 1; next.status === 503 && tries < 50; tries++) {
      await pause(100);
      next = await search();
    }
    expect(next.status).toBe(200);
    expect((await next.json()).total).toBeGreaterThan(0);
  });
});
