import { createClient, type RedisClientType } from 'redis';

export type SiteRedisClient = RedisClientType;

/** How long a command or a first connection may wait for Redis before the caller goes on without it. */
export const REDIS_TIMEOUT_MS = 500;

/** How often an idle connection is asked whether Redis still answers. */
const PING_EVERY_MS = 10_000;

/** A command that got no answer within REDIS_TIMEOUT_MS. */
export class RedisDeadlineError extends Error {
  constructor() {
    super(`Redis did not answer within ${REDIS_TIMEOUT_MS} ms`);
  }
}

function newClient(url: string): SiteRedisClient {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: REDIS_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  });
}

/**
 * Redis as every part of the site uses it (view counts, the shared ISR cache): every command
 * settles within REDIS_TIMEOUT_MS, and fails at once while Redis is away (no offline queue). The
 * connection is retried in the background for ever, and an outage is logged once, under
 * `<purpose>.redis.error`, until the client is ready again.
 *
 * node-redis cancels a command on its abort signal or timeout only until it is written to the
 * socket: a Redis that accepts connections but does not answer (a stopped process, a partition
 * that sends no reset) leaves every written command waiting for ever. So the deadline is our own,
 * and a command that misses it drops the connection: the commands behind it fail at once, and
 * later ones fail at once too until a new connection has been answered.
 */
export class SiteRedis {
  private client: SiteRedisClient;
  private reported = false;
  private closed = false;
  private readonly pinger: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    private readonly purpose: string,
  ) {
    this.client = this.open();
    // Notices a stall while no request asks, so the first one after it need not wait.
    this.pinger = setInterval(() => {
      if (this.client.isReady) this.run((client) => client.ping()).catch(() => {});
    }, PING_EVERY_MS).unref();
  }

  get isReady(): boolean {
    return this.client.isReady;
  }

  /** Resolves once the client is ready, or after `ms`; true when ready. */
  async ready(ms: number): Promise<boolean> {
    const client = this.client;
    if (client.isReady) return true;
    let timer: NodeJS.Timeout | undefined;
    let onReady = () => {};
    await new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
      onReady = resolve;
      client.once('ready', onReady);
    });
    clearTimeout(timer);
    client.off('ready', onReady);
    return this.client.isReady;
  }

  /** `command` on the client, refused at once while it is not ready, rejected past the deadline. */
  async run<T>(command: (client: SiteRedisClient) => Promise<T>): Promise<T> {
    const client = this.client;
    if (!client.isReady || this.closed) throw new Error('Redis is not reachable');
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RedisDeadlineError()), REDIS_TIMEOUT_MS);
    });
    try {
      return await Promise.race([command(client), deadline]);
    } catch (error) {
      if (error instanceof RedisDeadlineError) this.drop(client);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The client as a library that takes a node-redis client sees it, every command run through
   * `run`, on whichever connection is current. `withAbortSignal` gives the same view: the
   * deadline already bounds every command.
   */
  asClient(): SiteRedisClient {
    const view: SiteRedisClient = new Proxy({} as SiteRedisClient, {
      has: (_, name) => name in this.client,
      get: (_, name) => {
        if (name === 'isReady') return this.isReady;
        if (name === 'withAbortSignal') return () => view;
        const value: unknown = Reflect.get(this.client, name);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) =>
          this.run((client) => Reflect.apply(Reflect.get(client, name), client, args) as Promise<unknown>);
      },
    });
    return view;
  }

  /** Closes the connection once the replies still due have come or missed their deadline. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.pinger);
    if (this.client.isOpen) await this.client.close().catch(() => {});
  }

  private open(): SiteRedisClient {
    const client = newClient(this.url);
    client.on('error', (error: Error) => this.report(error.message));
    client.on('ready', () => {
      if (this.reported) console.log(JSON.stringify({ level: 'info', event: `${this.purpose}.redis.ready` }));
      this.reported = false;
    });
    client.connect().catch(() => {});
    return client;
  }

  /** Gives up a connection that stalled: its waiting commands fail now, and a new one is opened. */
  private drop(client: SiteRedisClient) {
    if (client !== this.client) return;
    this.report(`no answer within ${REDIS_TIMEOUT_MS} ms: reconnecting`);
    client.destroy();
    if (!this.closed) this.client = this.open();
  }

  private report(message: string) {
    if (this.reported) return;
    this.reported = true;
    console.warn(JSON.stringify({ level: 'warn', event: `${this.purpose}.redis.error`, message }));
  }
}
