// What the production server answers, held to HTTP's rules (RFC 9110): a not-found verdict is a
// 404 page whatever the request's conditions and router headers say, no 404 is kept, a path has
// one spelling, a 304 or a HEAD carries the validator and lifetime of the 200, gzip and identity
// answers have ETags of their own, and preview links leak through no Referer.
import { createHmac } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type LocalServer } from '../../scripts/local-servers';
import { root } from '../../scripts/run-script';
import { BREAKING_FILE } from '../../lib/breaking';
import { signPreview } from '../../lib/preview';
import { rawRequest, type RawRequest } from './raw-http';

const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const MISSING = '/news/china-news/no-such-story';
const PREVIEW_SECRET = 'protocol-preview-secret-of-32-characters';
const BANNER = 'Ferries to Dalian suspended as typhoon nears';

let site: LocalServer;
let port: number;
let edition: string;
const ask = (request: RawRequest) => rawRequest(port, request);

beforeAll(async () => {
  // A copy of the published content with a banner showing.
  edition = mkdtempSync(path.join(tmpdir(), 'sdoi-protocol-'));
  cpSync(path.join(root, '.contentlayer'), edition, { recursive: true });
  writeFileSync(path.join(edition, BREAKING_FILE), JSON.stringify({ text: BANNER }));
  site = await startSite({
    CONTENTLAYER_DIR: edition,
    PREVIEW_SECRET,
    SEARCH_PER_MINUTE: '3',
  });
  port = Number(new URL(site.url).port);
});
afterAll(async () => {
  await site?.stop();
  rmSync(edition, { recursive: true, force: true });
});

/** A 404 of the site's own not-found page, kept by no browser or proxy. */
function expectNotFoundPage(answer: Awaited<ReturnType<typeof ask>>, what: string) {
  expect(answer.status, what).toBe(404);
  expect(answer.headers['content-type'], what).toMatch(/^text\/html/);
  expect(answer.body, what).toMatch(/could not be found|not found/i);
  expect(answer.body, what).toContain('</html>');
  expect(answer.headers['cache-control'], what).toBe('no-store');
}

