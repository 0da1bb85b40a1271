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

/**
 * The not-found page's ETags as Next sent them with a 404, without the marks this server adds
 * (banner, compression): one per build and banner. Next also answers paths outside the guard's
 * routes (`/no-such-page`) with that page, and would answer 304 to a request naming its ETag, or
 * `*`. A handful at most: a bound all the same.
 */
const notFoundEtags = new Set<string>();
const KEPT_NOT_FOUND_ETAGS = 16;
const ETAG_MARKS = /(?:-b[0-9a-f]+)?(?:-(?:gzip|br|deflate))?"$/;

const bareEtag = (etag: string) => etag.trim().replace(/^W\//, '').replace(ETAG_MARKS, '"');

function learnNotFoundEtag(etag: unknown): void {
  if (typeof etag !== 'string' || notFoundEtags.has(bareEtag(etag))) return;
  if (notFoundEtags.size >= KEPT_NOT_FOUND_ETAGS) notFoundEtags.delete(notFoundEtags.values().next().value!);
  notFoundEtags.add(bareEtag(etag));
}

/**
 * `If-None-Match` without `*` and without the not-found page's ETags: no precondition may turn a
 * 404 into a 304 (RFC 9110 13.2.1). A page that exists is then sent whole to a client that sent
 * `*`, as from a server that does not evaluate that precondition.
 */
export function withoutNotFoundValidators(req: IncomingMessage): void {
  const sent = req.headers['if-none-match'];
  if (!sent) return;
  const kept = sent
    .split(',')
    .map((validator) => validator.trim())
    .filter((validator) => validator && validator !== '*' && !notFoundEtags.has(bareEtag(validator)));
  if (kept.length > 0) req.headers['if-none-match'] = kept.join(', ');
  else delete req.headers['if-none-match'];
}

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
      const given =
        headers && !Array.isArray(headers)
          ? Object.keys(headers).find((k) => k.toLowerCase() === 'etag')
          : undefined;
      learnNotFoundEtag(given ? headers![given] : this.getHeader('etag'));
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
