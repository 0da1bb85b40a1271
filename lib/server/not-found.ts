import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { CACHE_POLICY } from '../http/cache-policy';

/** Next answers a request for this route with the site's not-found page and status 404. */
export const NOT_FOUND_PATH = '/_not-found';

/** How long nginx keeps the 404 that replaced a page taken down; a real 404 is never kept longer. */
export const TAKEDOWN_PROXY_SECONDS = 10;

/**
 * Headers that would make Next answer the not-found route with something other than its page:
 * preconditions (a 304 for `If-None-Match: *` or the page's own ETag) and the router's (an RSC
 * payload). A path that names nothing is a 404 whatever they say (RFC 9110 13.2.1).
 */
const NOT_FOUND_IGNORES = [
  'if-match',
  'if-none-match',
  'if-modified-since',
  'if-unmodified-since',
  'if-range',
  'range',
  'rsc',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-router-state-tree',
  'next-url',
  'next-hmr-refresh',
  'next-action',
];

/** `req` turned into a plain request for the not-found page. */
export function askForNotFound(req: IncomingMessage): void {
  req.url = NOT_FOUND_PATH;
  for (const name of NOT_FOUND_IGNORES) delete req.headers[name];
}

/**
 * Every 404 leaves with `Cache-Control: no-store`: the not-found page is prerendered, and Next
 * serves it with a year's s-maxage, so a proxy or a browser would keep the 404 of a path where a
 * story is published a minute later. A publish refreshing the proxy's copy of a page taken down
 * (`refresh`, deploy/nginx.conf) lets the proxy keep the 404 for a few seconds in its place, so
 * the stored page is gone at once.
 */
export function keepNoNotFound(res: ServerResponse, refresh: boolean): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 404) {
      const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as OutgoingHttpHeaders | undefined;
      if (headers && !Array.isArray(headers))
        for (const name of Object.keys(headers))
          if (name.toLowerCase() === 'cache-control') delete headers[name];
      // nginx 1.22 reads these in order, and a Cache-Control: no-store before X-Accel-Expires wins.
      this.removeHeader('cache-control');
      if (refresh) this.setHeader('x-accel-expires', String(TAKEDOWN_PROXY_SECONDS));
      this.setHeader('cache-control', CACHE_POLICY.none);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse['writeHead'];
}
