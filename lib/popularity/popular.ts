import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { findArticleByPath, latestArticles, type ArticleCard } from '../content';
import { now as clockNow } from '../clock';
import { site } from '../site';
import { POPULAR_WINDOWS } from './hours';
import { LOG_EVENTS, warn } from '../log';
import type { PopularQuery } from './query';
import { popularityStore } from './store';
import type { PopularityStore, RankedPath } from './types';

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

/** What the store answered: paths and views, no titles, so a list is always made from the live index. */
interface Ranking {
  ranked: RankedPath[];
  stale: boolean;
}

/** Keyed by window, section and limit: all three are checked against fixed sets before they get here. */
const lastGood = new Map<string, RankedPath[]>();

/** The store's ranking; when the store fails, the last good ranking for the same question, as stale. */
async function askStore(query: PopularQuery, store: PopularityStore, now: Date): Promise<Ranking> {
  const key = `${query.window}|${query.section ?? ''}|${query.limit}`;
  try {
    // Ask for more than needed: ranked paths of removed or unpublished articles are dropped.
    const ranked = await store.rank({
      hours: POPULAR_WINDOWS[query.window],
      section: query.section,
      limit: query.limit * 2,
      now,
    });
    lastGood.set(key, ranked);
    return { ranked, stale: false };
  } catch (error) {
    warn(LOG_EVENTS.popularityRankFailed, error, { store: store.kind, ...query });
    return { ranked: lastGood.get(key) ?? [], stale: true };
  }
}

/**
 * A ranking as the published content stands at this moment: titles come from the live index and
 * an article removed or unpublished since the store was asked is left out.
 */
function listOf(query: PopularQuery, { ranked, stale }: Ranking, now: Date): PopularList {
  const items = ranked
    .flatMap(({ path, views }) => {
      const card = findArticleByPath(path);
      return card ? [itemOf(card, views)] : [];
    })
    .slice(0, query.limit);
  return {
    generatedAt: now.toISOString(),
    window: query.window,
    section: query.section ?? null,
    stale,
    items: topUp(items, query),
  };
}

/**
 * The most viewed published articles for a window and section. When the store fails, the last
 * good ranking for the same question (or else the latest articles) is returned as stale.
 */
export async function rankPopularArticles(
  query: PopularQuery,
  store: PopularityStore = popularityStore(),
  now = clockNow(),
): Promise<PopularList> {
  return listOf(query, await askStore(query, store, now), now);
}

let cached: { at: number; ranking: Promise<Ranking> } | undefined;

/**
 * The list every page shows. The store's ranking is reused for `site.popular.cacheSeconds`, so
 * page regenerations do not each query the store, but titles and removals are read afresh at
 * every render. The build never opens a store: its pages start with the latest articles and pick
 * up the ranking when they regenerate.
 */
export async function popularListForPages(): Promise<PopularList> {
  const query: PopularQuery = { window: site.popular.window, limit: site.popular.listSize };
  const now = clockNow();
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD)
    return listOf(query, { ranked: [], stale: true }, now);
  if (!cached || now.getTime() - cached.at >= site.popular.cacheSeconds * 1000) {
    cached = { at: now.getTime(), ranking: askStore(query, popularityStore(), now) };
  }
  return listOf(query, await cached.ranking, now);
}
