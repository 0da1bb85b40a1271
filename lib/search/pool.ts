import { Worker } from 'node:worker_threads';
import { nowMs } from '../clock';
import { LOG_EVENTS, warn } from '../log';
import { processValue, PROCESS_KEYS, setProcessValue } from '../process-keys';
import { site } from '../site';
import type { SearchPlan } from './query';
import type { SearchAnswer } from './store';

/** What a search came to: an answer, no index to read, or no answer within the deadline. */
export type SearchRun = { kind: 'answer'; answer: SearchAnswer } | { kind: 'unavailable' } | { kind: 'busy' };

export interface SearchJob {
  id: number;
  plan: SearchPlan;
  now: number;
}

/** A worker's answer to a search, or the word that it has loaded and takes searches. */
export type SearchReply = { id: number; answer: SearchAnswer | undefined } | { ready: true };

export interface PoolLimits {
  deadlineMs: number;
  maxWaiting: number;
  maxRetiring: number;
}

interface Pending {
  resolve: (run: SearchRun) => void;
  /** Armed once the worker has loaded: its start-up is not the search's time. */
  timer?: NodeJS.Timeout;
}

/**
 * Searches on a thread of their own, each with a deadline (docs/adr/010-site-search.md). SQLite
 * cannot be stopped inside a statement, so a search past its deadline is answered "busy" at once
 * and its thread is let go to finish alone while a new one takes the next searches; while two
 * threads are still finishing, searches are answered "busy" without starting more.
 */
export class SearchPool {
  private worker?: Worker;
  private ready = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private retiring = 0;

  constructor(
    private readonly startWorker: () => Worker,
    private readonly limits: PoolLimits = site.search.pool,
  ) {}

  run(plan: SearchPlan): Promise<SearchRun> {
    if (this.retiring >= this.limits.maxRetiring || this.pending.size >= this.limits.maxWaiting)
      return Promise.resolve({ kind: 'busy' });
    const worker = this.current();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const pending: Pending = { resolve };
      this.pending.set(id, pending);
      if (this.ready) this.arm(pending, worker);
      const job: SearchJob = { id, plan, now: nowMs() };
      worker.postMessage(job);
    });
  }

  /** Starts the worker ahead of the first search (`npm start` does, as it starts). */
  warm(): void {
    this.current();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.settleAll({ kind: 'busy' });
    await worker?.terminate();
  }

  private current(): Worker {
    if (this.worker) return this.worker;
    const worker = this.startWorker();
    worker.unref();
    this.ready = false;
    worker.on('message', (reply: SearchReply) => {
      if ('ready' in reply) {
        if (this.worker !== worker) return;
        this.ready = true;
        for (const pending of this.pending.values()) this.arm(pending, worker);
        return;
      }
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      clearTimeout(pending.timer);
      pending.resolve(reply.answer ? { kind: 'answer', answer: reply.answer } : { kind: 'unavailable' });
    });
    const lost = (error: unknown) => {
      if (this.worker !== worker) return;
      warn(LOG_EVENTS.searchFailed, error);
      this.worker = undefined;
      this.settleAll({ kind: 'unavailable' });
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the search thread stopped (exit ${code})`)));
    this.worker = worker;
    return worker;
  }

  private arm(pending: Pending, worker: Worker): void {
    pending.timer ??= setTimeout(() => this.retire(worker), this.limits.deadlineMs);
  }

  /** The worker missed a deadline: every search it holds is answered "busy", and it is let go. */
  private retire(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.settleAll({ kind: 'busy' });
    this.retiring++;
    warn(LOG_EVENTS.searchSlow, `a search ran past ${this.limits.deadlineMs} ms; its thread is stopped`);
    worker.terminate().finally(() => this.retiring--);
  }

  private settleAll(run: SearchRun): void {
    for (const { resolve, timer } of this.pending.values()) {
      clearTimeout(timer);
      resolve(run);
    }
    this.pending.clear();
  }
}

/** The pool `npm start` gives searches to (scripts/start.ts); without one, searches run in the calling thread. */
export function searchPool(): SearchPool | undefined {
  return processValue<SearchPool>(PROCESS_KEYS.searchPool);
}

export function setSearchPool(pool: SearchPool | undefined): void {
  setProcessValue(PROCESS_KEYS.searchPool, pool);
}
