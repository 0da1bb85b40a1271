import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptViewBeacon } from '@/lib/popularity/beacon';
import { RateLimiter } from '@/lib/http/rate-limit';
import { SqliteStore } from '@/lib/popularity/sqlite-store';
import { openOrUnavailable, UnavailableStore } from '@/lib/popularity/store';
import type { PopularityStore, ViewEvent } from '@/lib/popularity/types';
import { storeKinds, testStoreOptions } from '../helpers/stores';
import { clockStandsAt } from '../helpers/clock';

const NOW = new Date('2026-11-28T10:30:00Z');
clockStandsAt(NOW);
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const hours = (n: number) => minutes(n * 60);

const A = '/news/china-news/a';
const B = '/news/china-news/b';
const C = '/news/business/c';

function view(visitor: string, path: string, at = NOW): ViewEvent {
  return { visitor, path, section: path.split('/')[2], at };
}

describe.each(storeKinds)('$kind store', ({ open }) => {
  let store: PopularityStore;
  afterEach(async () => {
    await store?.close();
  });

  async function countAll(views: ViewEvent[]) {
    const results = [];
    for (const v of views) results.push(await store.countView(v));
    return results;
  }

  it('ranks by views, most first, ties by path', async () => {
    store = open();
    await countAll([
      view('v1', A),
      view('v2', B),
      view('v3', B),
      view('v4', C),
      view('v5', C),
      view('v6', C),
    ]);
    expect(await store.rank({ hours: 24, limit: 10, now: NOW })).toEqual([
      { path: C, views: 3 },
      { path: B, views: 2 },
      { path: A, views: 1 },
    ]);
    expect(await store.rank({ hours: 24, limit: 2, now: NOW })).toHaveLength(2);
  });

  it('ranks within one section', async () => {
    store = open();
    await countAll([view('v1', A), view('v2', C), view('v3', C)]);
    expect(await store.rank({ hours: 24, section: 'china-news', limit: 10, now: NOW })).toEqual([
      { path: A, views: 1 },
    ]);
    expect(await store.rank({ hours: 24, section: 'world-news', limit: 10, now: NOW })).toEqual([]);
  });

  it('counts one visitor once per article within 30 minutes', async () => {
    store = open();
    expect(await countAll([view('v1', A), view('v1', A, minutes(29)), view('v1', B), view('v2', A)])).toEqual(
      [true, false, true, true],
    );
    expect(await store.countView(view('v1', A, minutes(30)))).toBe(true);
    expect(await store.rank({ hours: 24, limit: 10, now: minutes(30) })).toEqual([
      { path: A, views: 3 },
      { path: B, views: 1 },
    ]);
  });

  it('lets hourly buckets roll out of the window', async () => {
    store = open();
    await countAll([view('old', A, hours(-30)), view('day', B, hours(-23)), view('now', C)]);
    const last24h = await store.rank({ hours: 24, limit: 10, now: NOW });
    expect(last24h.map((r) => r.path).sort()).toEqual([B, C].sort());
    const last7d = await store.rank({ hours: 24 * 7, limit: 10, now: NOW });
    expect(last7d.map((r) => r.path).sort()).toEqual([A, B, C].sort());
    const tomorrow = await store.rank({ hours: 24, limit: 10, now: hours(24) });
    expect(tomorrow).toEqual([]);
  });

  it('keeps one salt per day and a new one the next day', async () => {
    store = open();
    const today = await store.dailySalt('2026-11-28');
    expect(today).toMatch(/^[\w-]{40,}$/);
    expect(await store.dailySalt('2026-11-28')).toBe(today);
    expect(await store.dailySalt('2026-11-29')).not.toBe(today);
  });
});

describe('sqlite store', () => {
  it('keeps its counts in its file across a restart', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-views-')), 'views.db');
    const first = new SqliteStore(file, testStoreOptions);
    await first.countView(view('v1', A));
    await first.close();
    const second = new SqliteStore(file, testStoreOptions);
    expect(await second.rank({ hours: 24, limit: 10, now: NOW })).toEqual([{ path: A, views: 1 }]);
    await second.close();
  });

  it('writes counted views to the file within a second, without being asked', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-views-')), 'views.db');
    const writer = new SqliteStore(file, testStoreOptions);
    await writer.countView(view('v1', A));
    await new Promise((r) => setTimeout(r, 1000));
    const reader = new SqliteStore(file, testStoreOptions);
    expect(await reader.rank({ hours: 24, limit: 10, now: NOW })).toEqual([{ path: A, views: 1 }]);
    await reader.close();
    await writer.close();
  });

  it('keeps counted views through a failed write and writes them when it can', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-views-')), 'views.db');
    const writer = new SqliteStore(file, testStoreOptions);
    await writer.dailySalt('2026-11-28');
    // Another process holds the write lock past the store's busy timeout (5 s): the flush fails.
    const blocker = new Database(file);
    blocker.exec('BEGIN IMMEDIATE');
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(await writer.countView(view('v1', A))).toBe(true);
      await vi.waitFor(() => expect(warnings).toHaveBeenCalled(), { timeout: 8_000, interval: 100 });
      expect(String(warnings.mock.calls[0][0])).toContain('popularity.flush_failed');
      blocker.exec('COMMIT');
      // The retry writes it without anyone asking.
      await vi.waitFor(() => expect(blocker.prepare('SELECT SUM(count) FROM views').pluck().get()).toBe(1), {
        timeout: 5_000,
        interval: 100,
      });
    } finally {
      warnings.mockRestore();
      blocker.close();
      await writer.close();
    }
  }, 20_000);
});

describe('a store that cannot be opened', () => {
  it('fails every call at once, and the beacon answers 503', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sdoi-views-'));
    const file = path.join(dir, 'not-sqlite.db');
    writeFileSync(file, 'this is not an SQLite file, but it is long enough to look like one '.repeat(20));
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = openOrUnavailable(() => new SqliteStore(file, testStoreOptions));
    expect(warnings).toHaveBeenCalledTimes(1);
    warnings.mockRestore();
    expect(store).toBeInstanceOf(UnavailableStore);
    await expect(store.rank({ hours: 24, limit: 10, now: NOW })).rejects.toThrow(/cannot be opened/);
    const started = performance.now();
    const result = await acceptViewBeacon(
      {
        contentType: 'application/json',
        contentLength: undefined,
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0',
        clientIp: '127.0.0.1',
        body: Readable.from([Buffer.from(JSON.stringify({ path: A }))]),
      },
      { store, limiter: new RateLimiter(5, 60_000), maxBytes: 1024, sectionOf: () => 'china-news', now: NOW },
    );
    expect(result.status).toBe(503);
    expect(performance.now() - started).toBeLessThan(1_000);
    // The file is left as it was: nothing is lost by trying.
    expect(readFileSync(file, 'utf8')).toContain('this is not an SQLite file');
  });
});
