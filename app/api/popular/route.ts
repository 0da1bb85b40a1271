import type { NextRequest } from 'next/server';
import { etagOf, ifNoneMatchHits } from '@/lib/http/conditional';
import { errorResponse, methodNotAllowed } from '@/lib/http/responses';
import { readPopularRequest, rankPopularArticles } from '@/lib/popularity';
import { CACHE_POLICY } from '@/lib/http/cache-policy';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const parsed = readPopularRequest(request.nextUrl.searchParams);
  if (!parsed.ok) return errorResponse(400, parsed.reason);
  const list = await rankPopularArticles(parsed.query);
  const etag = etagOf(JSON.stringify([list.window, list.section, list.stale, list.items]));
  const headers = {
    etag,
    'cache-control': list.stale ? CACHE_POLICY.popularStale : CACHE_POLICY.popular,
  };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers });
  return Response.json(list, { headers });
}

export const POST = methodNotAllowed('GET');
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
