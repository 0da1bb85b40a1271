import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import compression from 'compression';
import { afterAll, describe, expect, it } from 'vitest';
import { pageWithoutRuntime } from '@/lib/http/html-first';
import { bannerMarkup, type BannerMarkup } from '@/lib/breaking';
import { answerPage, type PageMode } from '@/lib/server/page-response';

const JSON_LD =
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c b"}</script>';
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<link rel="preload" href="/media/lead.avif" as="image"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/p.js" noModule=""></script>',
  '<script id="_R_">(globalThis.TURBOPACK = []).push({})</script>',
  '</head><body><div id="breaking-news"></div><article data-view-path="/news/a/b"><h1>A &lt;script&gt; in a headline</h1>',
  JSON_LD,
  '<!--$--><p>Done</p><!--/$-->',
  '<script src="/assets/site.0123456789ab.js" defer=""></script></article>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"p\\":\\"</\\"}"])</script>',
  '</body></html>',
].join('');

describe('the site’s script', () => {
  it('is at most 2 KB gzipped, served by a name that is its hash', async () => {
    const { SITE_SCRIPT } = await import('@/lib/site-script');
    expect(gzipSync(SITE_SCRIPT.body).length).toBeLessThanOrEqual(2048);
    const hash = createHash('sha256').update(SITE_SCRIPT.body).digest('hex');
    expect(SITE_SCRIPT.path).toBe(`/assets/site.${hash.slice(0, 12)}.js`);
  });
});

