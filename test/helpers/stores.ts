import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { RedisStore } from '@/lib/popularity/redis-store';
import { SqliteStore } from '@/lib/popularity/sqlite-store';
import type { PopularityStore, StoreOptions } from '@/lib/popularity/types';

export const testStoreOptions: StoreOptions = { dedupeWindowMs: 30 * 60_000, retentionDays: 31 };

/** Both real stores, each fresh: SQLite in a temporary file, Redis under a key prefix of its own. */
export const storeKinds: { kind: string; open: () => PopularityStore }[] = [
  {
    kind: 'sqlite',
    open: () =>
      new SqliteStore(
        path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-views-')), 'views.db'),
        testStoreOptions,
      ),
  },
  {
    kind: 'redis',
    open: () => new RedisStore(inject('redisUrl'), `test:${randomUUID()}:`, testStoreOptions),
  },
];
