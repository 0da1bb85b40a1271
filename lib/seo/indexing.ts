import { PROCESS_KEYS, setProcessValue } from '../process-keys';
import { HSTS } from '../http/security-headers';
import { site } from '../site';

/** A production build (`next build`, `next start`), as opposed to `next dev`: the same at build and at run time. */
export function productionBuild(): boolean {
  return process.env.NODE_ENV === 'production';
}

/**
 * Whether search engines may index what this server serves: a production server yes; a staging
 * server (`SITE_ENV=staging`) and `next dev` no. Read when the server runs, never baked into a
 * page at build.
 */
export function serverIndexable(): boolean {
  return productionBuild() && site.environment === 'production';
}

/**
 * Headers scripts/start.ts adds to every answer, from the settings the server runs with: a
 * staging server's X-Robots-Tag, and HSTS where the public address (SITE_URL) is https.
 */
export function serverWideHeaders(siteUrl: string = site.url): Record<string, string> {
  return {
    ...(!serverIndexable() && { 'x-robots-tag': 'noindex, nofollow' }),
    ...(siteUrl.startsWith('https://') && { 'strict-transport-security': HSTS }),
  };
}

/** Hands the headers, as this server's settings make them, to scripts/start.ts. */
export function registerServerWideHeaders(): void {
  setProcessValue(PROCESS_KEYS.serverHeaders, serverWideHeaders());
}
