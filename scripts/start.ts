// The production server (`npm start`): `next start` behind one guard, building first when no
// build exists.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { processValue, PROCESS_KEYS } from '../lib/process-keys';
import type { PopularityStore } from '../lib/popularity/types';
import { isSearchApiRequest } from '../lib/search/paths';
import { site } from '../lib/site';
import { ensureBuild } from './ensure-build';
import { hasDotSegment } from './request-path';

// Next answers a request for this route with the site's not-found page and status 404.
const NOT_FOUND_PATH = '/_not-found';

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

const { port, hostname } = site.server;
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

type BeaconHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
type SearchHandler = (req: IncomingMessage, res: ServerResponse) => void;

// Registered by instrumentation.ts, which Next may still be running when `prepare` resolves, so
// looked up at each request: the handlers of view beacons and of the JSON search, which skip
// Next's routing because it costs more than the work itself (docs/adr/005, docs/adr/010), and the
// headers every answer carries (a staging server's X-Robots-Tag).
const server = createServer((req, res) => {
  if (hasDotSegment(req.url)) req.url = NOT_FOUND_PATH;
  // Always replaced: a client's own x-client-ip is never believed.
  req.headers['x-client-ip'] = clientIp(req);
  const headers = processValue<Record<string, string>>(PROCESS_KEYS.serverHeaders) ?? {};
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const serveViewBeacon = processValue<BeaconHandler>(PROCESS_KEYS.viewBeacon);
  if (serveViewBeacon && req.method === 'POST' && req.url === '/api/views') {
    serveViewBeacon(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
    return;
  }
  const serveSearchApi = processValue<SearchHandler>(PROCESS_KEYS.searchApi);
  if (serveSearchApi && isSearchApiRequest(req.method, req.url)) {
    serveSearchApi(req, res);
    return;
  }
  handle(req, res);
});
server.on('error', (error) => {
  console.error(`Cannot serve on ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
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
