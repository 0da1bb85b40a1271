import { beaconInputOf, recordViewBeacon } from '@/lib/popularity';
import { methodNotAllowed } from '@/lib/http/responses';
import { CACHE_POLICY } from '@/lib/http/cache-policy';

export const dynamic = 'force-dynamic';

// `npm start` answers POST /api/views before Next routes it (instrumentation.ts, docs/adr/005);
// this handler serves the same function under `next dev` and any other server.

export async function POST(request: Request) {
  const result = await recordViewBeacon(beaconInputOf(request));
  return Response.json(result.body, {
    status: result.status,
    headers: { 'cache-control': CACHE_POLICY.none, ...result.headers },
  });
}

export const GET = methodNotAllowed('POST');
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
