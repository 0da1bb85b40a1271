import { SITE_SCRIPT } from '@/lib/site-script';
import { CACHE_POLICY } from '@/lib/http/cache-policy';

export const dynamic = 'force-dynamic';

/** The site's script by its hashed name (lib/site-script.ts); any other name is not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file !== SITE_SCRIPT.file) return new Response('Not found\n', { status: 404 });
  return new Response(new Uint8Array(SITE_SCRIPT.body), {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': CACHE_POLICY.immutable,
    },
  });
}
