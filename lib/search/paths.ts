import type { SearchRequest } from './query';

/** The results page, its JSON twin, and the description browsers add the site's search from. */
export const SEARCH_PATH = '/search';
export const SEARCH_API_PATH = '/api/search';
export const OPENSEARCH_PATH = '/opensearch.xml';

/** The URL of a search, with only the parameters that differ from the defaults. */
export function searchUrl(request: Partial<SearchRequest>): string {
  const params = new URLSearchParams();
  if (request.text) params.set('q', request.text);
  if (request.section) params.set('section', request.section);
  if (request.from) params.set('from', request.from);
  if (request.to) params.set('to', request.to);
  if (request.sort && request.sort !== 'relevance') params.set('sort', request.sort);
  if (request.page && request.page > 1) params.set('page', String(request.page));
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** A page's `searchParams` as URLSearchParams: of a repeated parameter, the first. */
export function searchParamsOf(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const result = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) result.set(name, first);
  }
  return result;
}

/** The results page or its JSON twin: the paths whose answers cost a search. */
export function isSearchPath(path: string): boolean {
  return path === SEARCH_PATH || path === SEARCH_API_PATH;
}

/** Whether scripts/start.ts hands a request to `serveSearchApi`. */
export function isSearchApiRequest(method: string | undefined, url: string | undefined): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    url !== undefined &&
    (url === SEARCH_API_PATH || url.startsWith(`${SEARCH_API_PATH}?`))
  );
}
