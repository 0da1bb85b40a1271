import { describe, expect, it } from 'vitest';
import { hasDotSegment } from '../scripts/request-path';

describe('hasDotSegment', () => {
  it.each([
    ['/news/..', true],
    ['/news/%2e%2e', true],
    ['/news/%2E%2e/china-news', true],
    ['/news/china-news/%2e', true],
    ['/news/china-news/.%2e/x', true],
    ['/news%2f..%2fsecret', true],
    ['/news/china-news/./x', true],
    ['/', false],
    ['/news/china-news', false],
    ['/news/china-news/cis-leader-looks-to-closer-ties-with-sco', false],
    ['/news/china-news?from=..', false],
    ['/images/qingdao-harbour.svg', false],
    ['/news/china-news/a...b', false],
  ])('%s → %s', (url, expected) => {
    expect(hasDotSegment(url)).toBe(expected);
  });
});
