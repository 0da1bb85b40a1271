/**
 * The site's one clock. Code that needs the current time asks here, never `Date.now()` or
 * `new Date()` directly, so a test sets the time once and every part agrees on it: a view's own
 * time and "now" can never come from two different clocks.
 */
import { processValue, PROCESS_KEYS, setProcessValue } from './process-keys';

/** Milliseconds since the epoch, by the site's clock. */
export function nowMs(): number {
  return (processValue<() => number>(PROCESS_KEYS.clock) ?? Date.now)();
}

/** The current moment, by the site's clock. */
export function now(): Date {
  return new Date(nowMs());
}

/**
 * Tests only: the clock stands still at `at`, or reads `at()`; `undefined` gives the system clock
 * back. Kept on globalThis so that modules bundled apart share one clock.
 */
export function setClock(at: Date | (() => number) | undefined): void {
  setProcessValue(PROCESS_KEYS.clock, at instanceof Date ? () => at.getTime() : at);
}
