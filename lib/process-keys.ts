/**
 * What one server process shares on `globalThis`. Next bundles route handlers, pages and
 * instrumentation apart, and scripts/start.ts and the cache handler are loaded beside them, so a
 * module-level variable would exist once per bundle: these keys name the one copy.
 */
export const PROCESS_KEYS = {
  /** The site's clock, when a test has set it (lib/clock.ts). */
  clock: Symbol.for('shandong-on-internet.clock'),
  /** The content snapshot last read from the index file (lib/content/store.ts). */
  content: Symbol.for('shandong-on-internet.content'),
  /** The search index last opened, and its recent answers (lib/search/store.ts). */
  search: Symbol.for('shandong-on-internet.search'),
  /** The popularity store, closed by scripts/start.ts on shutdown (lib/popularity/store.ts). */
  popularityStore: Symbol.for('shandong-on-internet.popularity-store'),
  /** The handler scripts/start.ts gives view beacons to (lib/server/view-beacon.ts). */
  viewBeacon: Symbol.for('shandong-on-internet.view-beacon'),
  /** The threads scripts/start.ts runs searches on (lib/search/pool.ts). */
  searchPool: Symbol.for('shandong-on-internet.search-pool'),
  /** The handler scripts/start.ts gives GET /api/search to (lib/server/search-api.ts). */
  searchApi: Symbol.for('shandong-on-internet.search-api'),
  /** Headers scripts/start.ts adds to every answer (lib/seo/indexing.ts). */
  serverHeaders: Symbol.for('shandong-on-internet.server-headers'),
  /** The token of the server's own release watcher for /api/revalidate (scripts/release-watch.ts). */
  releaseToken: Symbol.for('shandong-on-internet.release-token'),
  /** The version of the publish record last put into Next's cache tags (lib/isr-expiry.ts). */
  publishRecord: Symbol.for('shandong-on-internet.publish-record'),
  /** The Redis client of the shared ISR cache (lib/isr-cache.ts). */
  isrRedisClient: Symbol.for('shandong-on-internet.isr-redis-client'),
} as const;

type Holder = Record<symbol, unknown>;

/** The value kept under `key`, made by `create` the first time it is asked for. */
export function processShared<T>(key: symbol, create: () => T): T {
  const holder = globalThis as Holder;
  if (!(key in holder)) holder[key] = create();
  return holder[key] as T;
}

export function processValue<T>(key: symbol): T | undefined {
  return (globalThis as Holder)[key] as T | undefined;
}

export function setProcessValue(key: symbol, value: unknown): void {
  const holder = globalThis as Holder;
  if (value === undefined) delete holder[key];
  else holder[key] = value;
}
