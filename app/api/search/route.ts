import type { NextRequest } from 'next/server';
import { methodNotAllowed } from '@/lib/http/responses';
import { answerSearchApi } from '@/lib/search/api';

export const dynamic = 'force-dynamic';

// Under `npm start`, GET skips Next's routing (lib/server/search-api.ts); this serves `next dev` and HEAD.
export async function GET(request: NextRequest) {
  const { status, headers, body } = await answerSearchApi(request.nextUrl.searchParams);
  return Response.json(body, { status, headers });
}

export const POST = methodNotAllowed('GET');
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
