import { PROCESS_KEYS, setProcessValue } from '../process-keys';
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

/** Headers scripts/start.ts adds to every answer. */
export function serverWideHeaders(): Record<string, string> {
  return serverIndexable() ? {} : { 'x-robots-tag': 'noindex, nofollow' };
}

/** Hands the headers, as this server's settings make them, to scripts/start.ts. */
export function registerServerWideHeaders(): void {
  setProcessValue(PROCESS_KEYS.serverHeaders, serverWideHeaders());
}
