import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export type RevalidateTarget = { all: true } | { paths: string[] };

export type RevalidateCheck =
  { ok: true; target: RevalidateTarget } | { ok: false; status: 400 | 401 | 503; reason: string };

const SitePath = z
  .string()
  .max(300)
  .regex(/^\/[\w\-./]*$/)
  .refine((p) => !p.split('/').some((s) => s === '.' || s === '..') && !p.includes('//'));
/** The most one revalidation request may carry; a publish sends more as several requests. */
export const REVALIDATE_LIMITS = { paths: 1000, bytes: 100_000 };

const Body = z.union([
  z.array(SitePath).min(1).max(REVALIDATE_LIMITS.paths),
  z.object({ all: z.literal(true) }).strict(),
]);

/** Equal-time comparison of a presented secret with the configured one (hashed to equal lengths). */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Checks an on-demand revalidation request: the bearer secret, then the body. */
export function checkRevalidateRequest(
  authorization: string | null,
  body: string,
  secret: string | undefined,
): RevalidateCheck {
  if (!secret)
    return { ok: false, status: 503, reason: 'revalidation is not configured (REVALIDATE_SECRET)' };
  const presented = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!presented || !sameSecret(presented, secret))
    return { ok: false, status: 401, reason: 'wrong or missing secret' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, status: 400, reason: 'the body is not valid JSON' };
  }
  const parsed = Body.safeParse(json);
  if (!parsed.success) {
    return { ok: false, status: 400, reason: 'the body must be a list of site paths, or {"all": true}' };
  }
  return { ok: true, target: Array.isArray(parsed.data) ? { paths: parsed.data } : { all: true } };
}
