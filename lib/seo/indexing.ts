import { site } from '../site';

/**
 * Whether search engines may index what this server serves: a production server yes; a staging
 * server (`SITE_ENV=staging`) and `next dev` no. Read when the server runs, never baked into a
 * page at build.
 */
export function serverIndexable(): boolean {
  return process.env.NODE_ENV === 'production' && site.environment === 'production';
}

/** Headers scripts/start.mjs adds to every answer. */
export function serverWideHeaders(): Record<string, string> {
  return serverIndexable() ? {} : { 'x-robots-tag': 'noindex, nofollow' };
}

export const SERVER_HEADERS = Symbol.for('shandong-on-internet.server-headers');

/** Hands the headers to scripts/start.mjs, which has no TypeScript of its own to read them from. */
export function registerServerWideHeaders(): void {
  (globalThis as Record<symbol, unknown>)[SERVER_HEADERS] = serverWideHeaders();
}
