import { openSearchDescription } from '@/lib/search/opensearch';
import { CACHE_POLICY } from '@/lib/http/cache-policy';

// The description names the site's public address, which the running server knows.
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response(openSearchDescription(), {
    headers: {
      'content-type': 'application/opensearchdescription+xml; charset=utf-8',
      'cache-control': CACHE_POLICY.daily,
    },
  });
}
