import { describe, expect, it } from 'vitest';
import { etagOf, ifNoneMatchHits } from '@/lib/http/conditional';
import { hourOf, saltDay, windowHours } from '@/lib/popularity/hours';
import { RateLimiter } from '@/lib/http/rate-limit';
import { visitorKey } from '@/lib/popularity/visitor';

describe('RateLimiter', () => {
  it('allows the limit per window, then says how long to wait', () => {
    const limiter = new RateLimiter(2, 60_000);
    expect([limiter.hit('a', 0), limiter.hit('a', 1000), limiter.hit('a', 2000)]).toEqual([0, 0, 58]);
    expect(limiter.hit('b', 2000)).toBe(0);
    expect(limiter.hit('a', 60_000)).toBe(0);
  });

  it('holds at most its bound of keys, however many visitors arrive in one window', () => {
    const limiter = new RateLimiter(2, 60_000, 1_000);
    for (let i = 0; i < 10_000; i++) limiter.hit(`visitor-${i}`, 1_000);
    expect(limiter.size).toBe(1_000);
    // The newest are the ones kept: the last visitor's second view fills its limit, the third waits.
    expect([limiter.hit('visitor-9999', 1_000), limiter.hit('visitor-9999', 1_000)]).toEqual([0, 60]);
  });
});

describe('visitorKey', () => {
  it('is stable for a salt and changes with the salt, the IP or the User-Agent', () => {
    const key = visitorKey('salt', '192.0.2.1', 'UA');
    expect(key).toHaveLength(22);
    expect(visitorKey('salt', '192.0.2.1', 'UA')).toBe(key);
    expect(
      new Set([
        visitorKey('other', '192.0.2.1', 'UA'),
        visitorKey('salt', '192.0.2.2', 'UA'),
        visitorKey('salt', '192.0.2.1', 'UA2'),
      ]).size,
    ).toBe(3);
    expect(key).not.toContain('192.0.2.1');
  });
});

describe('hours', () => {
  it('buckets by hour and lists a window ending with the current hour', () => {
    const now = new Date('2026-11-28T10:59:59Z');
    expect(hourOf(now)).toBe(hourOf(new Date('2026-11-28T10:00:00Z')));
    const span = windowHours(now, 24);
    expect(span).toHaveLength(24);
    expect(span[23]).toBe(hourOf(now));
    expect(span[0]).toBe(hourOf(new Date('2026-11-27T11:00:00Z')));
    expect(saltDay(now)).toBe('2026-11-28');
  });
});

describe('conditional requests', () => {
  const etag = etagOf('representation');
  it.each([
    [null, false],
    [etag, true],
    [`W/${etag}`, true],
    [`"other", ${etag}`, true],
    ['*', true],
    ['"other"', false],
  ])('If-None-Match %s → %s', (header, hit) => {
    expect(ifNoneMatchHits(header, etag)).toBe(hit);
  });

  it('gives different representations different tags', () => {
    expect(etagOf('a')).not.toBe(etagOf('b'));
    expect(etagOf('a')).toMatch(/^"[\w-]+"$/);
  });
});
