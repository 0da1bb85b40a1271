import { describe, expect, it } from 'vitest';
import { cappedCacheControl, releaseKeepUntil } from '@/lib/server/release-freshness';

describe('an answer given while a story waits for its time', () => {
  it.each([
    ['s-maxage=60, stale-while-revalidate=31535940', 20, 's-maxage=20, stale-while-revalidate=31535940'],
    [
      'public, max-age=300, s-maxage=300, stale-while-revalidate=600',
      42,
      'public, max-age=42, s-maxage=42, stale-while-revalidate=600',
    ],
    ['public, max-age=5, stale-while-revalidate=30', 42, 'public, max-age=5, stale-while-revalidate=30'],
    [
      'private, no-cache, no-store, max-age=0, must-revalidate',
      10,
      'private, no-cache, no-store, max-age=0, must-revalidate',
    ],
    ['public, max-age=31536000, immutable', 10, 'public, max-age=31536000, immutable'],
    ['no-store', 10, 'no-store'],
  ])('%s, for %d s, is kept as "%s"', (value, seconds, expected) => {
    expect(cappedCacheControl(value, seconds)).toBe(expected);
  });
});

describe('how long an answer may be kept around a release', () => {
  const T = Date.parse('2018-06-10T02:00:00Z');
  const MARGIN = 15_000;
  const HOUR = 3_600_000;

  it('before a release: until the release and the watcher have been, from an hour ahead', () => {
    expect(releaseKeepUntil(T - 30_000, { latest: T - 5 * HOUR, next: T }, MARGIN)).toBe(T + MARGIN);
    expect(releaseKeepUntil(T - HOUR + 1, { latest: T - 5 * HOUR, next: T }, MARGIN)).toBe(T + MARGIN);
    expect(releaseKeepUntil(T - HOUR - 1, { latest: T - 5 * HOUR, next: T }, MARGIN)).toBeUndefined();
  });

  it('after a release: until the watcher has revalidated what lists the story, then as usual', () => {
    expect(releaseKeepUntil(T + 3_000, { latest: T, next: Infinity }, MARGIN)).toBe(T + MARGIN);
    expect(releaseKeepUntil(T + MARGIN, { latest: T, next: Infinity }, MARGIN)).toBeUndefined();
    // Times read before the release count it as the latest once it has passed.
    expect(releaseKeepUntil(T + 3_000, { latest: T - 5 * HOUR, next: T }, MARGIN)).toBe(T + MARGIN);
    expect(releaseKeepUntil(T + MARGIN + 1, { latest: T - 5 * HOUR, next: T }, MARGIN)).toBeUndefined();
  });

  it('with no release near: as usual', () => {
    expect(releaseKeepUntil(T, { latest: -Infinity, next: Infinity }, MARGIN)).toBeUndefined();
  });
});
