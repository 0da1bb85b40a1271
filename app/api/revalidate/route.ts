import { revalidatePath } from 'next/cache';
import { reloadContent } from '@/lib/content';
import { errorResponse, methodNotAllowed } from '@/lib/http/responses';
import { checkRevalidateRequest, REVALIDATE_LIMITS } from '@/lib/http/revalidate-request';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  if (Number(request.headers.get('content-length')) > REVALIDATE_LIMITS.bytes) {
    return errorResponse(413, `the body is larger than ${REVALIDATE_LIMITS.bytes} bytes`);
  }
  const check = checkRevalidateRequest(
    request.headers.get('authorization'),
    await request.text(),
    process.env.REVALIDATE_SECRET || undefined,
  );
  if (!check.ok) return errorResponse(check.status, check.reason);
  // Read the newly published index now, so the pages regenerated next are built from it.
  reloadContent();
  const paths = 'all' in check.target ? ['/'] : check.target.paths;
  for (const path of paths) revalidatePath(path, 'all' in check.target ? 'layout' : undefined);
  console.log(JSON.stringify({ level: 'info', event: 'revalidate', all: 'all' in check.target, paths }));
  return Response.json(
    { revalidated: 'all' in check.target ? 'all' : paths },
    { headers: { 'cache-control': 'no-store' } },
  );
}

export const GET = methodNotAllowed('POST');
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
