// The production server (`npm start`): `next start` behind one guard, building first when no
// build exists.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import compression from 'compression';
import next from 'next';
import { judgeRequest } from '../lib/server/guard';
import { currentBanner } from '../lib/breaking';
import { answerPage, validatorForNext } from '../lib/server/page-response';
import { keepNoLongerThan, RELEASE_RENDER_MS, releaseKeepUntil } from '../lib/server/release-freshness';
import { nowMs } from '../lib/clock';
import { releaseTimes } from '../lib/content/store';
import { leadPicturePreload } from '../lib/server/preload';
import { askForNotFound, keepNoNotFound, withoutNotFoundValidators } from '../lib/server/not-found';
import { pinHeader } from '../lib/server/pinned-header';
import { markEncodedEtags } from '../lib/server/encoded-etag';
import { securityHeaders } from '../lib/http/security-headers';
import { revalidateSecretProblem } from '../lib/http/revalidate-request';
import { isPreviewPath, previewSecretProblem } from '../lib/preview';
import { processValue, PROCESS_KEYS } from '../lib/process-keys';
import type { PopularityStore } from '../lib/popularity/types';
import { RateLimiter } from '../lib/http/rate-limit';
import { isSearchApiRequest, isSearchPath } from '../lib/search/paths';
import { SearchPool, setSearchPool } from '../lib/search/pool';
import { LOG_EVENTS, warn } from '../lib/log';
import { site } from '../lib/site';
import { ensureBuild } from './ensure-build';
import { startSearchThread } from './search-thread';
import { watchReleases } from './release-watch';
import { CACHE_POLICY } from '../lib/http/cache-policy';
import { expirePublishedPages } from '../lib/isr-expiry';

const secretProblem = revalidateSecretProblem(site.revalidateSecret);
if (secretProblem) {
  console.error(secretProblem);
  process.exit(1);
}

// A preview secret too short to be safe switches previews off (docs/adr/018): said once, here.
if (site.previewSecret) {
  const problem = previewSecretProblem(site.previewSecret);
  if (problem) console.warn(`${problem}: private preview links are off.`);
}

ensureBuild();

/**
 * The visitor's address for the view counter. A client may send any X-Forwarded-For, so it is
 * believed only with TRUST_PROXY=1, and then only its last entry: the one our own proxy added.
 */
function clientIp(req: IncomingMessage): string {
  const forwarded = site.server.trustProxy ? req.headers['x-forwarded-for'] : undefined;
  const last = typeof forwarded === 'string' ? forwarded.split(',').pop()?.trim() : undefined;
  return last || req.socket.remoteAddress || 'unknown';
}

const { port, hostname, limits } = site.server;
const searches = new RateLimiter(site.search.perClientPerMinute, 60_000);
// Searches run on a thread of their own, each with a deadline (lib/search/pool.ts).
const searchPool = new SearchPool(startSearchThread);
searchPool.warm();
setSearchPool(searchPool);

// Compressed here rather than by Next, so that a page is compressed after its scripts are taken out.
const compress = site.server.compress
  ? (compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void)
  : undefined;
/** Pages that would need Next's runtime to show whole, logged once each until the process ends. */
const needingRuntime = new Set<string>();
const NEEDING_RUNTIME_LOGGED = 100;

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// What publishes changed while this process was not running is expired before it answers anyone.
expirePublishedPages();

/** A browser asking for a page itself, not Next's router fetching or prefetching its data. */
function isDocumentRequest(req: IncomingMessage): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !req.headers.rsc &&
    !req.headers['next-router-prefetch']
  );
}

/** The headers pages carry (next.config.ts), set first on every answer: the guard's and the fast paths' own too. */
const GUARD_HEADERS = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]));

/** A refusal with its reason: as JSON under /api/, where the clients are programs, else as text. */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  reason: string,
  headers: Record<string, string> = {},
) {
  const api = (req.url ?? '').startsWith('/api/');
  res.writeHead(status, {
    'content-type': api ? 'application/json' : 'text/plain; charset=utf-8',
    'cache-control': CACHE_POLICY.none,
    ...headers,
  });
  res.end(api ? JSON.stringify({ error: reason }) : `${reason}\n`);
}

/** The release times (lib/content/store.ts), or none when no content can be read: a page's problem, not this one's. */
function releaseTimesOrNone(): { latest: number; next: number } | undefined {
  try {
    return releaseTimes();
  } catch {
    return undefined;
  }
}

