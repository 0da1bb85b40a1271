import { LOG_EVENTS, warn } from '../log';
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

/**
 * The store that could not be opened (a file that is not SQLite, a folder that cannot be
 * written): every call fails at once with the reason, so beacons get a fast 503 and lists fall
 * back to their last good or latest articles, as with a store that dies while running.
 */
export class UnavailableStore implements PopularityStore {
  constructor(
    readonly kind: PopularityStore['kind'],
    private readonly reason: Error,
  ) {}

  private fail(): Promise<never> {
    return Promise.reject(this.reason);
  }
  countView = () => this.fail();
  rank = () => this.fail();
  dailySalt = () => this.fail();
  flush = async () => {};
  close = async () => {};
}

/** `open`'s store, or an UnavailableStore (logged once) when it cannot be opened. */
export function openOrUnavailable(open: () => PopularityStore): PopularityStore {
  const kind = site.popular.redisUrl ? 'redis' : 'sqlite';
  try {
    return open();
  } catch (error) {
    const reason = error instanceof Error ? error : new Error(String(error));
    warn(LOG_EVENTS.popularityStoreUnavailable, reason, { store: kind });
    return new UnavailableStore(kind, new Error(`the ${kind} store cannot be opened: ${reason.message}`));
  }
}

/**
 * One store per process, opened at first use; scripts/start.ts closes it (flushing pending
 * counts) on shutdown. A store that cannot be opened costs Most popular its counts, nothing else.
 */
export function popularityStore(): PopularityStore {
  return processShared(PROCESS_KEYS.popularityStore, () => openOrUnavailable(openPopularityStore));
}
