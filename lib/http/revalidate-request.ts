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

/** The shortest secret the server accepts: a guessable one is refused when the server starts. */
export const MIN_REVALIDATE_SECRET_LENGTH = 32;

/** Why the configured secret cannot be used, or undefined when it can (or none is set). */
export function revalidateSecretProblem(secret: string | undefined): string | undefined {
  if (secret === undefined || secret.length >= MIN_REVALIDATE_SECRET_LENGTH) return undefined;
  return `REVALIDATE_SECRET must be at least ${MIN_REVALIDATE_SECRET_LENGTH} characters (it has ${secret.length}); "openssl rand -base64 32" makes one`;
}

export type RevalidateAuth = { ok: true } | { ok: false; status: 401 | 503; reason: string };

/** The bearer secret, checked before any of the body is read. */
export function authorizeRevalidation(
  authorization: string | null,
  secret: string | undefined,
  ownToken?: string,
): RevalidateAuth {
  // The server's own release watcher (scripts/release-watch.ts), with a token that never leaves the process.
  const own = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (ownToken && own && sameSecret(own, ownToken)) return { ok: true };
  if (!secret || revalidateSecretProblem(secret))
    return { ok: false, status: 503, reason: 'revalidation is not configured (REVALIDATE_SECRET)' };
  const presented = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!presented || !sameSecret(presented, secret))
    return { ok: false, status: 401, reason: 'wrong or missing secret' };
  return { ok: true };
}

/** The body of an authorised request: a list of site paths, or {"all": true}. */
export function parseRevalidateBody(body: string): RevalidateCheck {
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

/** Checks an on-demand revalidation request: the bearer secret, then the body. */
export function checkRevalidateRequest(
  authorization: string | null,
  body: string,
  secret: string | undefined,
): RevalidateCheck {
  const auth = authorizeRevalidation(authorization, secret);
  return auth.ok ? parseRevalidateBody(body) : auth;
}

/** Wrong secrets one address may present per minute; past that it waits, whatever it sends. */
export const REVALIDATE_FAILURES_PER_MINUTE = 5;
