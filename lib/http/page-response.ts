import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pageWithoutRuntime } from './html-first';
import { contentSecurityPolicy } from './security-headers';

export type PageMode =
  /** Pages as HTML: Next's scripts taken out, the strict script policy (the default). */
  | 'html'
  /** Pages as Next renders them, with its runtime and the policy that lets its inline scripts run. */
  | 'runtime';

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
    if (decide() === 'pass') return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
    const done = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (args[0] != null && typeof args[0] !== 'function') chunks.push(toBuffer(args[0], args[1]));
    restore();
    let body = Buffer.concat(chunks);
    let policy = contentSecurityPolicy({ inlineScripts: mode === 'runtime' });
    if (mode === 'html' && body.length > 0) {
      const page = pageWithoutRuntime(body.toString('utf8'));
      if (page.kind === 'html') body = Buffer.from(page.html, 'utf8');
      else {
        policy = contentSecurityPolicy({ inlineScripts: true });
        onNeedsRuntime(page.reason);
      }
    }
    this.setHeader('content-security-policy', policy);
    // A HEAD answer has no body to measure: the length of the page Next rendered would be wrong.
    if (this.req?.method === 'HEAD') this.removeHeader('content-length');
    else this.setHeader('content-length', body.length);
    return this.end(body, done);
  } as ServerResponse['end'];
}
