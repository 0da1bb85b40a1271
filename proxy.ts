import { NextResponse, type NextRequest } from 'next/server';
import { readSearchRequest, searchStories } from '@/lib/search';
import { badSearchPage, searchHeaders, searchUnavailablePage } from '@/lib/search/responses';
import { PREVIEW_PATH } from '@/lib/preview';
import { CACHE_POLICY } from '@/lib/http/cache-policy';

/**
 * The results page cannot set its own status, so a search it cannot read (an unknown section, a
 * page out of range, a malformed day, words past the limit) is answered 400 here, before it
 * renders, and one the index cannot answer now (no index, past the deadline) 503, so that no
 * browser or proxy keeps "not available" as the answer for a minute. The page then asks again and
 * gets the answer just kept in memory.
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith(PREVIEW_PATH)) {
    // A private preview is kept by no browser, proxy or search engine (docs/adr/018).
    const response = NextResponse.next();
    response.headers.set('cache-control', CACHE_POLICY.private);
    response.headers.set('x-robots-tag', 'noindex, nofollow');
    return response;
  }
  const parsed = readSearchRequest(request.nextUrl.searchParams);
  if (!parsed.ok) return badSearchPage(parsed.reason);
  const outcome = await searchStories(parsed.request);
  if (outcome.kind === 'unavailable' || outcome.kind === 'busy') return searchUnavailablePage(outcome.kind);
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(searchHeaders)) response.headers.set(name, value);
  return response;
}

export const config = { matcher: ['/search', '/preview/:token'] };
