import { revalidatePath } from 'next/cache';
import { errorResponse, methodNotAllowed } from '@/lib/http/responses';
import { checkRevalidateRequest, REVALIDATE_LIMITS } from '@/lib/http/revalidate-request';
import { site } from '@/lib/site';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  if (Number(request.headers.get('content-length')) > REVALIDATE_LIMITS.bytes) {
    return errorResponse(413, `the body is larger than ${REVALIDATE_LIMITS.bytes} bytes`);
  }
  const check = checkRevalidateRequest(
    request.headers.get('authorization'),
    await request.text(),
    site.revalidateSecret,
  );
  if (!check.ok) return errorResponse(check.status, check.reason);
  // No reload is needed: every render looks at the index file (lib/content/store.ts), so the
  // pages regenerated next are built from what was just published.
  const paths = 'all' in check.target ? ['/'] : check.target.paths;
  for (const path of paths) revalidatePath(path, 'all' in check.target ? 'layout' : undefined);
  console.log(
    JSON.stringify({ level: 'info', event: 'revalidate', all: 'all' in check.target, paths: paths.length }),
  );
  return Response.json(
    { revalidated: 'all' in check.target ? 'all' : paths },
    { headers: { 'cache-control': 'no-store' } },
  );
}

export const GET = methodNotAllowed('POST');
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
