import { randomBytes } from 'node:crypto';
import { REDIS_TIMEOUT_MS, SiteRedis } from '../redis';
import { hourOf, windowHours } from './hours';
import type { PopularityStore, RankQuery, RankedPath, StoreOptions, ViewEvent } from './types';

/**
 * Counts and de-duplicates in one round trip. A repeat is recognised by the time stored for the
 * visitor and article, so the window is measured in the views' own time.
 * KEYS: seen, bucket of all sections, bucket of the section.
 * ARGV: at (ms), window (ms), path, bucket lifetime (s).
 */
const COUNT_VIEW = `
local last = redis.call('GET', KEYS[1])
if last and tonumber(last) + tonumber(ARGV[2]) > tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('ZINCRBY', KEYS[2], 1, ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[4])
redis.call('ZINCRBY', KEYS[3], 1, ARGV[3])
redis.call('EXPIRE', KEYS[3], ARGV[4])
return 1
`;

/**
 * Counts in Redis, shared by every instance: one sorted set per hour for all sections and one per
 * hour and section. Commands fail at once while Redis is unreachable, each is held to
 * REDIS_TIMEOUT_MS while it is stalled (lib/redis.ts), and the client reconnects in the background.
 */
export class RedisStore implements PopularityStore {
  readonly kind = 'redis';
  private readonly redis: SiteRedis;
  private firstConnection: Promise<boolean> | undefined;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly options: StoreOptions,
  ) {
    this.redis = new SiteRedis(url, 'popularity');
  }

  async countView(view: ViewEvent): Promise<boolean> {
    await this.connected();
    const hour = hourOf(view.at);
    const counted = await this.redis.run((client) =>
      client.eval(COUNT_VIEW, {
        keys: [
          `${this.prefix}seen:${view.visitor}:${view.path}`,
          this.bucketKey(hour),
          this.bucketKey(hour, view.section),
        ],
        arguments: [
          String(view.at.getTime()),
          String(this.options.dedupeWindowMs),
          view.path,
          String(this.options.retentionDays * 86_400),
        ],
      }),
    );
    return counted === 1;
  }

  async rank({ hours, section, limit, now }: RankQuery): Promise<RankedPath[]> {
    await this.connected();
    const keys = windowHours(now, hours).map((hour) => this.bucketKey(hour, section));
    const members = await this.redis.run((client) => client.zUnionWithScores(keys as [string, ...string[]]));
    return members
      .map(({ value, score }) => ({ path: String(value), views: Number(score) }))
      .sort((a, b) => b.views - a.views || a.path.localeCompare(b.path))
      .slice(0, limit);
  }

  async dailySalt(day: string): Promise<string> {
    await this.connected();
    const key = `${this.prefix}salt:${day}`;
    await this.redis.run((client) =>
      client.set(key, randomBytes(32).toString('base64url'), {
        condition: 'NX',
        expiration: { type: 'EX', value: 2 * 86_400 },
      }),
    );
    const salt = await this.redis.run((client) => client.get(key));
    if (!salt) throw new Error(`Redis lost the visitor salt of ${day}`);
    return String(salt);
  }

  /** Every counted view is already in Redis, made durable by its own persistence settings. */
  async flush(): Promise<void> {}

  async close(): Promise<void> {
    await this.redis.close();
  }

  private bucketKey(hour: number, section?: string): string {
    return `${this.prefix}views:${hour}:${section ?? '*'}`;
  }

  /**
   * The first connection goes on in the background, and the first callers wait for it at most
   * REDIS_TIMEOUT_MS; from then on a call while Redis is away fails at once.
   */
  private async connected(): Promise<void> {
    this.firstConnection ??= this.redis.ready(REDIS_TIMEOUT_MS);
    await this.firstConnection;
  }
}
