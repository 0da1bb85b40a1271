import { revalidatePath } from 'next/cache';
import { info, LOG_EVENTS } from '../log';
import { processValue, PROCESS_KEYS } from '../process-keys';
import { site } from '../site';
import { readLimitedText } from './body';
import { RateLimiter } from './rate-limit';
import { errorResponse } from './responses';
import {
  authorizeRevalidation,
  parseRevalidateBody,
  REVALIDATE_FAILURES_PER_MINUTE,
  REVALIDATE_LIMITS,
} from './revalidate-request';
import { CACHE_POLICY } from './cache-policy';

const failures = new RateLimiter(REVALIDATE_FAILURES_PER_MINUTE, 60_000, 10_000);

/**
 * POST /api/revalidate: the secret is checked before a byte of the body is read, an address
 * that keeps presenting wrong secrets is made to wait, and the body is read up to its limit only.
 */
export async function answerRevalidate(request: Request): Promise<Response> {
  const address = request.headers.get('x-client-ip') ?? 'unknown';
  const wait = failures.waitFor(address);
  if (wait > 0) return errorResponse(429, 'too many wrong secrets; wait', { 'retry-after': String(wait) });
  const auth = authorizeRevalidation(
    request.headers.get('authorization'),
    site.revalidateSecret,
    processValue<string>(PROCESS_KEYS.releaseToken),
  );
  if (!auth.ok) {
    if (auth.status === 401) {
      failures.hit(address);
      info(LOG_EVENTS.revalidateRefused, { address });
    }
    return errorResponse(auth.status, auth.reason);
  }
  const body = await readLimitedText(
    request.body,
    request.headers.get('content-length'),
    REVALIDATE_LIMITS.bytes,
  );
  if (body === undefined)
    return errorResponse(413, `the body is larger than ${REVALIDATE_LIMITS.bytes} bytes`);
  const check = parseRevalidateBody(body);
  if (!check.ok) return errorResponse(check.status, check.reason);
  // No reload is needed: every render looks at the index file (lib/content/store.ts), so the
  // pages regenerated next are built from what was just published.
  const all = 'all' in check.target;
  const paths = 'all' in check.target ? ['/'] : check.target.paths;
  for (const path of paths) revalidatePath(path, all ? 'layout' : undefined);
  info(LOG_EVENTS.revalidate, { all, paths: paths.length });
  return Response.json(
    { revalidated: all ? 'all' : paths },
    { headers: { 'cache-control': CACHE_POLICY.none } },
  );
}
