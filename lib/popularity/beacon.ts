import { isbot } from 'isbot';
import { z } from 'zod';
import { readLimitedText } from '../http/body';
import { saltDay } from './hours';
import { LOG_EVENTS, warn } from '../log';
import type { RateLimiter } from '../http/rate-limit';
import type { PopularityStore } from './types';
import { visitorKey } from './visitor';

export interface BeaconResult {
  status: number;
  body: { counted: boolean; reason?: 'bot' | 'repeat' } | { error: string };
  headers?: Record<string, string>;
}

export interface BeaconContext {
  store: PopularityStore;
  limiter: RateLimiter;
  maxBytes: number;
  /** The section of the published article at a path, or undefined. */
  sectionOf: (path: string) => string | undefined;
  now: Date;
}

const BeaconBody = z.object({ path: z.string().max(300) }).strict();
const ACCEPTED_TYPES = new Set(['application/json', 'text/plain']);

function reject(status: number, error: string, headers?: Record<string, string>): BeaconResult {
  return { status, body: { error }, headers };
}

/** What a beacon request carries, from a Web Request or straight from Node's HTTP server. */
export interface BeaconInput {
  contentType: string | undefined;
  contentLength: string | undefined;
  userAgent: string | undefined;
  /**
   * The visitor's address as scripts/start.ts worked it out (x-client-ip), replacing any such header
   * a client sent. Only that server sets it: under `next dev` the header is whatever the client sent.
   */
  clientIp: string | undefined;
  body: AsyncIterable<Uint8Array> | null;
}

export function beaconInputOf(request: Request): BeaconInput {
  const header = (name: string) => request.headers.get(name) ?? undefined;
  return {
    contentType: header('content-type'),
    contentLength: header('content-length'),
    userAgent: header('user-agent'),
    clientIp: header('x-client-ip'),
    body: request.body,
  };
}

const salts = new WeakMap<PopularityStore, { day: string; salt: string }>();

async function saltOf(store: PopularityStore, now: Date): Promise<string> {
  const day = saltDay(now);
  const known = salts.get(store);
  if (known?.day === day) return known.salt;
  const salt = await store.dailySalt(day);
  salts.set(store, { day, salt });
  return salt;
}

/** Validates one view beacon and counts it: every refusal is a 4xx with a short reason. */
export async function acceptViewBeacon(input: BeaconInput, context: BeaconContext): Promise<BeaconResult> {
  const type = (input.contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!ACCEPTED_TYPES.has(type)) return reject(415, 'send the beacon as application/json or text/plain');

  const text = await readLimitedText(input.body, input.contentLength, context.maxBytes);
  if (text === undefined) return reject(413, `the body is larger than ${context.maxBytes} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return reject(400, 'the body is not valid JSON');
  }
  const parsed = BeaconBody.safeParse(json);
  if (!parsed.success) return reject(400, 'the body must be {"path": "/news/<section>/<slug>"}');
  const { path } = parsed.data;
  const section = context.sectionOf(path);
  if (!section) return reject(404, 'no published article at this path');

  const userAgent = input.userAgent ?? '';
  if (!userAgent || isbot(userAgent)) return { status: 202, body: { counted: false, reason: 'bot' } };

  try {
    const salt = await saltOf(context.store, context.now);
    const visitor = visitorKey(salt, input.clientIp ?? 'unknown', userAgent);
    const wait = context.limiter.hit(visitor, context.now.getTime());
    if (wait > 0) return reject(429, 'too many views from this visitor', { 'retry-after': String(wait) });
    const counted = await context.store.countView({ visitor, path, section, at: context.now });
    return { status: 202, body: counted ? { counted: true } : { counted: false, reason: 'repeat' } };
  } catch (error) {
    warn(LOG_EVENTS.popularityCountFailed, error, { store: context.store.kind });
    return reject(503, 'views cannot be counted right now', { 'retry-after': '5' });
  }
}
