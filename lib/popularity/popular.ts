import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { findArticleByPath, latestArticles, type ArticleCard } from '../content';
import { site } from '../site';
import { POPULAR_WINDOWS } from './hours';
import { warn } from './log';
import type { PopularQuery } from './query';
import { popularityStore } from './store';
import type { PopularityStore } from './types';

export interface PopularItem {
  path: string;
  title: string;
  section: string;
  /** Publication time with its offset. */
  date: string;
  views: number;
}

export interface PopularList {
  generatedAt: string;
  window: PopularQuery['window'];
  section: string | null;
  /** True when the store could not be asked and the list is the last good one or the latest articles. */
  stale: boolean;
  items: PopularItem[];
}

function itemOf(card: ArticleCard, views: number): PopularItem {
  return { path: card.url, title: card.title, section: card.section.id, date: card.published.iso, views };
}

/** Fills a short ranking with the latest articles (0 views), so the list is never short or blank. */
function topUp(items: PopularItem[], query: PopularQuery): PopularItem[] {
  if (items.length >= query.limit) return items;
  const listed = new Set(items.map((item) => item.path));
  const latest = latestArticles(query.limit + items.length, query.section)
    .filter((card) => !listed.has(card.url))
    .map((card) => itemOf(card, 0));
  return [...items, ...latest].slice(0, query.limit);
}

const lastGood = new Map<string, PopularItem[]>();

/**
 * The most viewed published articles for a window and section. When the store fails, the last
 * good ranking for the same question (or else the latest articles) is returned as stale.
 */
export async function rankPopularArticles(
  query: PopularQuery,
  store: PopularityStore = popularityStore(),
  now = new Date(),
): Promise<PopularList> {
  const key = `${query.window}|${query.section ?? ''}|${query.limit}`;
  const answer = (stale: boolean, items: PopularItem[]): PopularList => ({
    generatedAt: now.toISOString(),
    window: query.window,
    section: query.section ?? null,
    stale,
    items,
  });
  try {
    // Ask for more than needed: ranked paths of removed or unpublished articles are dropped.
    const ranked = await store.rank({
      hours: POPULAR_WINDOWS[query.window],
      section: query.section,
      limit: query.limit * 2,
      now,
    });
    const items = ranked
      .flatMap(({ path, views }) => {
        const card = findArticleByPath(path);
        return card ? [itemOf(card, views)] : [];
      })
      .slice(0, query.limit);
    const full = topUp(items, query);
    lastGood.set(key, full);
    return answer(false, full);
  } catch (error) {
    warn('popularity.rank_failed', error, { store: store.kind, ...query });
    return answer(true, lastGood.get(key) ?? topUp([], query));
  }
}

let cached: { at: number; list: Promise<PopularList> } | undefined;

/**
 * The list every page shows. A ranking is reused for `site.popular.cacheSeconds`, so page
 * regenerations do not each query the store. The build never opens a store: its pages start with
 * the latest articles and pick up the ranking when they regenerate.
 */
export function popularListForPages(): Promise<PopularList> {
  const query: PopularQuery = { window: site.popular.window, limit: site.popular.listSize };
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    return Promise.resolve({
      generatedAt: new Date().toISOString(),
      window: query.window,
      section: null,
      stale: true,
      items: topUp([], query),
    });
  }
  const now = Date.now();
  if (!cached || now - cached.at >= site.popular.cacheSeconds * 1000) {
    cached = { at: now, list: rankPopularArticles(query) };
  }
  return cached.list;
}
