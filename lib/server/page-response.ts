import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { BANNER_SLOT, type BannerMarkup } from '../breaking';
import { pageWithoutRuntime } from '../http/html-first';
import { cappedCacheControl } from './release-freshness';
import { contentSecurityPolicy } from '../http/security-headers';

/**
 * The longest a proxy may keep a page. Next says 60 s (its revalidation interval), and nginx
 * answers once more from a copy past its time while it fetches the new one: with 45, a banner set
 * or cleared (docs/adr/016) is in every copy within the minute.
 */
export const PAGE_KEPT_SECONDS = 45;

export type PageMode =
  /** Pages as HTML: Next's scripts taken out, the strict script policy (the default). */
  | 'html'
  /** Pages as Next renders them, with its runtime and the policy that lets its inline scripts run. */
  | 'runtime';

/**
 * Pages as last sent, by Next's ETag (which names its HTML) and the banner: a cached page sent
 * again is not scanned again. Bounded in entries and in the size of each.
 */
const sentPages = new Map<string, { body: Buffer; etag?: string }>();
const KEPT_PAGES = 256;
const KEPT_PAGE_BYTES = 256 * 1024;

function keep(key: string, body: Buffer, etag: unknown): void {
  sentPages.set(key, { body, etag: typeof etag === 'string' ? etag : undefined });
  if (sentPages.size > KEPT_PAGES) sentPages.delete(sentPages.keys().next().value!);
}

/**
 * The breaking-news banner in its slot. While one shows, the page's ETag names it too
 * (bannerEtag), so no browser or proxy keeps a copy without it by a validator Next still accepts.
 */
function withBanner(res: ServerResponse, html: string, banner: BannerMarkup | undefined): string {
  if (!banner || !html.includes(BANNER_SLOT)) return html;
  const etag = res.getHeader('etag');
  if (typeof etag === 'string') res.setHeader('etag', bannerEtag(etag, banner));
  // A function, so a `$'` or `$&` in a headline is text, not a pattern that copies the page in.
  return html.replace(BANNER_SLOT, () => banner.html);
}

