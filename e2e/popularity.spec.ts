import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';

const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
// Neither page is built ahead (PRERENDER_PER_SECTION=5) nor visited by another spec.
const VIEWED = {
  path: '/news/world-news/shandong-holidaymakers-head-abroad-for-spring-festival',
  title: 'Shandong holidaymakers head abroad for the Spring Festival break',
};
const FRESH_PAGE = '/news/world-news/yellow-sea-ferries-carry-more-passengers-as-china-south-korea-ties-warm';
const JUNK_TARGET = '/news/business/weichai-engine-orders-ride-strong-heavy-truck-demand';

async function viewsOf(request: APIRequestContext, articlePath: string, baseURL?: string): Promise<number> {
  const response = await request.get(`${baseURL ?? ''}/api/popular?window=24h&limit=50`);
  expect(response.status()).toBe(200);
  const list = (await response.json()) as { items: { path: string; views: number }[] };
  return list.items.find((item) => item.path === articlePath)?.views ?? 0;
}

test.describe('Most popular', () => {
  test('an article read in the browser rises in /api/popular and in the list', async ({
    browser,
    request,
  }) => {
    const before = await viewsOf(request, VIEWED.path);
    for (const reader of ['one', 'two', 'three']) {
      const context = await browser.newContext({ userAgent: `${BROWSER_UA} reader-${reader}` });
      const page = await context.newPage();
      const beacon = page.waitForRequest((r) => r.url().endsWith('/api/views') && r.method() === 'POST');
      await page.goto(VIEWED.path);
      expect((await beacon).postDataJSON()).toEqual({ path: VIEWED.path });
      await context.close();
    }
    await expect.poll(() => viewsOf(request, VIEWED.path), { timeout: 5000 }).toBe(before + 3);

    const page = await browser.newPage();
    await page.goto(FRESH_PAGE);
    const list = page.getByRole('region', { name: 'Most popular' });
    await expect(list.getByRole('listitem')).toHaveCount(10);
    await expect(list.getByRole('link').first()).toHaveText(VIEWED.title);
  });

  test('every page shows a numbered list of ten articles', async ({ page }) => {
    for (const url of ['/', '/news', '/news/business', '/introduction/history']) {
      await page.goto(url);
      const list = page.getByRole('region', { name: 'Most popular' });
      await expect(list.getByRole('heading', { level: 2 })).toHaveText('Most popular');
      await expect(list.locator('ol > li')).toHaveCount(10);
    }
  });

  test('junk beacons get a 4xx with a reason and change no count', async ({ request }) => {
    const before = await viewsOf(request, JUNK_TARGET);
    const post = (data: string, headers: Record<string, string> = {}) =>
      request.post('/api/views', {
        data,
        headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER_UA, ...headers },
      });
    const cases: [string, Promise<{ status(): number; json(): Promise<unknown> }>, number][] = [
      ['invalid JSON', post('{"path":'), 400],
      ['wrong shape', post(JSON.stringify({ url: JUNK_TARGET })), 400],
      ['over 1 KB', post(JSON.stringify({ path: JUNK_TARGET, pad: 'x'.repeat(2000) })), 413],
      ['unknown article', post(JSON.stringify({ path: '/news/business/no-such-story' })), 404],
      ['draft', post(JSON.stringify({ path: '/news/business/shandong-trade-figures-for-august' })), 404],
      [
        'content type',
        post(JSON.stringify({ path: JUNK_TARGET }), { 'content-type': 'application/xml' }),
        415,
      ],
      ['GET', request.get('/api/views'), 405],
      ['PUT', request.put('/api/views', { data: JSON.stringify({ path: JUNK_TARGET }) }), 405],
    ];
    for (const [name, pending, status] of cases) {
      const response = await pending;
      expect(response.status(), name).toBe(status);
      expect(await response.json(), name).toHaveProperty('error');
    }
    const bot = await post(JSON.stringify({ path: JUNK_TARGET }), {
      'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)',
    });
    expect(bot.status()).toBe(202);
    expect(await bot.json()).toEqual({ counted: false, reason: 'bot' });
    expect(await viewsOf(request, JUNK_TARGET)).toBe(before);
  });

  test('/api/popular validates, caches and answers 304', async ({ request }) => {
    for (const query of ['window=1y', 'section=sport', 'limit=0', 'limit=51', 'limit=x']) {
      const response = await request.get(`/api/popular?${query}`);
      expect(response.status(), query).toBe(400);
      expect(await response.json(), query).toHaveProperty('error');
    }
    const response = await request.get('/api/popular?window=7d&section=business&limit=5');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toMatch(/public, max-age=\d+, stale-while-revalidate=\d+/);
    const body = await response.json();
    expect(body).toMatchObject({ window: '7d', section: 'business', stale: false });
    expect(body.items).toHaveLength(5);
    expect(body.items.every((item: { section: string }) => item.section === 'business')).toBe(true);
    const etag = response.headers()['etag'];
    const again = await request.get('/api/popular?window=7d&section=business&limit=5', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status()).toBe(304);
  });

  test('a restarted server still has its counts', async ({ request }) => {
    const { startSite } = await import('../scripts/local-servers');
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-restart-')), 'views.db');
    const env = { POPULARITY_DB: db, POPULAR_CACHE_SECONDS: '0' };
    let site = await startSite(env);
    const port = Number(new URL(site.url).port);
    try {
      for (const reader of ['a', 'b']) {
        const response = await request.post(`${site.url}/api/views`, {
          data: JSON.stringify({ path: JUNK_TARGET }),
          headers: { 'content-type': 'text/plain', 'user-agent': `${BROWSER_UA} restart-${reader}` },
        });
        expect(await response.json()).toEqual({ counted: true });
      }
      // A 2xx view is durable within a second: wait that long, then kill without a chance to flush.
      await new Promise((r) => setTimeout(r, 1000));
      site.child.kill('SIGKILL');
      await new Promise((r) => site.child.once('exit', r));
      site = await startSite(env, port);
      expect(await viewsOf(request, JUNK_TARGET, site.url)).toBe(2);
    } finally {
      await site.stop();
    }
  });
});

