import { readSearchRequest, searchStories } from './index';
import { searchResultsJson } from './json';
import { searchHeaders } from './responses';
import { CACHE_POLICY } from '../http/cache-policy';

/** An answer of GET /api/search, as both the route handler and the server's fast path send it. */
export interface SearchApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

function refusal(status: number, reason: string, headers: Record<string, string> = {}): SearchApiAnswer {
  return { status, headers: { 'cache-control': CACHE_POLICY.none, ...headers }, body: { error: reason } };
}

/** GET /api/search?q=… (README, "Search"): the results page's results as JSON, or the reason there are none. */
export async function answerSearchApi(params: URLSearchParams): Promise<SearchApiAnswer> {
  const parsed = readSearchRequest(params);
  if (!parsed.ok) return refusal(400, parsed.reason);
  const outcome = await searchStories(parsed.request);
  if (outcome.kind === 'nothing-asked') return refusal(400, 'Say what to search for: ?q=<words>.');
  if (outcome.kind === 'unavailable')
    return refusal(503, 'Search is not available right now.', { 'retry-after': '60' });
  if (outcome.kind === 'busy')
    return refusal(503, 'Search is busy: try again in a moment.', { 'retry-after': '5' });
  return { status: 200, headers: { ...searchHeaders }, body: searchResultsJson(parsed.request, outcome) };
}
