import { createClient, type RedisClientType } from 'redis';

export type SiteRedisClient = RedisClientType;

/** How long a command or a first connection may wait for Redis before the caller goes on without it. */
export const REDIS_TIMEOUT_MS = 500;

/**
 * A client as every part of the site uses Redis (view counts, the shared ISR cache): commands
 * fail at once while Redis is away (no offline queue), the connection is retried in the
 * background for ever, and an outage is logged once, under `<purpose>.redis.error`, until the
 * client is ready again.
 */
export function createSiteRedisClient(url: string, purpose: string): SiteRedisClient {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    pingInterval: 10_000,
    socket: {
      connectTimeout: REDIS_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  });
  let reported = false;
  client.on('error', (error: Error) => {
    if (reported) return;
    reported = true;
    console.warn(JSON.stringify({ level: 'warn', event: `${purpose}.redis.error`, message: error.message }));
  });
  client.on('ready', () => {
    if (reported) console.log(JSON.stringify({ level: 'info', event: `${purpose}.redis.ready` }));
    reported = false;
  });
  return client;
}
