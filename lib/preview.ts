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

/** The token of a link: the grant as base64url JSON, a dot, its signature. */
export function signPreview(grant: PreviewGrant, secret: string): string {
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
  if (typeof expires !== 'number' || !Number.isFinite(expires) || at >= expires) return undefined;
  return { story, expires };
}
