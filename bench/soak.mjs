// A soak of one production server: 100 connections of mixed traffic for 60 s (pages, feeds,
// view beacons from distinct readers, /api/popular, unknown URLs), then errors, non-2xx/3xx/404
// answers and latency percentiles; and the throughput of a cached article page alone, so the cost
// of the request guards (docs/adr/011) shows. With a baseline server script (a copy of an older
// scripts/start.ts put under scripts/), both servers are measured, alternating, in one run.
// Usage: npx tsx bench/soak.mjs [seconds=60] [connections=100] [baseline-script]
// Needs a production build (npm run build).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTest, median, writeResult } from './lib.mjs';
import { startSite } from '../scripts/local-servers.ts';

const seconds = Number(process.argv[2] || 60);
const connections = Number(process.argv[3] || 100);
const baseline = process.argv[4];
const ARTICLES = [
  '/news/china-news/cis-leader-looks-to-closer-ties-with-sco',
  '/news/business/qingdao-port-reports-steady-growth-in-first-half-cargo-volumes',
];
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36 soak';

let reader = 0;
/** One request of the mix, as autocannon takes it: every connection runs through them in turn. */
const MIX = [
  { path: '/' },
  { path: ARTICLES[0] },
  { path: '/news/china-news' },
  { path: ARTICLES[1] },
  { path: '/rss.xml' },
  { path: '/api/popular?window=24h&limit=10' },
  {
    method: 'POST',
    path: '/api/views',
    setupRequest: (request) => {
      reader += 1;
      return {
        ...request,
        headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': `${UA}/${reader}` },
        body: JSON.stringify({ path: ARTICLES[reader % ARTICLES.length] }),
      };
    },
  },
  { path: '/news/business/page/2' },
  { path: '/news/china-news/rss.xml' },
  { setupRequest: (request) => ({ ...request, path: `/news/china-news/no-such-story-${reader++}` }) },
];

function startServer(script) {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-soak-')), 'views.db');
  return startSite({ POPULARITY_DB: db, NEXT_COMPRESS: '0' }, undefined, { script });
}

async function soak(url) {
  const statuses = {};
  const result = await loadTest({
    url,
    connections,
    duration: seconds,
    requests: MIX,
    setupClient: (client) =>
      client.on('response', (status) => (statuses[status] = (statuses[status] ?? 0) + 1)),
  });
  // An answer other than 2xx, 3xx or the unknown URL's 404 is an error of the soak.
  const unexpected = Object.entries(statuses)
    .filter(([status]) => !/^[23]|^404$/.test(status))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors + result.timeouts,
    unexpectedStatuses: unexpected,
    statuses,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
  };
}

async function articleThroughput(url) {
  const result = await loadTest({ url: `${url}${ARTICLES[0]}`, connections: 50, duration: 10 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const figures = { seconds, connections, mix: MIX.map((r) => `${r.method ?? 'GET'} ${r.path ?? '(varies)'}`) };
const site = await startServer('start.ts');
try {
  for (let i = 0; i < 50; i++) await (await fetch(`${site.url}${ARTICLES[i % 2]}`)).arrayBuffer();
  figures.soak = await soak(site.url);
  console.log('soak', JSON.stringify(figures.soak));
} finally {
  await site.stop();
}

// The cached article alone, three rounds each, servers alternating.
const servers = baseline ? { current: 'start.ts', baseline } : { current: 'start.ts' };
const rounds = Object.fromEntries(Object.keys(servers).map((name) => [name, []]));
for (let round = 0; round < 3; round++) {
  for (const [name, script] of Object.entries(servers)) {
    const server = await startServer(script);
    try {
      for (let i = 0; i < 50; i++) await (await fetch(`${server.url}${ARTICLES[0]}`)).arrayBuffer();
      rounds[name].push(await articleThroughput(server.url));
    } finally {
      await server.stop();
    }
  }
}
figures.cachedArticle = Object.fromEntries(
  Object.entries(rounds).map(([name, runs]) => [
    name,
    {
      script: servers[name],
      requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
      p99Ms: median(runs.map((r) => r.p99Ms)),
      errorsOrNon2xx: runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
      rounds: runs.map((r) => r.requestsPerSecond),
    },
  ]),
);
console.log('cached article', JSON.stringify(figures.cachedArticle));
console.log(`written to ${await writeResult('soak', figures)}`);
