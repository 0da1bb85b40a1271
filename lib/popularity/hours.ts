const HOUR_MS = 3_600_000;

export const POPULAR_WINDOWS = { '24h': 24, '7d': 24 * 7, '30d': 24 * 30 } as const;
export type PopularWindow = keyof typeof POPULAR_WINDOWS;

/** Hours since the epoch: the bucket a moment is counted in. */
export function hourOf(at: Date): number {
  return Math.floor(at.getTime() / HOUR_MS);
}

/** The buckets a window covers, oldest first, ending with the current (partial) hour. */
export function windowHours(now: Date, hours: number): number[] {
  const last = hourOf(now);
  return Array.from({ length: hours }, (_, i) => last - hours + 1 + i);
}

/** "YYYY-MM-DD" in UTC: the day a visitor salt belongs to. */
export function saltDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
