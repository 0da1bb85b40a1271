import { describe, expect, it } from 'vitest';
import { cappedCacheControl } from '@/lib/server/release-freshness';

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
