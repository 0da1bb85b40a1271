// A publish outlives what happens to the shared cache after it returns: an instance killed at
// once, and a Redis that comes back empty (no persistence, a failover), holding no trace of what
// the publish revalidated (docs/adr/022).
import type { SpawnSyncReturns } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFresh } from '../helpers/http';

type Servers = typeof import('../../scripts/local-servers');

const SECRET = 'restart-secret-of-32-characters-or-more';
const EDITED = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const REMOVED_SENTENCE = 'made the remarks shortly before setting off for the coastal city';
const VICTIM = '/news/business/tsingtao-brewery-leans-on-premium-beers-as-summer-season-peaks';
/** Prerendered at build: the copies on disk are the oldest. */
const SHOWING_VICTIM = ['/', '/news/business', '/rss.xml'];

let servers: Servers;
let redis: Awaited<ReturnType<Servers['startRedis']>>;
let site: Awaited<ReturnType<Servers['startSite']>>;
let work: string;
let publish: () => SpawnSyncReturns<string>;

async function body(url: string): Promise<string> {
  const response = await fetchFresh(`${site.url}${url}`);
  expect(response.status, url).toBe(200);
  return response.text();
}

beforeAll(async () => {
  servers = await import('../../scripts/local-servers');
  redis = await servers.startRedis();
  ({ work, site, publish } = await servers.startPublishingSite('sdoi-restart-', SECRET, {
    REDIS_URL: redis.url,
    REDIS_PREFIX: 'restart-test:',
  }));
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([site?.stop(), redis?.stop()]);
  rmSync(work, { recursive: true, force: true });
});

describe('a publish with the shared Redis cache', () => {
  it('is what the first answers show after the instance is killed and Redis comes back empty', async () => {
    expect(await body(EDITED)).toContain(REMOVED_SENTENCE);
    for (const page of SHOWING_VICTIM) expect(await body(page), page).toContain(VICTIM);

    const file = path.join(work, 'content', `${EDITED}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/[^.]*made the remarks shortly[^.]*\./, ''));
    rmSync(path.join(work, 'content', `${VICTIM}.md`));
    const published = publish();
    expect(published.status, published.stderr).toBe(0);

    // Redis restarts with nothing in it, on the same address; the instance is killed meanwhile.
    const port = Number(new URL(redis.url).port);
    await redis.stop();
    redis = await servers.startRedis(port);
    await site.restart('SIGKILL');

    expect(await body(EDITED)).not.toContain(REMOVED_SENTENCE);
    expect((await fetchFresh(`${site.url}${VICTIM}`)).status).toBe(404);
    for (const page of SHOWING_VICTIM) expect(await body(page), page).not.toContain(VICTIM);
  });
});
