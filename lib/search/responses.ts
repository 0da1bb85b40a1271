import { escapeMarkup } from '../markup';
import { site } from '../site';
import { SEARCH_PATH } from './paths';

/** How long a browser or proxy may reuse an answer to a search; results are never indexed. */
export const searchHeaders = {
  'cache-control': `public, max-age=${site.search.cacheSeconds}`,
  'x-robots-tag': 'noindex',
} as const;

/** The results page's answer to a search it cannot read: 400, the reason, and a way back. */
export function badSearchPage(reason: string): Response {
  const html = `<!DOCTYPE html>
<html lang="${site.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Search not understood - ${escapeMarkup(site.name)}</title></head>
<body><main><h1>Search not understood</h1><p>${escapeMarkup(reason)}</p>
<p><a href="${SEARCH_PATH}">Start a new search</a> or go to the <a href="/">home page</a>.</p></main></body></html>
`;
  return new Response(html, {
    status: 400,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
    },
  });
}
