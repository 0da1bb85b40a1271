import { findArticleByKey, listSections } from '../content/queries';
import { listPageCountFor } from '../content/urls';
import type { ArticleCard } from '../content/views';
import { site } from '../site';
import { parseSearchRequest, searchPlanOf, type ParsedSearchRequest, type SearchRequest } from './query';
import { searchPool, type SearchRun } from './pool';
import { searchIndex, type MarkedText } from './store';

export type { SearchRequest, SearchSort } from './query';
export type { MarkedText } from './store';
export * from './paths';

export interface SearchResultView {
  story: ArticleCard;
  /** The headline and a passage of the body, with the searched words marked. */
  title: MarkedText;
  snippet: MarkedText;
}

export type SearchOutcome =
  | { kind: 'nothing-asked' }
  | { kind: 'unavailable' }
  /** No answer within the search deadline (lib/search/pool.ts). */
  | { kind: 'busy' }
  | {
      kind: 'results';
      /** Stories that match, counted up to the last page; `more`: there are more than that. */
      total: number;
      more: boolean;
      page: number;
      totalPages: number;
      results: SearchResultView[];
    };

/** The search on `npm start`'s search thread, or in this thread where there is none (tests, `next dev`). */
async function runSearch(plan: NonNullable<ReturnType<typeof searchPlanOf>>): Promise<SearchRun> {
  const pool = searchPool();
  if (pool) return pool.run(plan);
  const answer = searchIndex(plan);
  return answer ? { kind: 'answer', answer } : { kind: 'unavailable' };
}

/** A search as the URL states it, checked against the sections that exist. */
export function readSearchRequest(params: URLSearchParams): ParsedSearchRequest {
  return parseSearchRequest(params, new Set(listSections().map((s) => s.id)));
}

/**
 * The stories that answer a search. Every hit is read through the live site index, so a story
 * removed or unpublished is never shown, even by an index promoted a moment before it.
 */
export async function searchStories(request: SearchRequest): Promise<SearchOutcome> {
  const plan = searchPlanOf(request);
  if (!plan) return { kind: 'nothing-asked' };
  const run = await runSearch(plan);
  if (run.kind !== 'answer') return run;
  const { answer } = run;
  const results = answer.hits.flatMap((hit) => {
    const story = findArticleByKey(hit.key);
    return story ? [{ story, title: hit.title, snippet: hit.snippet }] : [];
  });
  // The paging rule of every list, bounded by how deep a search may go; no page when nothing matches.
  const totalPages =
    answer.total === 0
      ? 0
      : Math.min(site.search.maxPage, listPageCountFor(answer.total, site.search.pageSize));
  return { kind: 'results', total: answer.total, more: answer.more, page: request.page, totalPages, results };
}
