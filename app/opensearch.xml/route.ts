import { openSearchDescription } from '@/lib/search/opensearch';

// The description names the site's public address, which the running server knows.
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response(openSearchDescription(), {
    headers: {
      'content-type': 'application/opensearchdescription+xml; charset=utf-8',
      'cache-control': 'public, max-age=86400',
    },
  });
}