/** The path of a request target the guard has passed, without its query. */
function pathOf(url: string | undefined): string {
  return (url ?? '/').split(/[?#]/, 1)[0];
}

type BeaconHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
type SearchHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// Registered by instrumentation.ts, which Next may still be running when `prepare` resolves, so
// looked up at each request: the handlers of view beacons and of the JSON search, which skip
// Next's routing because it costs more than the work itself (docs/adr/005, docs/adr/010), and the
// headers every answer carries (a staging server's X-Robots-Tag).
const server = createServer({ connectionsCheckingInterval: 1_000 }, (req, res) => {
  try {
    route(req, res);
  } catch (error) {
    // Nothing before Next is meant to throw: an answer at once, never a hung connection.
    console.error(error);
    if (!res.headersSent) refuse(req, res, 500, 'The server could not answer this request.');
    else res.destroy();
  }
});

function route(req: IncomingMessage, res: ServerResponse): void {
  // A publish this instance was not told of (docs/adr/022) counts from the next request on.
  expirePublishedPages();
  // First, so that the guard's own answers below carry them too (HSTS, a staging X-Robots-Tag).
  const headers = processValue<Record<string, string>>(PROCESS_KEYS.serverHeaders) ?? {};
  for (const [name, value] of Object.entries({ ...GUARD_HEADERS, ...headers })) res.setHeader(name, value);
  // A preview link is the key to its story: no request from the page, nor its 404, may pass it on.
  if (isPreviewPath(pathOf(req.url))) pinHeader(res, 'referrer-policy', 'no-referrer');
  // Answered before Next: a path that names nothing published renders the one not-found page,
  // so nothing is rendered or cached for it (docs/adr/011-hostile-requests.md).
  const verdict = judgeRequest({
    method: req.method,
    url: req.url,
    httpVersionMajor: req.httpVersionMajor,
    hosts: req.headersDistinct.host?.length ?? 0,
  });
  if (verdict.kind === 'bad') return refuse(req, res, verdict.status, verdict.reason, verdict.headers);
  if (verdict.kind === 'redirect') {
    res.writeHead(308, {
      location: verdict.location,
      'cache-control': CACHE_POLICY.redirect,
    });
    res.end();
    return;
  }
  keepNoNotFound(res, req.headers['x-cache-refresh'] === '1');
  withoutNotFoundValidators(req);
  if (verdict.kind === 'not-found') askForNotFound(req);
  else if (isDocumentRequest(req)) {
    // The lead picture starts loading with the page's first bytes (lib/server/preload.ts).
    const preload = leadPicturePreload(pathOf(req.url));
    if (preload) res.setHeader('link', preload);
  }
  // A story dated ahead appears at its time in every cache too (docs/adr/017).
  const at = nowMs();
  const times = releaseTimesOrNone();
  const keepUntil = times && releaseKeepUntil(at, times, site.embargoCheckMs + RELEASE_RENDER_MS);
  if (keepUntil !== undefined) keepNoLongerThan(res, keepUntil, at);
  // Always replaced: a client's own x-client-ip is never believed.
  req.headers['x-client-ip'] = clientIp(req);
  const serveViewBeacon = processValue<BeaconHandler>(PROCESS_KEYS.viewBeacon);
  if (serveViewBeacon && req.method === 'POST' && req.url === '/api/views') {
    serveViewBeacon(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
    return;
  }
  if (isSearchPath(pathOf(req.url))) {
    // Each search is work no cache saves: one client gets its share of them (docs/adr/010).
    const wait = searches.hit(req.headers['x-client-ip'] as string);
    if (wait > 0)
      return refuse(req, res, 429, 'Too many searches from one address: try again shortly.', {
        'retry-after': String(wait),
      });
  }
  const serveSearchApi = processValue<SearchHandler>(PROCESS_KEYS.searchApi);
  if (serveSearchApi && isSearchApiRequest(req.method, req.url)) {
    serveSearchApi(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) refuse(req, res, 500, 'The server could not answer this request.');
    });
    return;
  }
  if (compress) {
    // Inside the middleware's own hook, which sets Content-Encoding just before this one runs.
    markEncodedEtags(req, res);
    compress(req, res, () => {});
  }
  // A page reaches the browser as HTML, without Next's scripts (docs/adr/015-pages-as-html.md).
  if (isDocumentRequest(req)) {
    const path = pathOf(req.url);
    // The breaking-news banner goes into the page as it is sent (lib/breaking.ts); pages served
    // with Next's runtime go without it, since React would take it out as it hydrates.
    const banner = site.server.pageMode === 'html' ? currentBanner() : undefined;
    const validator = req.headers['if-none-match'];
    if (validator) {
      const forNext = validatorForNext(validator, banner);
      if (forNext) req.headers['if-none-match'] = forNext;
      else delete req.headers['if-none-match'];
    }
    answerPage(
      res,
      site.server.pageMode,
      (reason) => {
        if (needingRuntime.has(path) || needingRuntime.size >= NEEDING_RUNTIME_LOGGED) return;
        needingRuntime.add(path);
        warn(LOG_EVENTS.pageNeedsRuntime, `${path}: ${reason}; sent with Next's scripts`);
      },
      banner,
    );
  }
  handle(req, res);
}
// Slow or idle clients are cut off within seconds, and the number of open connections has a ceiling.
server.headersTimeout = limits.headersTimeoutMs;
server.requestTimeout = limits.requestTimeoutMs;
server.keepAliveTimeout = limits.keepAliveTimeoutMs;
server.maxConnections = limits.maxConnections;
// CONNECT (the authority form) asks for a tunnel, which this server never opens.
server.on('connect', (_req, socket) => {
  socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
});
server.on('error', (error) => {
  console.error(`Cannot serve on ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  // Embargoed stories appear by themselves when their time comes (scripts/release-watch.ts).
  const self = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
  const selfUrl = `http://${self.includes(':') ? `[${self}]` : self}:${port}`;
  watchReleases(selfUrl);
  // The not-found page's ETag is learned from its first 404 (lib/server/not-found.ts): one now, so
  // that no request naming it can be answered 304 before a reader has met a 404 here.
  fetch(`${selfUrl}/no-such-page`, { signal: AbortSignal.timeout(10_000) })
    .then((answer) => answer.arrayBuffer())
    .catch(() => {});
  console.log(
    `Shandong On Internet is serving on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`,
  );
});

// Counted views wait up to 200 ms before they are written: write them before exiting.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    server.close();
    await processValue<PopularityStore>(PROCESS_KEYS.popularityStore)
      ?.close()
      .catch(() => {});
    process.exit(0);
  });
}
