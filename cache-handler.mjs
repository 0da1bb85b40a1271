// Next's ISR and route cache in Redis, shared by every instance (next.config.ts uses this file
// when REDIS_URL is set). The build never connects: it keeps its output on disk as usual, and
// instrumentation.ts copies the prerendered pages into Redis when an instance starts.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { createClient } from 'redis';

const CLIENT_KEY = Symbol.for('shandong-on-internet.isr-redis-client');

/**
 * One client per process, connecting in the background and reconnecting for ever: the handler
 * checks `isReady` on every call, so while Redis is away a read is a miss (the page renders
 * fresh) and no request waits for a connection.
 */
function sharedClient() {
  globalThis[CLIENT_KEY] ??= (() => {
    const client = createClient({
      url: process.env.REDIS_URL,
      disableOfflineQueue: true,
      pingInterval: 10_000,
      socket: { connectTimeout: 500, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    });
    let reported = false;
    client.on('error', (error) => {
      if (!reported) console.error(`ISR cache: Redis unavailable (${error.message}); rendering without it`);
      reported = true;
    });
    client.on('ready', () => {
      if (reported) console.log('ISR cache: Redis is back');
      reported = false;
    });
    client.connect().catch(() => {});
    return client;
  })();
  return globalThis[CLIENT_KEY];
}

/** Starts the shared client and waits until it is ready, for at most `ms`; true when ready. */
export async function redisReady(ms) {
  const client = sharedClient();
  if (client.isReady) return true;
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return client.isReady;
}

CacheHandler.onCreation(({ buildId }) => {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) {
    return { handlers: [createLruHandler()] };
  }
  return {
    handlers: [
      createRedisHandler({
        client: sharedClient(),
        // One namespace per build: a new deployment never reads pages rendered by the old code.
        keyPrefix: `${process.env.REDIS_PREFIX || 'sdoi:'}isr:${buildId}:`,
        timeoutMs: 500,
      }),
    ],
  };
});

export default CacheHandler;
