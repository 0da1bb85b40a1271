/**
 * Private preview links (docs/adr/018-private-preview.md): `/preview/<grant>.<signature>`, where
 * the grant names one story and the moment the link stops working, and the signature is an
 * HMAC-SHA256 of the grant under PREVIEW_SECRET. Nothing is stored per link: the server checks
 * the signature and the time, then looks the story up among the drafts and scheduled stories.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { nowMs } from './clock';

export const PREVIEW_PATH = '/preview';
/** The shortest secret that signs or opens a link: a guessable one switches previews off. */
export const MIN_PREVIEW_SECRET_LENGTH = 32;
/** How long a link works unless the editor says otherwise, and the most it may. */
export const PREVIEW_HOURS = { default: 24, most: 24 * 30 };
/** How far ahead of this server's clock the one that signed a link may run. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Whether a link expiring at `expires` is one the site signs at `at`: a time no longer ahead than the most. */
function isExpiryWithinReach(expires: unknown, at: number): expires is number {
  return (
    typeof expires === 'number' &&
    Number.isSafeInteger(expires) &&
    expires - at <= PREVIEW_HOURS.most * 3_600_000 + CLOCK_SKEW_MS
  );
}

/** Paths of preview links and their answers: sent with `Referrer-Policy: no-referrer`, since the link is the key. */
export function isPreviewPath(path: string): boolean {
  return path === PREVIEW_PATH || path.startsWith(`${PREVIEW_PATH}/`);
}

export interface PreviewGrant {
  /** The story: `<section>/<slug>`. */
  story: string;
  /** When the link stops working, ms since the epoch. */
  expires: number;
}

/** Why `secret` cannot sign or open links, or undefined when it can. */
export function previewSecretProblem(secret: string | undefined): string | undefined {
  if (!secret) return 'PREVIEW_SECRET is not set, so previews are off ("openssl rand -base64 32" makes one)';
  if (secret.length < MIN_PREVIEW_SECRET_LENGTH)
    return `PREVIEW_SECRET must be at least ${MIN_PREVIEW_SECRET_LENGTH} characters (it has ${secret.length})`;
  return undefined;
}

function signatureOf(grant: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`preview:${grant}`).digest();
}

/** The token of a link: the grant as base64url JSON, a dot, its signature. Throws for an expiry past the most. */
export function signPreview(grant: PreviewGrant, secret: string): string {
  if (!isExpiryWithinReach(grant.expires, nowMs()))
    throw new RangeError(`A preview link works for at most ${PREVIEW_HOURS.most} hours from now.`);
  const encoded = Buffer.from(JSON.stringify({ s: grant.story, e: grant.expires })).toString('base64url');
  return `${encoded}.${signatureOf(encoded, secret).toString('base64url')}`;
}

export function previewUrl(siteUrl: string, token: string): string {
  return `${siteUrl}${PREVIEW_PATH}/${token}`;
}

const TOKEN = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/;
const STORY = /^[a-z0-9-]{1,100}\/[a-z0-9-]{1,200}$/;

/**
 * The grant of a token that `secret` signed and that has not expired at `at`; undefined for any
 * other (unsigned, altered, expired, malformed, or previews off). Says nothing about why.
 */
export function openPreview(
  token: string,
  secret: string | undefined,
  at = nowMs(),
): PreviewGrant | undefined {
  if (!secret || previewSecretProblem(secret)) return undefined;
  const match = TOKEN.exec(token);
  if (!match) return undefined;
  const [, encoded, signature] = match;
  const presented = Buffer.from(signature, 'base64url');
  const expected = signatureOf(encoded, secret);
  // Only the one spelling of the signature: base64url's last character carries unused bits, so
  // another letter there can decode to the same bytes.
  if (presented.toString('base64url') !== signature) return undefined;
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return undefined;
  let grant: unknown;
  try {
    grant = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const { s: story, e: expires } = (grant ?? {}) as { s?: unknown; e?: unknown };
  if (typeof story !== 'string' || !STORY.test(story)) return undefined;
  // A time further ahead than any link is signed for (1e300) is no grant of ours.
  if (!isExpiryWithinReach(expires, at) || at >= expires) return undefined;
  return { story, expires };
}
