import { site } from '../site';
import { RedisStore } from './redis-store';
import { SqliteStore } from './sqlite-store';
import type { PopularityStore, StoreOptions } from './types';

export const storeOptions: StoreOptions = {
  dedupeWindowMs: site.popular.dedupeMinutes * 60_000,
  retentionDays: site.popular.retentionDays,
};

/** Redis when REDIS_URL is set (instances share counts), else the embedded SQLite file. */
export function openPopularityStore(): PopularityStore {
  const { redisUrl, redisPrefix, sqliteFile } = site.popular;
  return redisUrl
    ? new RedisStore(redisUrl, redisPrefix, storeOptions)
    : new SqliteStore(sqliteFile, storeOptions);
}

// Route handlers and pages can be bundled apart and still share a process: keep one store per
// process on globalThis. scripts/start.mjs closes it (flushing pending counts) on shutdown.
const STORE_KEY = Symbol.for('shandong-on-internet.popularity-store');
type WithStore = typeof globalThis & { [STORE_KEY]?: PopularityStore };

export function popularityStore(): PopularityStore {
  const holder = globalThis as WithStore;
  holder[STORE_KEY] ??= openPopularityStore();
  return holder[STORE_KEY];
}
