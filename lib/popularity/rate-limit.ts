import { nowMs } from '../clock';

/**
 * A fixed-window limit per key, held in memory (per instance). Windows are kept in insertion
 * order, so expired ones are dropped from the front of the map as new ones arrive.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds to wait when the key is over its limit, else 0 (and the hit is recorded). */
  hit(key: string, now = nowMs()): number {
    this.dropExpired(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.delete(key);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit) return Math.ceil((window.start + this.windowMs - now) / 1000);
    window.count += 1;
    return 0;
  }

  private dropExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start < this.windowMs) break;
      this.windows.delete(key);
    }
  }
}
