import { processShared, PROCESS_KEYS } from '../process-keys';
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

/** One store per process, opened at first use; scripts/start.ts closes it (flushing pending counts) on shutdown. */
export function popularityStore(): PopularityStore {
  return processShared(PROCESS_KEYS.popularityStore, openPopularityStore);
}
