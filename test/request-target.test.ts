import { describe, expect, it } from 'vitest';
import { hasDotSegment, judgeRequestHead, judgeRequestTarget } from '../lib/server/request-target';

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

describe('judgeRequestTarget', () => {
  // Published: the section "china-news" and its article "a-story"; everything else under /news is not.
  const oracle = (segments: readonly string[]) =>
    segments[0] !== 'news'
      ? undefined
      : segments.length === 1 || ['china-news', 'china-news/a-story'].includes(segments.slice(1).join('/'));
  it.each([
    ['/', 'pass'],
    ['/news', 'pass'],
    ['/news/china-news', 'pass'],
    ['/news/china-news/', 'pass'],
    ['/news/china-news?page=2', 'pass'],
    ['/news/china%2Dnews/a-story', 'redirect'],
    ['/news/china-news/a-story', 'pass'],
    ['/about-us', 'pass'],
    ['/news/china-news/no-story', 'not-found'],
    ['/news/no-section', 'not-found'],
    ['/news/no-section/', 'not-found'],
    ['/news/china-news/a-story/more', 'not-found'],
    ['/news/%2e%2e', 'not-found'],
    [`/news/${'x'.repeat(5000)}`, 'not-found'],
    ['*', 'bad'],
    ['http://other.example/news', 'bad'],
    ['', 'bad'],
    ['/news/%ZZ', 'bad'],
    ['/news/%C3', 'bad'],
    ['/news/%', 'bad'],
    ['//[', 'bad'],
    ['/\\[', 'bad'],
    ['//a:b:c/', 'bad'],
    ['//other.example/news', 'bad'],
  ])('%s → %s', (url, kind) => {
    expect(judgeRequestTarget(url, oracle).kind).toBe(kind);
  });

  it('gives a reason with every refusal', () => {
    const verdict = judgeRequestTarget('*', oracle);
    expect(verdict).toMatchObject({ kind: 'bad', status: 400, reason: expect.stringMatching(/path/) });
  });
});

describe('judgeRequestHead', () => {
  const oracle = () => undefined;
  const judge = (method: string, url: string) =>
    judgeRequestHead({ method, url, httpVersionMajor: 1, hosts: 1 }, oracle);

  it.each([
    ['GET', '/api/search?q=port'],
    ['HEAD', '/'],
    ['POST', '/api/views'],
    ['POST', '/api/revalidate'],
    ['POST', '/api/views?from=beacon'],
  ])('lets %s %s through', (method, url) => {
    expect(judge(method, url).kind).not.toBe('bad');
  });

  it.each([
    ['POST', '/api/%2e%2e/', 'GET, HEAD'],
    ['POST', '/api/views/', 'GET, HEAD'],
    ['POST', '/api/search', 'GET, HEAD'],
    ['PUT', '/api/views', 'GET, HEAD, POST'],
    ['DELETE', '/api/revalidate', 'GET, HEAD, POST'],
    ['POST', '/news/china-news', 'GET, HEAD'],
    ['OPTIONS', '/api/popular', 'GET, HEAD'],
  ])('refuses %s %s with 405, allowing %s', (method, url, allow) => {
    expect(judge(method, url)).toMatchObject({ kind: 'bad', status: 405, headers: { allow } });
  });
});
