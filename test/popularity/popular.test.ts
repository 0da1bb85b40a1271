import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PopularityStore } from '@/lib/popularity/types';
import { useFixtureContent } from '../helpers/fixture-content';
import { storeKinds } from '../helpers/stores';
import { clockStandsAt } from '../helpers/clock';

type Popular = typeof import('@/lib/popularity/popular');
let popular: Popular;

beforeAll(async () => {
  useFixtureContent();
  popular = await import('@/lib/popularity/popular');
});

const NOW = new Date('2026-11-28T10:30:00Z');
clockStandsAt(NOW);
const FIRST = '/news/china-news/first-story';
const SECOND = '/news/china-news/second-story';
const THIRD = '/news/business/renamed-story';

describe.each(storeKinds)('rankPopularArticles on the $kind store', ({ open }) => {
  let store: PopularityStore;
  afterEach(async () => {
    await store.close().catch(() => {});
  });

  async function views(path: string, count: number) {
    for (let i = 0; i < count; i++) {
      await store.countView({ visitor: `${path}-${i}`, path, section: path.split('/')[2], at: NOW });
    }
  }

  it('ranks published articles and tops the list up with the latest ones', async () => {
    store = open();
    await views(FIRST, 3);
    await views('/news/china-news/deleted-story', 9);
    const list = await popular.rankPopularArticles({ window: '24h', limit: 3 }, store, NOW);
    expect(list.stale).toBe(false);
    expect(list.items.map((i) => [i.path, i.views])).toEqual([
      [FIRST, 3],
      [SECOND, 0],
      [THIRD, 0],
    ]);
    expect(list.items[0]).toMatchObject({
      title: 'First story',
      section: 'china-news',
      date: '2018-06-08T14:17:00+08:00',
    });
  });

  it('ranks within a section', async () => {
    store = open();
    await views(THIRD, 2);
    await views(FIRST, 5);
    const list = await popular.rankPopularArticles(
      { window: '7d', section: 'business', limit: 5 },
      store,
      NOW,
    );
    expect(list.section).toBe('business');
    expect(list.items.map((i) => i.path)).toEqual([THIRD]);
  });

  it('falls back to the last good ranking when the store fails', async () => {
    store = open();
    await views(SECOND, 2);
    const good = await popular.rankPopularArticles({ window: '30d', limit: 2 }, store, NOW);
    await store.close();
    const fallback = await popular.rankPopularArticles({ window: '30d', limit: 2 }, store, NOW);
    expect(fallback.stale).toBe(true);
    expect(fallback.items).toEqual(good.items);
  });
});

describe('a store that fails before any ranking', () => {
  it('gives the latest articles, marked stale, never a blank list', async () => {
    const store = storeKinds[0].open();
    await store.close();
    const list = await popular.rankPopularArticles(
      { window: '24h', section: 'china-news', limit: 10 },
      store,
      NOW,
    );
    expect(list.stale).toBe(true);
    expect(list.items.map((i) => [i.path, i.views])).toEqual([
      [SECOND, 0],
      [FIRST, 0],
    ]);
  });
});
