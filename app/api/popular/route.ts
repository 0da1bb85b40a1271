import type { NextRequest } from 'next/server';
import { etagOf, ifNoneMatchHits } from '@/lib/http/conditional';
import { errorResponse, methodNotAllowed } from '@/lib/http/responses';
import { parsePopularRequest, rankPopularArticles } from '@/lib/popularity';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const parsed = parsePopularRequest(request.nextUrl.searchParams);
  if (!parsed.ok) return errorResponse(400, parsed.reason);
  const list = await rankPopularArticles(parsed.query);
  const etag = etagOf(JSON.stringify([list.window, list.section, list.stale, list.items]));
  const headers = {
    etag,
    'cache-control': list.stale
      ? 'public, max-age=5, stale-while-revalidate=30'
      : 'public, max-age=30, stale-while-revalidate=60',
  };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers });
  return Response.json(list, { headers });
}

export const POST = methodNotAllowed('GET');
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
