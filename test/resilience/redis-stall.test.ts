// A Redis that accepts connections and answers nothing (a stopped process, a saturated server, a
// partition that sends no reset) costs its own features, never a page: the ISR cache misses, view
// counts fail fast, and everything comes back when Redis does.
import { afterEach, describe, expect, it } from 'vitest';
import { startRedis, startSite, type LocalServer } from '../../scripts/local-servers';
import { fetchFresh } from '../helpers/http';

const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const TITLE = 'CIS leader looks to closer ties with SCO ahead of Qingdao summit';
const POPULAR = '/api/popular?window=24h&limit=5';
const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
/** Pages and what each shows: every one reads the ISR cache and the Most popular list. */
const PAGES: [string, string][] = [
  ['/', 'Most popular'],
  ['/news/china-news', TITLE],
  [ARTICLE, TITLE],
  ['/tags/qingdao', TITLE],
];
/** Far above REDIS_TIMEOUT_MS and a render on a busy machine, far below the hang it replaces. */
const BOUND_MS = 5_000;

const running: LocalServer[] = [];
afterEach(async () => {
  // Redis is continued before anything stops, even when a check failed while it was stalled.
  for (const server of running) server.child.kill('SIGCONT');
  await Promise.allSettled(running.reverse().map((server) => server.stop()));
  running.length = 0;
});

async function timed(url: string, init: RequestInit = {}) {
  const started = performance.now();
  const response = await fetchFresh(url, { ...init, signal: AbortSignal.timeout(3 * BOUND_MS) });
  return { response, ms: performance.now() - started };
}

function beacon(url: string, reader: string) {
  return timed(`${url}/api/views`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': `${UA} reader/${reader}` },
    body: JSON.stringify({ path: ARTICLE }),
  });
}

async function viewsOf(url: string): Promise<{ stale: boolean; views: number | undefined }> {
  const { response, ms } = await timed(`${url}${POPULAR}`);
  expect(response.status).toBe(200);
  expect(ms).toBeLessThan(BOUND_MS);
  const list = (await response.json()) as { stale: boolean; items: { path: string; views: number }[] };
  return { stale: list.stale, views: list.items.find((item) => item.path === ARTICLE)?.views };
}

describe('Redis stalled while the server runs', () => {
  it('pages answer with their content, beacons get a fast 503, the list its last ranking; all recover on SIGCONT', async () => {
    const redis = await startRedis();
    running.push(redis);
    const site = await startSite({ REDIS_URL: redis.url, POPULAR_CACHE_SECONDS: '0' });
    running.push(site);
    for (const reader of ['a', 'b'])
      expect((await (await beacon(site.url, reader)).response.json()).counted).toBe(true);
    expect(await viewsOf(site.url)).toEqual({ stale: false, views: 2 });
    for (const [page] of PAGES) expect((await fetchFresh(`${site.url}${page}`)).status, page).toBe(200);

    process.kill(redis.child.pid!, 'SIGSTOP');
    // Twice: the first requests find the connection stalled, the later ones find it given up.
    for (const round of [1, 2]) {
      for (const [page, shows] of PAGES) {
        const { response, ms } = await timed(`${site.url}${page}`);
        expect(response.status, `${page} (round ${round})`).toBe(200);
        expect(await response.text(), page).toContain(shows);
        expect(ms, `${page} (round ${round})`).toBeLessThan(BOUND_MS);
      }
      expect(await viewsOf(site.url)).toEqual({ stale: true, views: 2 });
      const counted = await beacon(site.url, `stalled-${round}`);
      expect(counted.response.status).toBe(503);
      expect(counted.response.headers.get('retry-after')).toBeTruthy();
      expect(counted.ms).toBeLessThan(1_500);
    }

    process.kill(redis.child.pid!, 'SIGCONT');
    await expect
      .poll(async () => (await beacon(site.url, 'back')).response.status, { timeout: 15_000, interval: 250 })
      .toBe(202);
    expect(await viewsOf(site.url)).toEqual({ stale: false, views: 3 });
    // The ISR cache is written and read again: a page rendered now is a cache hit next time.
    await expect
      .poll(async () => (await fetchFresh(`${site.url}${ARTICLE}`)).headers.get('x-nextjs-cache'), {
        timeout: 15_000,
        interval: 250,
      })
      .toBe('HIT');
  }, 120_000);
});
