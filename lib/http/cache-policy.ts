/**
 * Every Cache-Control the site's own code sends, named once. Pages get theirs from Next (ISR:
 * `s-maxage` of the revalidation interval), cut to PAGE_KEPT_SECONDS as they are sent
 * (lib/server/page-response.ts), and any answer near a scheduled release is cut shorter still
 * (lib/server/release-freshness.ts).
 */
export const CACHE_POLICY = {
  /** Errors, refusals, writes and anything per client: never kept. */
  none: 'no-store',
  /** A private preview (docs/adr/018): for the one who holds the link, and kept by nobody. */
  private: 'private, no-store',
  /** A file named by the hash of its bytes (pictures, the site's script): a year, never asked again. */
  immutable: 'public, max-age=31536000, immutable',
  /** Feeds and sitemaps: polled, and worth keeping a few minutes everywhere. */
  feed: 'public, max-age=300, s-maxage=300, stale-while-revalidate=600',
  /** The icon and the OpenSearch description: they change with a release of the site, if ever. */
  daily: 'public, max-age=86400',
  /** The guard's redirect to a page's one URL. */
  redirect: 'public, max-age=3600',
  /** "Most popular" as JSON: fresh for half a minute, or five seconds while the store is failing. */
  popular: 'public, max-age=30, stale-while-revalidate=60',
  popularStale: 'public, max-age=5, stale-while-revalidate=30',
} as const;

/** A page of search results, or the JSON of one: for as long as `seconds` (site.search.cacheSeconds). */
export function searchPolicy(seconds: number): string {
  return `public, max-age=${seconds}`;
}
