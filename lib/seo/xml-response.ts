import { CACHE_POLICY } from '../http/cache-policy';

/** An XML document for crawlers: cacheable for a few minutes like the pages it lists. */
export function xmlResponse(body: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': CACHE_POLICY.feed,
    },
  });
}