describe('a page without Next’s runtime', () => {
  it('keeps the markup, the stylesheet, JSON-LD and the site’s own script, and nothing else that runs', () => {
    const page = pageWithoutRuntime(PAGE);
    expect(page.kind).toBe('html');
    if (page.kind !== 'html') return;
    expect(page.html).not.toContain('/_next/static/chunks/b.js');
    expect(page.html).not.toContain('c.js');
    expect(page.html).not.toContain('__next_f');
    expect(page.html).not.toContain('TURBOPACK');
    expect(page.html).not.toContain('noModule');
    expect(page.html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(page.html).toContain('<link rel="preload" href="/media/lead.avif" as="image"/>');
    expect(page.html).toContain(JSON_LD);
    expect(page.html).toContain('<script src="/assets/site.0123456789ab.js" defer=""></script>');
    expect(page.html).toContain('<h1>A &lt;script&gt; in a headline</h1>');
    expect(page.html.match(/<script/g)).toHaveLength(2);
  });

  it.each([
    ['a boundary still streaming', '<!--$?--><template id="B:0"></template><p>Loading</p><!--/$-->'],
    ['a boundary left to the browser', '<!--$!--><template data-dgst="1"></template><!--/$-->'],
    ['a part waiting to be moved in', '<div hidden id="S:0"><p>Late</p></div><template id="P:1"></template>'],
  ])('says it needs the runtime when the HTML holds %s', (_name, part) => {
    const html = PAGE.replace('<!--$--><p>Done</p><!--/$-->', part);
    expect(pageWithoutRuntime(html).kind).toBe('needs-runtime');
  });

  it('says it needs the runtime for the shell of a failed render', () => {
    const shell =
      '<!DOCTYPE html><html id="__next_error__"><head></head><body><script src="/_next/x.js"></script></body></html>';
    expect(pageWithoutRuntime(shell)).toMatchObject({ kind: 'needs-runtime' });
  });
});

/** A server that writes `body` as Next does, in pieces, after answerPage has wrapped the answer. */
async function serve(
  mode: PageMode,
  answer: { type: string; body: string; status?: number },
  compress = false,
  banner?: BannerMarkup,
) {
  const needed: string[] = [];
  const gzip = compression({ threshold: 0 }) as unknown as (
    req: unknown,
    res: unknown,
    next: () => void,
  ) => void;
  const server: Server = createServer((req, res) => {
    if (compress) gzip(req, res, () => {});
    answerPage(res, mode, (reason) => needed.push(reason), banner);
    // As Next's: named by the HTML.
    res.setHeader('etag', `"${createHash('sha256').update(answer.body).digest('hex').slice(0, 8)}"`);
    res.setHeader('content-type', answer.type);
    res.setHeader('content-length', Buffer.byteLength(answer.body));
    res.setHeader('content-security-policy', "script-src 'self'");
    res.statusCode = answer.status ?? 200;
    res.flushHeaders();
    const half = Math.floor(answer.body.length / 2);
    res.write(answer.body.slice(0, half));
    res.end(Buffer.from(answer.body.slice(half)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, needed, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('the answer of a page', () => {
  const servers: { close: () => Promise<unknown> }[] = [];
  const open = async (...args: Parameters<typeof serve>) => {
    const server = await serve(...args);
    servers.push(server);
    return server;
  };
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('is sent without Next’s scripts, its length and policy its own', async () => {
    const { url } = await open('html', { type: 'text/html; charset=utf-8', body: PAGE });
    const response = await fetch(url);
    const body = await response.text();
    expect(body).not.toContain('__next_f');
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
  });

  it('is compressed after its scripts are taken out', async () => {
    const { url } = await open('html', { type: 'text/html; charset=utf-8', body: PAGE }, true);
    // fetch would undo the compression: the bytes as they come.
    const response = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) =>
      get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
        );
      }).on('error', reject),
    );
    expect(response.encoding).toBe('gzip');
    const body = gunzipSync(response.bytes).toString();
    expect(body).toContain('<h1>A &lt;script&gt; in a headline</h1>');
    expect(body).not.toContain('__next_f');
  });

  it('is sent whole, with the scripts and the policy they need, when the HTML is not the whole page', async () => {
    const streaming = PAGE.replace(
      '<!--$--><p>Done</p><!--/$-->',
      '<!--$?--><template id="B:0"></template><!--/$-->',
    );
    const { url, needed } = await open('html', { type: 'text/html', body: streaming });
    const response = await fetch(url);
    expect(await response.text()).toBe(streaming);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline'");
    expect(needed).toEqual(['a part of the page is still streaming']);
  });

  it('carries the breaking-news banner in its slot, its ETag naming the banner', async () => {
    const banner = bannerMarkup({ text: 'Port reopens' });
    const { url } = await open('html', { type: 'text/html', body: PAGE }, false, banner);
    const response = await fetch(url);
    const body = await response.text();
    expect(body).toContain('<strong class="mr-2 uppercase tracking-wide">Breaking</strong>Port reopens');
    expect(body).not.toContain('<div id="breaking-news"></div>');
    const etag = `"${createHash('sha256').update(PAGE).digest('hex').slice(0, 8)}"`;
    expect(response.headers.get('etag')).toBe(etag.replace(/"$/, `-b${banner.version}"`));
    // Sent again: the same page, from memory.
    expect(await (await fetch(url)).text()).toBe(body);
    const without = await fetch((await open('html', { type: 'text/html', body: PAGE })).url);
    expect(without.headers.get('etag')).toBe(etag);
    expect(await without.text()).toContain('<div id="breaking-news"></div>');
  });

  it('is left as Next renders it with the switch on', async () => {
    const { url } = await open('runtime', { type: 'text/html', body: PAGE });
    const response = await fetch(url);
    expect(await response.text()).toBe(PAGE);
    expect(response.headers.get('content-security-policy')).toContain("'unsafe-inline'");
  });

  it('passes any other answer through untouched', async () => {
    const payload = '0:{"a":"<script>x</script>"}\n';
    const { url } = await open('html', { type: 'text/x-component', body: payload });
    const response = await fetch(url);
    expect(await response.text()).toBe(payload);
    expect(response.headers.get('content-security-policy')).toBe("script-src 'self'");
  });

  it('answers HEAD without a length it cannot know', async () => {
    const { url } = await open('html', { type: 'text/html', body: PAGE });
    const response = await fetch(url, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).not.toBe(String(Buffer.byteLength(PAGE)));
  });
});
