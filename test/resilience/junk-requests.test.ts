// What scanners and strangers send, against the production server: every case gets a 4xx (or
// the page it names) with a reason, never a 5xx, never a redirect off the site's origin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect, type Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type LocalServer } from '../../scripts/local-servers';
import { root, scriptCommand } from '../../scripts/run-script';
import { rawRequest, type RawRequest } from './raw-http';

const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
const json = { 'content-type': 'application/json', 'user-agent': UA };
const beacon = (body: string, headers: Record<string, string> = json): RawRequest => ({
  method: 'POST',
  target: '/api/views',
  headers,
  body,
});

/** [what, request, the status it gets]. */
const CORPUS: [string, RawRequest, number][] = [
  // Request targets
  ['the asterisk form', { target: '*' }, 400],
  ['OPTIONS *', { method: 'OPTIONS', target: '*' }, 400],
  ['the absolute form naming another host', { target: 'http://other.example/news' }, 400],
  ['the absolute form naming this host', { target: 'http://127.0.0.1/news' }, 400],
  ['a path beginning with //', { target: '//[' }, 400],
  ['a path beginning with /\\', { target: '/\\[' }, 400],
  ['HEAD of a path that reads as a host', { method: 'HEAD', target: '//a:b:c/' }, 400],
  ['the authority form', { method: 'CONNECT', target: 'other.example:443' }, 405],
  ['an empty path', { raw: 'GET  HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' }, 400],
  ['a malformed escape in the path', { target: '/news/%ZZ' }, 400],
  ['a lone percent sign', { target: '/news/china-news/%' }, 400],
  ['an escape that is not UTF-8', { target: '/news/%C3' }, 400],
  ['an overlong UTF-8 slash', { target: '/news/%C0%AF' }, 400],
  ['a malformed escape in the query', { target: '/news?x=%ZZ' }, 200],
  ['an escaped NUL', { target: '/news/china-news/%00' }, 404],
  ['dot segments', { target: '/news/../etc/passwd' }, 404],
  ['escaped dot segments', { target: '/news/%2e%2e/%2e%2e/etc/passwd' }, 404],
  ['an escaped slash', { target: '/news/china-news%2F..%2Fx' }, 404],
  ['a backslash', { target: '/news\\..\\x' }, 404],
  ['a double slash', { target: '//other.example/' }, 400],
  ['a path of 8 KB', { target: `/news/${'a'.repeat(8000)}` }, 404],
  ['a query of 8 KB', { target: `/news?${'a'.repeat(8000)}` }, 404],
  ['a target over the header limit', { target: `/${'a'.repeat(20_000)}` }, 431],
  // A stale client of the runtime pages once had (docs/adr/015): Next's own answer, never an error.
  [
    'an RSC request with a junk router state',
    { target: `${ARTICLE}?_rsc=x`, headers: { rsc: '1', 'next-router-state-tree': '[1,2' } },
    307,
  ],
  ['a script by a name that is not the site’s', { target: '/assets/site.000000000000.js' }, 404],
  ['a path out of the scripts', { target: '/assets/..%2fpackage.json' }, 404],
  ['an unknown section', { target: '/news/sport' }, 404],
  ['an unknown section with a slash', { target: '/news/sport/' }, 404],
  ['an unknown article', { target: '/news/china-news/no-such-story' }, 404],
  [
    'an article in the wrong section',
    { target: '/news/business/cis-leader-looks-to-closer-ties-with-sco' },
    404,
  ],
  ['an article with more after it', { target: `${ARTICLE}/more` }, 404],
  ['page 0', { target: '/news/china-news/page/0' }, 404],
  ['page 1, which is the section itself', { target: '/news/china-news/page/1' }, 308],
  ['a page past the last', { target: '/news/china-news/page/999' }, 404],
  ['a page that is not a number', { target: '/news/china-news/page/two' }, 404],
  ['a page with a leading zero', { target: '/news/china-news/page/02' }, 404],
  ['an unknown introduction page', { target: '/introduction/no-such-page' }, 404],
  ['an unknown social card', { target: '/og/china-news/no-such-story' }, 404],
  ['an unknown sitemap file', { target: '/sitemaps/99.xml' }, 404],
  ['the feed of an unknown section', { target: '/news/sport/rss.xml' }, 404],
  ['the feed of an 8 KB section name', { target: `/news/${'s'.repeat(8000)}/rss.xml` }, 404],
  ['an unknown tag', { target: '/tags/no-such-topic' }, 404],
  ['the feed of an unknown tag', { target: '/tags/no-such-topic/rss.xml' }, 404],
  ['a tag page past the last', { target: '/tags/qingdao/page/99' }, 404],
  ['another spelling of a tag', { target: '/tags/Qingdao' }, 308],
  ['another spelling of a tag, escaped', { target: '/tags/World%20Cup' }, 308],
  ['the image optimiser', { target: '/_next/image?url=%2Flogo.png&w=64&q=75' }, 404],
  ['a picture no build made', { target: '/media/no-such-picture-0123456789-800.webp' }, 404],
  ['a picture at a width no build makes', { target: '/media/no-such-picture-0123456789-1.webp' }, 404],
  ['a picture in another format', { target: '/media/no-such-picture-0123456789-800.gif' }, 404],
  ['a file of the media folder that is not a picture', { target: '/media/site-index.json' }, 404],
  ['a way out of the media folder', { target: '/media/..%2F..%2Fpackage.json' }, 404],
  ['a folder under /media', { target: '/media/a/b-0123456789-800.webp' }, 404],
  [
    'POST a picture',
    { method: 'POST', target: '/media/no-such-picture-0123456789-800.webp', body: 'x' },
    405,
  ],
  ['an unknown build file', { target: '/_next/static/chunks/no-such.js' }, 404],
  ['an unknown API', { target: '/api/no-such' }, 404],
  ['a known page, for comparison', { target: ARTICLE }, 200],
  // Methods
  ['an unknown method', { method: 'FOO', target: '/' }, 400],
  ['TRACE', { method: 'TRACE', target: '/' }, 405],
  ['DELETE a page', { method: 'DELETE', target: '/' }, 405],
  ['POST a page', { method: 'POST', target: ARTICLE, body: 'x=1' }, 405],
  ['PUT a feed', { method: 'PUT', target: '/rss.xml', body: 'x' }, 405],
  ['GET the beacon', { target: '/api/views' }, 405],
  ['DELETE the ranking', { method: 'DELETE', target: '/api/popular' }, 405],
  ['POST the search', { method: 'POST', target: '/api/search?q=port', body: '' }, 405],
  ['GET revalidation', { target: '/api/revalidate' }, 405],
  [
    'a server action posted to a dot path under /api/',
    {
      method: 'POST',
      target: '/api/%2e%2e/',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'next-action': 'abc' },
      body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n',
    },
    405,
  ],
  ['a form posted to the search page', { method: 'POST', target: '/search', body: 'q=port' }, 405],
  // Headers
  ['no Host header', { raw: 'GET /news HTTP/1.1\r\nConnection: close\r\n\r\n' }, 400],
  ['two Host headers', { raw: 'GET /news HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n' }, 400],
  ['another Host', { target: '/news', headers: { host: 'other.example' } }, 200],
  [
    'X-Forwarded-Host of another site',
    { target: '/news/', headers: { 'x-forwarded-host': 'other.example' } },
    308,
  ],
  ['headers over 16 KB', { target: '/', headers: { 'x-junk': 'a'.repeat(17_000) } }, 431],
  ['a header without a colon', { raw: 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nnonsense\r\n\r\n' }, 400],
  ['a space before the colon', { raw: 'GET / HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n' }, 400],
  [
    'a control character in a header',
    { raw: 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\x01b\r\n\r\n' },
    400,
  ],
  ['HTTP/2 in an HTTP/1 request line', { raw: 'GET / HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n' }, 505],
  ['a request line of garbage', { raw: '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n' }, 400],
  ['a client IP of its own', { target: '/', headers: { 'x-client-ip': '203.0.113.9' } }, 200],
  // Bodies of the view beacon
  ['a beacon of an unknown type', beacon('{}', { 'content-type': 'application/xml', 'user-agent': UA }), 415],
  ['a beacon without a type', beacon('{}', { 'user-agent': UA }), 415],
  ['a beacon that is not JSON', beacon('{"path":'), 400],
  ['a beacon of the wrong shape', beacon('{"path": 1}'), 400],
  ['a beacon with extra fields', beacon(`{"path": "${ARTICLE}", "x": 1}`), 400],
  ['a beacon for an unknown article', beacon('{"path": "/news/china-news/no-such-story"}'), 404],
  ['a beacon for a dot path', beacon('{"path": "/news/china-news/../business"}'), 404],
  ['a beacon larger than 1 KB', beacon(`{"path": "${'a'.repeat(2000)}"}`), 413],
  ['a beacon that says it is 1 GB', beacon('{}', { ...json, 'content-length': '1000000000' }), 413],
  [
    'a chunked beacon past the limit',
    beacon(`7d0\r\n${'a'.repeat(2000)}\r\n0\r\n\r\n`, { ...json, 'transfer-encoding': 'chunked' }),
    413,
  ],
  [
    'a chunked beacon that is malformed',
    beacon('zz\r\nxx\r\n', { ...json, 'transfer-encoding': 'chunked' }),
    400,
  ],
  [
    'both Content-Length and chunked',
    beacon('2\r\n{}\r\n0\r\n\r\n', { ...json, 'content-length': '11', 'transfer-encoding': 'chunked' }),
    400,
  ],
  ['a beacon from a bot', beacon(`{"path": "${ARTICLE}"}`, { ...json, 'user-agent': 'Googlebot/2.1' }), 202],
  ['a beacon that counts', beacon(`{"path": "${ARTICLE}"}`), 202],
  // Queries
  ['an unknown ranking window', { target: '/api/popular?window=1y' }, 400],
  ['an unknown ranking section', { target: '/api/popular?section=sport' }, 400],
  ['a ranking limit of a million', { target: '/api/popular?limit=1000000' }, 400],
  ['another spelling of a tag', { target: '/tags/QINGDAO' }, 308],
  ['a search of 2,000 characters', { target: `/api/search?q=${'x'.repeat(2000)}` }, 400],
  ['a search page of 10^20', { target: '/search?q=port&page=100000000000000000000' }, 400],
  ['a search up to the last day there is', { target: '/api/search?q=qingdao&to=9999-12-31' }, 200],
  [
    'HEAD of a search up to the last day',
    { method: 'HEAD', target: '/api/search?q=qingdao&to=9999-12-31' },
    200,
  ],
  ['a results page up to the last day', { target: '/search?q=qingdao&to=9999-12-31' }, 200],
  ['a search from the first day there is', { target: '/api/search?q=qingdao&from=0001-01-01' }, 200],
  ['a search from year 0', { target: '/api/search?q=qingdao&from=0000-12-31' }, 400],
  [
    'a search of 13 words',
    { target: `/api/search?q=${Array.from({ length: 13 }, (_, i) => `w${i}`).join('+')}` },
    400,
  ],
  ['a search of one word in 9 parts', { target: '/api/search?q=the.the.the.the.the.the.the.the.the' }, 400],
  [
    'a results page of 16 words in 4 parts',
    { target: `/search?q=${Array.from({ length: 4 }, (_, i) => `a${i}.b${i}.c${i}.d${i}`).join('+')}` },
    400,
  ],
  // Pictures
  [
    'a missing picture asked for with If-None-Match: *',
    { target: '/media/nothing-0123456789-400.webp', headers: { 'if-none-match': '*' } },
    404,
  ],
  // Revalidation
  ['revalidation without a secret', { method: 'POST', target: '/api/revalidate', body: '["/"]' }, 401],
  [
    'revalidation with a wrong secret and a 1 GB body',
    {
      method: 'POST',
      target: '/api/revalidate',
      headers: { authorization: 'Bearer x', 'content-length': '1000000000' },
    },
    401,
  ],
];

const SECRET = 'a-revalidation-secret-of-the-right-length';
let site: LocalServer;
let port: number;

beforeAll(async () => {
  site = await startSite({
    POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-junk-')), 'views.db'),
    REVALIDATE_SECRET: SECRET,
  });
  port = Number(new URL(site.url).port);
});
afterAll(() => site?.stop());

describe(`a corpus of ${CORPUS.length} junk requests`, () => {
  it('has at least 60 cases', () => expect(CORPUS.length).toBeGreaterThanOrEqual(60));

  it.each(CORPUS)('%s answers %i', async (_, request, status) => {
    const answer = await rawRequest(port, request);
    expect(answer.status).toBe(status);
    // A redirect stays on the site; no other answer names a place to go.
    const { location } = answer.headers;
    expect(location && new URL(location, site.url).origin).toBe(
      status >= 300 && status < 400 ? site.url : undefined,
    );
  });

  it.each([
    ['the asterisk form', /must be a path/],
    ['a malformed escape in the path', /malformed percent-escape/],
    ['two Host headers', /one Host header/],
    ['POST a page', /pages and feeds answer GET and HEAD/],
    ['HTTP/2 in an HTTP/1 request line', /HTTP\/1\.1/],
    ['a beacon of an unknown type', /application\/json/],
    ['a beacon larger than 1 KB', /larger than 1024 bytes/],
    ['an unknown ranking window', /window must be/],
    ['revalidation without a secret', /secret/],
  ])('says why it refuses %s', async (name, reason) => {
    const [, request] = CORPUS.find(([what]) => what === name)!;
    expect((await rawRequest(port, request)).body).toMatch(reason);
  });

  it.each([
    ['a path beginning with //', 400],
    ['POST a page', 405],
    ['another spelling of a tag', 308],
    ['a search of 13 words', 400],
  ])('gives %s the security headers of a page', async (name, status) => {
    const [, request] = CORPUS.find(([what]) => what === name)!;
    const answer = await rawRequest(port, request);
    expect(answer.status).toBe(status);
    expect(answer.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });

  it('answers a path that reads as a host at once, in one answer', async () => {
    const answer = await rawRequest(port, { target: '//[' });
    expect(answer.status).toBe(400);
    expect(answer.ms).toBeLessThan(1_000);
    expect(answer.body).toMatch(/must not begin with "\/\/"/);
  });

  it('answers an unknown path with the not-found page a reader gets', async () => {
    const answer = await rawRequest(port, { target: '/news/china-news/no-such-story' });
    expect(answer.body).toContain('<title>');
    expect(answer.body).toMatch(/not found|could not be found/i);
    expect(answer.headers['cache-control']).not.toMatch(/s-maxage=\d{3,}/);
  });
});

describe('slow and idle clients', () => {
  it('cuts off a beacon whose body comes one byte every 2 s', async () => {
    const answer = await rawRequest(
      port,
      { ...beacon(`{"path": "${ARTICLE}"}`), drip: { bytes: 1, pauseMs: 2_000 } },
      30_000,
    );
    expect([0, 408]).toContain(answer.status);
    expect(answer.ms).toBeLessThan(18_000);
  }, 30_000);

  it('cuts off headers sent one byte a second', async () => {
    const answer = await rawRequest(
      port,
      { target: '/', headers: { 'x-slow': 'a'.repeat(40) }, drip: { bytes: 1, pauseMs: 1_000 } },
      30_000,
    );
    expect([0, 408]).toContain(answer.status);
    expect(answer.ms).toBeLessThan(13_000);
  }, 30_000);

  it('closes a kept-alive connection that stays idle', async () => {
    const answer = await rawRequest(
      port,
      { target: '/rss.xml', headers: { connection: 'keep-alive' } },
      30_000,
    );
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(8_000);
  }, 30_000);
});

describe('a ceiling on open connections', () => {
  it('closes connections past MAX_CONNECTIONS at once, and serves again when they are gone', async () => {
    const small = await startSite({ MAX_CONNECTIONS: '16' });
    const smallPort = Number(new URL(small.url).port);
    const sockets: Socket[] = [];
    try {
      const closedAtOnce = await Promise.all(
        Array.from({ length: 40 }, () => {
          const socket = connect(smallPort, '127.0.0.1');
          sockets.push(socket);
          socket.on('error', () => {});
          return new Promise<boolean>((resolve) => {
            socket.once('close', () => resolve(true));
            setTimeout(() => resolve(false), 1_000);
          });
        }),
      );
      expect(closedAtOnce.filter(Boolean).length).toBeGreaterThanOrEqual(40 - 16);
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => setTimeout(r, 200));
      expect((await rawRequest(smallPort, { target: '/rss.xml' })).status).toBe(200);
    } finally {
      for (const socket of sockets) socket.destroy();
      await small.stop();
    }
  });
});

describe('revalidation', () => {
  it('a server with a secret shorter than 32 characters refuses to start, saying why', () => {
    const [command, args] = scriptCommand('start.ts');
    const result = spawnSync(command, args, {
      cwd: root,
      env: { ...process.env, REVALIDATE_SECRET: 'change-me', PORT: '0', HOSTNAME: '127.0.0.1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/REVALIDATE_SECRET must be at least 32 characters/);
  });

  it('makes an address that keeps presenting wrong secrets wait, even with the right one', async () => {
    const post = (secret: string) =>
      rawRequest(port, {
        method: 'POST',
        target: '/api/revalidate',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: '["/"]',
      });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(`wrong-${i}`)).status);
    // The corpus above already spent two of this address's five tries.
    expect(statuses).toContain(401);
    expect(statuses.at(-1)).toBe(429);
    const right = await post(SECRET);
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('searches from one address', () => {
  it('past its share a minute get 429 with Retry-After, while pages keep answering', async () => {
    const limited = await startSite({ SEARCH_PER_MINUTE: '5' });
    const limitedPort = Number(new URL(limited.url).port);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const target = i % 2 ? `/search?q=port+${i}` : `/api/search?q=port+${i}`;
        statuses.push((await rawRequest(limitedPort, { target })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      for (const target of ['/api/search?q=harbour', '/search?q=harbour']) {
        const refused = await rawRequest(limitedPort, { target });
        expect(refused.status).toBe(429);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        expect(refused.body).toMatch(/Too many searches/);
      }
      expect((await rawRequest(limitedPort, { target: ARTICLE })).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});
