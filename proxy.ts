import { NextResponse, type NextRequest } from 'next/server';
import { currentContent } from '@/lib/content/store';
import { parseSearchRequest } from '@/lib/search/query';
import { badSearchPage, searchHeaders } from '@/lib/search/responses';

/**
 * The results page cannot set its own status, so a search it cannot read (an unknown section, a
 * page out of range, a malformed day, words past the limit) is answered 400 here, before it renders.
 */
export function proxy(request: NextRequest) {
  const sections = new Set(currentContent().index.sections.map((s) => s.id));
  const parsed = parseSearchRequest(request.nextUrl.searchParams, sections);
  if (!parsed.ok) return badSearchPage(parsed.reason);
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(searchHeaders)) response.headers.set(name, value);
  return response;
}

export const config = { matcher: '/search' };
