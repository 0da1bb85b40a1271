import { afterEach, describe, expect, it } from 'vitest';
import { setClock } from '@/lib/clock';
import { isPreviewPath, openPreview, PREVIEW_HOURS, signPreview } from '@/lib/preview';
import { judgeRequestHead, judgeRequestTarget, normalizedPath } from '@/lib/server/request-target';

// One path, one spelling: what Next's router serves is what the guard judged (RFC 3986 6.2.2).
describe('normalizedPath', () => {
  it.each([
    ['/%6Eews', '/news'],
    ['/r%73s.xml', '/rss.xml'],
    ['/%73earch', '/search'],
    ['/api/%73earch', '/api/search'],
    ['/news/china%2Dnews/a%5Fb%7Ec%2Ed', '/news/china-news/a_b~c.d'],
    ['/%41%5A%61%7A%30%39', '/AZaz09'],
    ['/tags/%e5%b1%b1%e4%b8%9c', '/tags/%E5%B1%B1%E4%B8%9C'],
    ['/tags/World%20Cup', '/tags/World%20Cup'],
    ['/news%2fchina-news', '/news%2Fchina-news'],
    ['/%5Cother.example', '/%5Cother.example'],
    ['/news/china-news', '/news/china-news'],
  ])('%s → %s', (raw, normalized) => {
    expect(normalizedPath(raw)).toBe(normalized);
  });

  // Every unreserved character, escaped in either case, is read back as itself.
  it('decodes the escape of every letter, digit and "-._~", and only those', () => {
    for (let code = 0x20; code < 0x7f; code++) {
      const char = String.fromCharCode(code);
      const hex = code.toString(16);
      const unreserved = /[A-Za-z0-9\-._~]/.test(char);
      for (const escape of [`%${hex.toUpperCase()}`, `%${hex.toLowerCase()}`])
        expect(normalizedPath(`/a${escape}b`), escape).toBe(
          unreserved ? `/a${char}b` : `/a%${hex.toUpperCase()}b`,
        );
    }
  });
});

describe('a path spelled with escapes of plain characters', () => {
  // The site's pages, feeds and search, as the guard's oracle sees them: every one passes.
  const oracle = () => undefined;
  const judge = (url: string, method = 'GET') =>
    judgeRequestHead({ method, url, httpVersionMajor: 1, hosts: 1 }, oracle);

  it.each([
    ['/%6Eews', '/news'],
    ['/r%73s.xml', '/rss.xml'],
    ['/%73earch?q=port', '/search?q=port'],
    ['/api/%73earch?q=port&page=2', '/api/search?q=port&page=2'],
    ['/sea%72ch', '/search'],
    ['/tags/%e5%b1%b1', '/tags/%E5%B1%B1'],
  ])('%s is redirected to %s, never handed to Next', (url, location) => {
    expect(judge(url)).toEqual({ kind: 'redirect', location });
    expect(judge(url, 'HEAD')).toEqual({ kind: 'redirect', location });
  });

  it('is judged by what it names before it is redirected', () => {
    const published = (segments: readonly string[]) =>
      segments[0] === 'news' ? segments.join('/') === 'news/china-news' : undefined;
    expect(judgeRequestTarget('/news/%6Eo-such-section', published)).toEqual({ kind: 'not-found' });
    expect(judgeRequestTarget('/news/china%2Dnews?x=1', published)).toEqual({
      kind: 'redirect',
      location: '/news/china-news?x=1',
    });
    const spelled = () => '/tags/qingdao';
    expect(judgeRequestTarget('/tags/Q%69ngdao', spelled)).toEqual({
      kind: 'redirect',
      location: '/tags/qingdao',
    });
  });

  it('is not a way to write to an endpoint under another name', () => {
    expect(judge('/api/%76iews', 'POST')).toMatchObject({ kind: 'bad', status: 405 });
  });

  it('leaves a path in its one spelling alone', () => {
    for (const url of ['/news', '/search?q=%70ort', '/tags/%E5%B1%B1', '/tags/World%20Cup'])
      expect(judge(url).kind, url).toBe('pass');
  });
});

describe('a preview link’s time', () => {
  const SECRET = 'preview-secret-for-tests-0123456789abcdef';
  const AT = Date.parse('2018-06-12T00:00:00Z');
  const MOST = PREVIEW_HOURS.most * 3_600_000;
  afterEach(() => setClock(undefined));

  it('is signed for at most the longest a link may work', () => {
    setClock(new Date(AT));
    expect(() => signPreview({ story: 'a/b', expires: AT + MOST }, SECRET)).not.toThrow();
    for (const expires of [AT + MOST + 3_600_000, 1e300, Infinity, NaN, AT + 0.5])
      expect(() => signPreview({ story: 'a/b', expires }, SECRET), String(expires)).toThrow(/at most/);
  });

  it('opens only when no further ahead than any link is signed for, however it was signed', async () => {
    const { createHmac } = await import('node:crypto');
    const signed = (e: number) => {
      const encoded = Buffer.from(JSON.stringify({ s: 'china-news/unfinished', e })).toString('base64url');
      return `${encoded}.${createHmac('sha256', SECRET).update(`preview:${encoded}`).digest('base64url')}`;
    };
    expect(openPreview(signed(AT + MOST), SECRET, AT)?.expires).toBe(AT + MOST);
    for (const e of [1e300, Number.MAX_VALUE, 8.64e15 + 1, AT + MOST + 3_600_000, AT + 0.5])
      expect(openPreview(signed(e), SECRET, AT), String(e)).toBeUndefined();
  });

  it('marks the preview paths, and only those', () => {
    for (const path of ['/preview', '/preview/', '/preview/abc.def'])
      expect(isPreviewPath(path), path).toBe(true);
    for (const path of ['/previews', '/news/preview', '/'] as const)
      expect(isPreviewPath(path), path).toBe(false);
  });
});
