import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { NEXT_CACHE_TAGS_HEADER } from 'next/dist/lib/constants.js';
import { expiredByPublish } from './isr-expiry';
import { processShared, PROCESS_KEYS } from './process-keys';
import { REDIS_TIMEOUT_MS, SiteRedis } from './redis';
import { site } from './site';

// Next's ISR and route cache in Redis, shared by every instance: cache-handler.mjs, which Next
// loads by path when REDIS_URL is set, takes its handlers from here. The build never connects: it
// keeps its output on disk as usual, and instrumentation.ts copies the prerendered pages into
// Redis when an instance starts.

/**
 * One connection per process, made in the background. The handler checks `isReady` on every
 * call, and every command it sends is held to REDIS_TIMEOUT_MS (lib/redis.ts), so while Redis is
 * away or stalled a read is a miss (the page renders fresh), a write is dropped, and no request
 * waits for more than that.
 */
function sharedRedis(): SiteRedis {
  return processShared(PROCESS_KEYS.isrRedisClient, () => new SiteRedis(site.popular.redisUrl!, 'isr-cache'));
}

/** Starts the shared connection and waits until it is ready, for at most `ms`; true when ready. */
export function redisReady(ms: number): Promise<boolean> {
  return sharedRedis().ready(ms);
}

type CacheCreationContext = Parameters<Parameters<typeof CacheHandler.onCreation>[0]>[0];

/** The handlers of `CacheHandler.onCreation`: Redis for a running instance, memory for the build. */
export function isrCacheHandlers({ buildId }: CacheCreationContext) {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !site.popular.redisUrl) {
    return { handlers: [createLruHandler()] };
  }
  return {
    handlers: [
      notOlderThanItsPublish(
        createRedisHandler({
          client: sharedRedis().asClient(),
          // One namespace per build: a new deployment never reads pages rendered by the old code.
          keyPrefix: `${site.popular.redisPrefix}isr:${buildId}:`,
          timeoutMs: REDIS_TIMEOUT_MS,
        }),
      ),
    ],
  };
}

type Handler = ReturnType<typeof createRedisHandler>;

/**
 * `handler`, answering a miss for an entry older than the publish that changed its page
 * (lib/isr-expiry.ts): Next checks its expired tags only for an entry still within its
 * revalidation time, and would send an older one once more while it renders the new one.
 */
function notOlderThanItsPublish(handler: Handler): Handler {
  return {
    ...handler,
    async get(key, meta) {
      const entry = await handler.get(key, meta);
      if (!entry) return entry;
      const headerTags =
        entry.value && 'headers' in entry.value ? entry.value.headers?.[NEXT_CACHE_TAGS_HEADER] : undefined;
      const tags = [
        ...(entry.tags ?? []),
        ...(meta.implicitTags ?? []),
        ...(typeof headerTags === 'string' ? headerTags.split(',') : []),
      ];
      return expiredByPublish(tags, entry.lastModified) ? null : entry;
    },
  };
}

/** The handler class with its handlers set, for instrumentation.ts to copy the build's pages in. */
export function sharedCacheHandler(): typeof CacheHandler {
  CacheHandler.onCreation(isrCacheHandlers);
  return CacheHandler;
}
