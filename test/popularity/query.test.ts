import { describe, expect, it } from 'vitest';
import { parsePopularQuery } from '@/lib/popularity/query';

const known = (id: string) => ['china-news', 'business'].includes(id);
const parse = (qs: string) => parsePopularQuery(new URLSearchParams(qs), known);

describe('parsePopularQuery', () => {
  it.each([
    ['', { window: '24h', limit: 10 }],
    ['window=7d', { window: '7d', limit: 10 }],
    ['window=30d&section=business&limit=50', { window: '30d', section: 'business', limit: 50 }],
    ['limit=1&utm_source=x', { window: '24h', limit: 1 }],
  ])('accepts "%s"', (qs, query) => {
    expect(parse(qs)).toEqual({ ok: true, query });
  });

  it.each([
    ['window=1y', /window/],
    ['window=', /window/],
    ['limit=0', /limit/],
    ['limit=51', /limit/],
    ['limit=abc', /limit/],
    ['limit=2.5', /limit/],
    ['limit=', /limit/],
    ['section=sport', /section "sport" does not exist/],
    ['section=../etc', /section/],
  ])('refuses "%s" with a reason', (qs, reason) => {
    expect(parse(qs)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});
