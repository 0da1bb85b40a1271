// The search thread and its deadline, with real worker threads: one that answers at once, and one
// whose "search" holds its thread (a blocking wait) the way a slow SQLite statement would.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchPool } from '@/lib/search/pool';
import type { SearchPlan } from '@/lib/search/query';

const PLAN: SearchPlan = { match: '"port"', lowRowid: 0, highRowid: 1, sort: 'newest', limit: 10, offset: 0 };

/** A thread that answers every search after holding itself for `holdMs` (0: at once). */
function thread(holdMs: number): () => Worker {
  return () =>
    new Worker(
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', ({ id }) => {
         if (${holdMs} > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs});
         parentPort.postMessage({ id, answer: { total: 1, more: false, hits: [] } });
       });
       parentPort.postMessage({ ready: true });`,
      { eval: true },
    );
}

const pools: SearchPool[] = [];
function poolOf(start: () => Worker, limits = { deadlineMs: 200, maxWaiting: 4, maxRetiring: 1 }) {
  const pool = new SearchPool(start, limits);
  pools.push(pool);
  return pool;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('SearchPool', () => {
  it('answers on its thread', async () => {
    const pool = poolOf(thread(0));
    await expect(pool.run(PLAN)).resolves.toEqual({
      kind: 'answer',
      answer: { total: 1, more: false, hits: [] },
    });
  });

  it('answers "busy" at the deadline while the search still holds its thread, and the caller is free meanwhile', async () => {
    const pool = poolOf(thread(1_500));
    pool.warm();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const run = await pool.run(PLAN);
    clearInterval(ticker);
    expect(run).toEqual({ kind: 'busy' });
    expect(performance.now() - started).toBeLessThan(1_000);
    // The calling thread kept running its timers while the search held the other thread.
    expect(ticks).toBeGreaterThan(3);
  });

  it('refuses at once while a thread it let go is still finishing, then serves again', async () => {
    let slow = true;
    const pool = poolOf(() => thread(slow ? 800 : 0)());
    expect(await pool.run(PLAN)).toEqual({ kind: 'busy' });
    slow = false;
    const started = performance.now();
    expect(await pool.run(PLAN)).toEqual({ kind: 'busy' });
    expect(performance.now() - started).toBeLessThan(50);
    await expect
      .poll(async () => (await pool.run(PLAN)).kind, { timeout: 5_000, interval: 100 })
      .toBe('answer');
  });

  it('refuses past the number of searches waiting', async () => {
    const pool = poolOf(thread(100), { deadlineMs: 5_000, maxWaiting: 2, maxRetiring: 1 });
    const runs = await Promise.all([pool.run(PLAN), pool.run(PLAN), pool.run(PLAN)]);
    expect(runs.map((run) => run.kind)).toEqual(['answer', 'answer', 'busy']);
  });

  it("does not count a thread's start-up against the first search", async () => {
    const pool = poolOf(
      () =>
        new Worker(
          `const { parentPort } = require('node:worker_threads');
           Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
           parentPort.on('message', ({ id }) => parentPort.postMessage({ id, answer: { total: 0, more: false, hits: [] } }));
           parentPort.postMessage({ ready: true });`,
          { eval: true },
        ),
    );
    expect((await pool.run(PLAN)).kind).toBe('answer');
  });
});
