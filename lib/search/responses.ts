import { escapeMarkup } from '../markup';
import { site } from '../site';
import { SEARCH_PATH } from './paths';
import { CACHE_POLICY, searchPolicy } from '../http/cache-policy';

/** How long a browser or proxy may reuse an answer to a search; results are never indexed. */
export const searchHeaders = {
  'cache-control': searchPolicy(site.search.cacheSeconds),
  'x-robots-tag': 'noindex',
} as const;

function searchNoticePage(status: number, title: string, text: string, headers: Record<string, string> = {}) {
  const html = `<!DOCTYPE html>
<html lang="${site.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeMarkup(title)} - ${escapeMarkup(site.name)}</title></head>
<body><main><h1>${escapeMarkup(title)}</h1><p>${escapeMarkup(text)}</p>
<p><a href="${SEARCH_PATH}">Start a new search</a> or go to the <a href="/">home page</a>.</p></main></body></html>
`;
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': CACHE_POLICY.none,
      'x-robots-tag': 'noindex',
      ...headers,
    },
  });
}

/** The results page's answer to a search it cannot read: 400, the reason, and a way back. */
export function badSearchPage(reason: string): Response {
  return searchNoticePage(400, 'Search not understood', reason);
}

/** The results page's answer while search cannot answer: 503, never kept by a cache. */
export function searchUnavailablePage(why: 'unavailable' | 'busy'): Response {
  return why === 'busy'
    ? searchNoticePage(503, 'Search is busy', 'Search is busy. Please try again in a moment.', {
        'retry-after': '5',
      })
    : searchNoticePage(
        503,
        'Search is not available',
        'Search is not available right now. Please try again in a few minutes.',
        {
          'retry-after': '60',
        },
      );
}
