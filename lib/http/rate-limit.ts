import { nowMs } from '../clock';

/**
 * A fixed-window limit per key, held in memory (per instance). Windows are kept in insertion
 * order, so expired ones are dropped from the front of the map as new ones arrive. At most
 * `maxKeys` are held: past that the oldest window is forgotten, so a flood of distinct keys
 * costs a bounded map, not memory without end.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  get size(): number {
    return this.windows.size;
  }

  /** Seconds to wait when the key is over its limit, else 0 (and the hit is recorded). */
  hit(key: string, now = nowMs()): number {
    this.dropExpired(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.delete(key);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
    }
    if (window.count >= this.limit) return Math.ceil((window.start + this.windowMs - now) / 1000);
    window.count += 1;
    return 0;
  }

  /** Seconds the key must wait before its next hit, without recording one. */
  waitFor(key: string, now = nowMs()): number {
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs || window.count < this.limit) return 0;
    return Math.ceil((window.start + this.windowMs - now) / 1000);
  }

  private dropExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start < this.windowMs) break;
      this.windows.delete(key);
    }
  }
}
