// Every Redis call settles within REDIS_TIMEOUT_MS against a redis-server that is stopped
// (SIGSTOP): it accepts connections and answers nothing, as a saturated or partitioned one does.
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { afterEach, describe, expect, it } from 'vitest';
import { REDIS_TIMEOUT_MS, SiteRedis } from '@/lib/redis';
import { startRedis, type LocalServer } from '@/scripts/local-servers';

let redis: LocalServer | undefined;
let client: SiteRedis | undefined;
afterEach(async () => {
  // Redis first (its stop continues it), so a client still waiting on it is answered or closed.
  await redis?.stop();
  await client?.close();
});

async function settles(call: () => Promise<unknown>): Promise<{ error?: string; ms: number }> {
  const started = performance.now();
  const error = await call().then(
    () => undefined,
    (failure: Error) => failure.message,
  );
  return { error, ms: performance.now() - started };
}

const page = { lastModified: 1, lifespan: null, tags: [], value: null };

describe('Redis stalled', () => {
  it('the ISR handler’s get, set and revalidateTag each give up within the deadline, then at once; all work again when Redis does', async () => {
    redis = await startRedis();
    client = new SiteRedis(redis.url, 'test');
    expect(await client.ready(5_000)).toBe(true);
    const handler = createRedisHandler({ client: client.asClient(), keyPrefix: 'stall:', timeoutMs: 60_000 });
    await handler.set('/page', page, {});
    expect(await handler.get('/page', { implicitTags: [] })).toMatchObject({ lastModified: 1 });

    process.kill(redis.child.pid!, 'SIGSTOP');
    const first = await settles(() => handler.get('/page', { implicitTags: [] }));
    expect(first.error).toMatch(/did not answer/);
    expect(first.ms).toBeLessThan(REDIS_TIMEOUT_MS + 400);
    for (const call of [
      () => handler.get('/page', { implicitTags: [] }),
      () => handler.set('/other', page, {}),
      () => handler.revalidateTag('_N_T_/page'),
      () => client!.run((c) => c.ping()),
    ]) {
      const later = await settles(call);
      expect(later.error).toBeDefined();
      expect(later.ms).toBeLessThan(100);
    }

    process.kill(redis.child.pid!, 'SIGCONT');
    expect(await client.ready(5_000)).toBe(true);
    expect(await handler.get('/page', { implicitTags: [] })).toMatchObject({ lastModified: 1 });
  });

  it('closing the client waits for a stalled Redis no longer than the deadline', async () => {
    redis = await startRedis();
    client = new SiteRedis(redis.url, 'test');
    expect(await client.ready(5_000)).toBe(true);
    process.kill(redis.child.pid!, 'SIGSTOP');
    const pending = settles(() => client!.run((c) => c.get('key')));
    const closing = await settles(() => client!.close());
    expect(closing.ms).toBeLessThan(REDIS_TIMEOUT_MS + 400);
    expect((await pending).error).toMatch(/did not answer/);
  });
});