describe('a path that names nothing', () => {
  it('is a whole 404 page whatever the request’s conditions or router headers say', async () => {
    const plain = await ask({ target: MISSING });
    expectNotFoundPage(plain, 'plain');
    const ownEtag = plain.headers.etag;
    expect(ownEtag).toMatch(/^"/);
    const cases: [string, Record<string, string>][] = [
      ['If-None-Match: *', { 'if-none-match': '*' }],
      ['its own ETag', { 'if-none-match': ownEtag }],
      ['If-Modified-Since ahead', { 'if-modified-since': 'Fri, 01 Jan 2100 00:00:00 GMT' }],
      ['If-Match of another', { 'if-match': '"other"' }],
      ['a Range', { range: 'bytes=0-10' }],
      ['RSC', { rsc: '1' }],
      ['a prefetch', { rsc: '1', 'next-router-prefetch': '1' }],
      ['a router state', { rsc: '1', 'next-router-state-tree': '%5B%22%22%5D', 'next-url': '/news' }],
      ['a segment prefetch', { rsc: '1', 'next-router-segment-prefetch': '/_tree' }],
    ];
    for (const target of [MISSING, `${MISSING}?_rsc=abc`, '/preview/abc.def', '/tags/no-such-topic'])
      for (const [what, headers] of cases)
        expectNotFoundPage(await ask({ target, headers }), `${target}, ${what}`);
  });

  it('outside the content’s routes too, where Next itself answers, no validator makes it a 304', async () => {
    // The server asked itself for a missing page when it started, so it knows the page's ETag
    // before any reader has seen a 404 here.
    const { etag } = (await ask({ target: MISSING })).headers;
    expect(etag).toMatch(/^"/);
    for (const target of ['/no-such-page', '/api/no-such', '/no/such/deeper/page'])
      for (const [what, headers] of [
        ['If-None-Match: *', { 'if-none-match': '*' }],
        ['its ETag', { 'if-none-match': etag! }],
        ['its ETag among others', { 'if-none-match': `"other", ${etag}` }],
        ['its ETag, weak', { 'if-none-match': `W/${etag}` }],
      ] as const)
        expectNotFoundPage(await ask({ target, headers }), `${target}, ${what}`);
    // A page that exists still answers its own validator with 304.
    const home = await ask({ target: '/' });
    expect((await ask({ target: '/', headers: { 'if-none-match': home.headers.etag! } })).status).toBe(304);
  });

  it('is never kept, however it is spelled or whoever answers it', async () => {
    for (const target of [
      MISSING,
      '/api/no-such',
      '/_next/static/chunks/no-such.js',
      '/no-such-page.html',
      '/media/no-such-picture-0123456789-800.webp',
      '/news/china-news/page/999',
    ]) {
      const answer = await ask({ target });
      expect(answer.status, target).toBe(404);
      expect(answer.headers['cache-control'], target).toBe('no-store');
    }
  });
});

describe('a path spelled with escapes of plain letters', () => {
  it.each([
    ['/%6Eews', '/news'],
    ['/r%73s.xml', '/rss.xml'],
    ['/news/china%2Dnews', '/news/china-news'],
    [`/news/china-news/cis-leader-looks-to-closer-ties-with-%73co?x=1`, `${ARTICLE}?x=1`],
  ])('%s is redirected to %s', async (target, location) => {
    for (const method of ['GET', 'HEAD']) {
      const answer = await ask({ method, target });
      expect(answer.status, method).toBe(308);
      expect(answer.headers.location).toBe(location);
    }
    expect((await ask({ target: location })).status).toBe(200);
  });

  it('runs no search: only the one spelling of the search does, and the limit counts it', async () => {
    for (const target of [
      '/%73earch?q=port',
      '/api/%73earch?q=port',
      '/sea%72ch?q=harbour',
      '/%73earch?q=port',
    ])
      expect((await ask({ target })).status, target).toBe(308);
    // SEARCH_PER_MINUTE is 3: the three real ones are answered, the fourth is over the limit.
    const statuses = [];
    for (const target of ['/search?q=port', '/api/search?q=port', '/search?q=harbour', '/api/search?q=x'])
      statuses.push((await ask({ target })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('a page while the banner shows', () => {
  it('is answered to HEAD and to a revalidation with the ETag and lifetime of its 200', async () => {
    const page = await ask({ target: ARTICLE });
    expect(page.status).toBe(200);
    expect(page.body).toContain(BANNER);
    const etag = page.headers.etag;
    expect(etag).toMatch(/-b[0-9a-f]+"$/);
    const kept = page.headers['cache-control'];
    expect(kept).toMatch(/s-maxage=([1-9]|[1-3]\d|4[0-5])\b/);

    const head = await ask({ method: 'HEAD', target: ARTICLE });
    expect(head.status).toBe(200);
    expect(head.headers.etag).toBe(etag);
    expect(head.headers['cache-control']).toBe(kept);

    const again = await ask({ target: ARTICLE, headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe(kept);
  });

  it('has an ETag of its own when gzipped, which revalidates as that one', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    const identity = await ask({ target: ARTICLE });
    const zipped = await ask({ target: ARTICLE, headers: gzip });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers.etag).toMatch(/^"/);
    expect(zipped.headers.etag).not.toBe(identity.headers.etag);

    const revalidated = await ask({
      target: ARTICLE,
      headers: { ...gzip, 'if-none-match': zipped.headers.etag },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.etag).toBe(zipped.headers.etag);
    const plain = await ask({ target: ARTICLE, headers: { 'if-none-match': identity.headers.etag } });
    expect(plain.status).toBe(304);
    expect(plain.headers.etag).toBe(identity.headers.etag);
  });
});

describe('a private preview', () => {
  const link = (grant: object) => {
    const encoded = Buffer.from(JSON.stringify(grant)).toString('base64url');
    const signature = createHmac('sha256', PREVIEW_SECRET).update(`preview:${encoded}`).digest('base64url');
    return `/preview/${encoded}.${signature}`;
  };
  const story = 'china-news/cis-leader-looks-to-closer-ties-with-sco';

  it('is sent, and refused, with no Referer to follow it', async () => {
    const open = await ask({
      target: `/preview/${signPreview({ story, expires: Date.now() + 3_600_000 }, PREVIEW_SECRET)}`,
    });
    expect(open.status).toBe(200);
    expect(open.body).toContain('<strong>Preview.</strong>');
    expect(open.headers['referrer-policy']).toBe('no-referrer');
    expect(open.body).toContain('<meta name="referrer" content="no-referrer"/>');
    for (const target of ['/preview/abc.def', link({ s: story, e: Date.now() - 1 })]) {
      const refused = await ask({ target });
      expect(refused.status, target).toBe(404);
      expect(refused.headers['referrer-policy'], target).toBe('no-referrer');
    }
  });

  it('signed for a time no link is made for is a 404, never a 500', async () => {
    for (const e of [1e300, Number.MAX_VALUE, 8.64e15 + 1, Date.now() + 365 * 24 * 3_600_000]) {
      const answer = await ask({ target: link({ s: story, e }) });
      expect(answer.status, String(e)).toBe(404);
    }
  });
});