/** `"abc"` → `"abc-b<version>"`. */
export function bannerEtag(etag: string, banner: BannerMarkup): string {
  return etag.replace(/"$/, `-b${banner.version}"`);
}

/**
 * A validator sent back by a browser or proxy as Next knows it: the banner's mark taken off when
 * it names the banner showing now; undefined (ask Next for the whole page) when it names another
 * or none while one shows.
 */
export function validatorForNext(ifNoneMatch: string, banner: BannerMarkup | undefined): string | undefined {
  const mark = /-b([0-9a-f]+)"$/;
  const version = mark.exec(ifNoneMatch)?.[1];
  if (!banner) return version ? undefined : ifNoneMatch;
  return version === banner.version ? ifNoneMatch.replace(mark, '"') : undefined;
}

/** `name` as `edit` makes it, in the headers given to writeHead when they hold it, else on `res`. */
function editHeader(
  res: ServerResponse,
  headers: OutgoingHttpHeaders | undefined,
  name: string,
  edit: (value: string) => string,
): void {
  const given = headers && Object.keys(headers).find((key) => key.toLowerCase() === name);
  if (given) {
    const value = headers[given];
    if (typeof value === 'string') headers[given] = edit(value);
    return;
  }
  const value = res.getHeader(name);
  if (typeof value === 'string') res.setHeader(name, edit(value));
}

/**
 * A 304 sends the validator and the lifetime the 200 would (RFC 9110 15.4.5): the ETag that names
 * the banner showing (validatorForNext let only such a validator reach Next) and the capped
 * Cache-Control, not Next's.
 */
function asThe200Would(res: ServerResponse, headers: OutgoingHttpHeaders | undefined, banner?: BannerMarkup) {
  if (banner) editHeader(res, headers, 'etag', (etag) => bannerEtag(etag, banner));
  editHeader(res, headers, 'cache-control', (value) => cappedCacheControl(value, PAGE_KEPT_SECONDS));
}

/**
 * The ETag a HEAD answer carries while a banner shows: the one the page was last sent with, or
 * the banner's mark on Next's (Next sends no body to a HEAD, so the banner is never put in).
 */
function headEtag(etag: string, banner: BannerMarkup): string {
  const kept = sentPages.get(`${etag}\n${banner.version}`);
  return kept ? (kept.etag ?? etag) : bannerEtag(etag, banner);
}

/**
 * Holds an HTML answer that Next writes to `res` until it is whole, then sends it as `mode` asks
 * (docs/adr/015-pages-as-html.md). Any other answer (a feed, a picture, an RSC payload, a 304)
 * passes through untouched from its first byte. A page that would not show whole without Next's
 * scripts is sent as Next rendered it, with the policy its scripts need, and `onNeedsRuntime` is
 * told why: never a blank or half page.
 */
export function answerPage(
  res: ServerResponse,
  mode: PageMode,
  onNeedsRuntime: (reason: string) => void,
  banner?: BannerMarkup,
): void {
  const original = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  };
  const chunks: Buffer[] = [];
  let decided: 'hold' | 'pass' | undefined;

  const restore = () => Object.assign(res, original);
  /** Decided at the first header or byte: only an HTML answer is held. */
  const decide = (headers?: OutgoingHttpHeaders): 'hold' | 'pass' => {
    if (decided) return decided;
    const type = String(
      headers?.['content-type'] ?? headers?.['Content-Type'] ?? res.getHeader('content-type') ?? '',
    );
    decided = type.startsWith('text/html') ? 'hold' : 'pass';
    if (decided === 'pass') restore();
    return decided;
  };
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as OutgoingHttpHeaders | undefined;
    if (status === 304 && !Array.isArray(headers)) asThe200Would(this, headers, banner);
    if (Array.isArray(headers) || decide(headers) === 'pass')
      return (original.writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    // Held: the headers are kept on the answer, where its final length can still replace theirs.
    this.statusCode = status;
    if (typeof rest[0] === 'string') this.statusMessage = rest[0];
    for (const [name, value] of Object.entries(headers ?? {}))
      if (value !== undefined) this.setHeader(name, value);
    return this;
  } as ServerResponse['writeHead'];

  res.flushHeaders = function (this: ServerResponse) {
    if (decide() === 'pass') original.flushHeaders.call(this);
  };

  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (decide() === 'pass')
      return (original.write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    chunks.push(toBuffer(chunk, rest[0]));
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  } as ServerResponse['write'];

  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!decided && !this.headersSent && this.statusCode === 304) asThe200Would(this, undefined, banner);
    if (decide() === 'pass') return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
    const done = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (args[0] != null && typeof args[0] !== 'function') chunks.push(toBuffer(args[0], args[1]));
    restore();
    let body: Buffer = Buffer.concat(chunks);
    let policy = contentSecurityPolicy({ inlineScripts: mode === 'runtime' });
    if (mode === 'html' && body.length > 0) {
      const etag = this.getHeader('etag');
      const key = typeof etag === 'string' ? `${etag}\n${banner?.version ?? ''}` : undefined;
      const kept = key === undefined ? undefined : sentPages.get(key);
      if (kept) {
        // Used again: moved to the end, where the least used is the first.
        sentPages.delete(key!);
        sentPages.set(key!, kept);
        body = kept.body;
        if (kept.etag) this.setHeader('etag', kept.etag);
      } else {
        const page = pageWithoutRuntime(body.toString('utf8'));
        if (page.kind === 'html') {
          body = Buffer.from(withBanner(this, page.html, banner), 'utf8');
          if (key !== undefined && body.length <= KEPT_PAGE_BYTES) keep(key, body, this.getHeader('etag'));
        } else {
          policy = contentSecurityPolicy({ inlineScripts: true });
          onNeedsRuntime(page.reason);
        }
      }
    } else if (mode === 'html' && banner && this.req?.method === 'HEAD') {
      const etag = this.getHeader('etag');
      if (typeof etag === 'string') this.setHeader('etag', headEtag(etag, banner));
    }
    this.setHeader('content-security-policy', policy);
    const cacheControl = this.getHeader('cache-control');
    if (typeof cacheControl === 'string')
      this.setHeader('cache-control', cappedCacheControl(cacheControl, PAGE_KEPT_SECONDS));
    // A HEAD answer has no body to measure: the length of the page Next rendered would be wrong.
    if (this.req?.method === 'HEAD') this.removeHeader('content-length');
    else this.setHeader('content-length', body.length);
    return this.end(body, done);
  } as ServerResponse['end'];
}
