import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptViewBeacon, beaconInputOf, type BeaconResult } from '@/lib/popularity/beacon';
import { RateLimiter } from '@/lib/http/rate-limit';
import { RedisStore } from '@/lib/popularity/redis-store';
import type { PopularityStore } from '@/lib/popularity/types';
import { freePort } from '../helpers/ports';
import { storeKinds, testStoreOptions } from '../helpers/stores';
import { clockStandsAt } from '../helpers/clock';

const ARTICLE = '/news/china-news/first-story';
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const NOW = new Date('2026-11-28T10:30:00Z');
clockStandsAt(NOW);
const published: Record<string, string> = { [ARTICLE]: 'china-news' };

function beacon(body: string, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1/api/views', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      'user-agent': BROWSER,
      'x-client-ip': '192.0.2.1',
      ...headers,
    },
  });
}

describe.each(storeKinds)('view beacons on the $kind store', ({ open }) => {
  let store: PopularityStore;
  let limiter: RateLimiter;
  beforeEach(() => {
    store = open();
    limiter = new RateLimiter(5, 60_000);
  });
  afterEach(async () => {
    await store.close();
  });

  const send = (request: Request, now = NOW): Promise<BeaconResult> =>
    acceptViewBeacon(beaconInputOf(request), {
      store,
      limiter,
      maxBytes: 1024,
      sectionOf: (path) => published[path],
      now,
    });
  const views = async () =>
    (await store.rank({ hours: 24, limit: 10, now: NOW })).reduce((n, r) => n + r.views, 0);

  it('counts a beacon sent as text/plain or application/json', async () => {
    expect(await send(beacon(JSON.stringify({ path: ARTICLE })))).toMatchObject({
      status: 202,
      body: { counted: true },
    });
    const json = beacon(JSON.stringify({ path: ARTICLE }), {
      'content-type': 'application/json',
      'user-agent': `${BROWSER} 2`,
    });
    expect(await send(json)).toMatchObject({ status: 202, body: { counted: true } });
    expect(await views()).toBe(2);
  });

  it.each([
    ['invalid JSON', beacon('{"path":'), 400],
    ['a body that is not an object with a path', beacon('["/news/china-news/first-story"]'), 400],
    ['extra fields', beacon(JSON.stringify({ path: ARTICLE, user: 'x' })), 400],
    [
      'a path that is not a published article',
      beacon(JSON.stringify({ path: '/news/china-news/unfinished' })),
      404,
    ],
    ['a path outside the news', beacon(JSON.stringify({ path: '/introduction/overview' })), 404],
    ['a body over 1 KB', beacon(JSON.stringify({ path: ARTICLE, pad: 'x'.repeat(1100) })), 413],
    [
      'another content type',
      beacon(JSON.stringify({ path: ARTICLE }), { 'content-type': 'application/xml' }),
      415,
    ],
  ])('refuses %s and changes no count', async (_, request, status) => {
    const result = await send(request);
    expect(result.status).toBe(status);
    expect(result.body).toHaveProperty('error');
    expect(await views()).toBe(0);
  });

  it.each([
    'Googlebot/2.1 (+http://www.google.com/bot.html)',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36',
    '',
  ])('accepts but does not count the bot "%s"', async (userAgent) => {
    const result = await send(beacon(JSON.stringify({ path: ARTICLE }), { 'user-agent': userAgent }));
    expect(result).toMatchObject({ status: 202, body: { counted: false, reason: 'bot' } });
    expect(await views()).toBe(0);
  });

  it('counts a repeat view within 30 minutes once', async () => {
    const body = JSON.stringify({ path: ARTICLE });
    await send(beacon(body));
    expect(await send(beacon(body))).toMatchObject({
      status: 202,
      body: { counted: false, reason: 'repeat' },
    });
    expect(await send(beacon(body, { 'x-client-ip': '192.0.2.2' }))).toMatchObject({
      body: { counted: true },
    });
    expect(await views()).toBe(2);
  });

  it('answers 429 past the per-visitor limit', async () => {
    const body = JSON.stringify({ path: ARTICLE });
    for (let i = 0; i < 5; i++) expect((await send(beacon(body))).status).toBe(202);
    const refused = await send(beacon(body));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers?.['retry-after'])).toBeGreaterThan(0);
    expect((await send(beacon(body, { 'x-client-ip': '192.0.2.9' }))).status).toBe(202);
  });
});

describe('a store that is down', () => {
  it('answers 503 quickly and counts nothing', async () => {
    const store = new RedisStore(`redis://127.0.0.1:${await freePort()}`, 'down:', testStoreOptions);
    const started = Date.now();
    const result = await acceptViewBeacon(beaconInputOf(beacon(JSON.stringify({ path: ARTICLE }))), {
      store,
      limiter: new RateLimiter(5, 60_000),
      maxBytes: 1024,
      sectionOf: (path) => published[path],
      now: NOW,
    });
    expect(result.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(1000);
    await store.close();
  });
});