test.describe('Most popular on Redis', () => {
  test('counts go to Redis, survive the site, and a Redis outage gets fast 503s', async ({ request }) => {
    const { startRedis, startSite } = await import('../scripts/local-servers');
    const redis = await startRedis();
    const env = { REDIS_URL: redis.url, POPULAR_CACHE_SECONDS: '0' };
    let site = await startSite({
      ...env,
      POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-r1-')), 'v.db'),
    });
    try {
      const beacon = (reader: string) =>
        request.post(`${site.url}/api/views`, {
          data: JSON.stringify({ path: JUNK_TARGET }),
          headers: { 'content-type': 'text/plain', 'user-agent': `${BROWSER_UA} redis-${reader}` },
        });
      expect(await (await beacon('a')).json()).toEqual({ counted: true });
      await site.stop();
      // Another instance with an empty SQLite file sees the same count: it lives in Redis.
      site = await startSite({
        ...env,
        POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-r2-')), 'v.db'),
      });
      expect(await viewsOf(request, JUNK_TARGET, site.url)).toBe(1);

      await redis.stop();
      const started = Date.now();
      const refused = await beacon('b');
      expect(refused.status()).toBe(503);
      expect(Date.now() - started).toBeLessThan(1000);
      const page = await request.get(`${site.url}/news/business`);
      expect(page.status()).toBe(200);
      expect(await page.text()).toContain('Most popular');
      const popular = await request.get(`${site.url}/api/popular`);
      expect(popular.status()).toBe(200);
      expect((await popular.json()).items.length).toBe(10);
    } finally {
      await site.stop();
      await redis.stop();
    }
  });
});
