// A soak of one production server: 100 connections of mixed traffic for 60 s (pages, feeds,
// view beacons from distinct readers, /api/popular, unknown URLs), then errors, non-2xx/3xx/404
// answers and latency percentiles; and the throughput of a cached article page alone, so the cost
// of the request guards (docs/adr/011) shows. With a baseline server script (a copy of an older
// scripts/start.ts put under scripts/), both servers are measured, alternating, in one run.
// Usage: npx tsx bench/soak.ts [seconds=60] [connections=100] [baseline-script]
// Needs a production build (npm run build).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articleUrl, sectionFeedUrl, sectionPageUrl, sectionUrl } from '../lib/content/urls';
import {
  DEMO_ARTICLE,
  DEMO_ARTICLE_WITH_PICTURE,
  loadTest,
  median,
  writeResult,
  type LoadRequest,
} from './lib';
import { startSite, type LocalServer } from '../scripts/local-servers';

/** The mixed traffic's answers (latencies in ms). */
interface SoakFigures {
  requests: number;
  requestsPerSecond: number;
  errors: number;
  /** Answers other than 2xx, 3xx or the unknown URL's 404. */
  unexpectedStatuses: number;
  /** Answers by status code. */
  statuses: Record<number, number>;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

/** One round of the cached article alone. */
interface ArticleRun {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** One server script's cached-article figures: medians over its rounds. */
interface CachedArticleFigures {
  script: string;
  requestsPerSecond: number;
  p99Ms: number;
  errorsOrNon2xx: number;
  rounds: number[];
}

/** bench/results/soak.json. */
interface SoakResult {
  seconds: number;
  connections: number;
  /** The requests of the mix, "<method> <path>". */
  mix: string[];
  soak?: SoakFigures;
  /** By server: current, and baseline when one was given. */
  cachedArticle?: Record<string, CachedArticleFigures>;
}

const seconds = Number(process.argv[2] || 60);
const connections = Number(process.argv[3] || 100);
const baseline = process.argv[4];
const ARTICLES = [DEMO_ARTICLE, DEMO_ARTICLE_WITH_PICTURE];
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36 soak';

let reader = 0;
/** One request of the mix, as autocannon takes it: every connection runs through them in turn. */
const MIX: LoadRequest[] = [
  { path: '/' },
  { path: ARTICLES[0] },
  { path: sectionUrl('china-news') },
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
  { path: sectionPageUrl('business', 2) },
  { path: sectionFeedUrl('china-news') },
  {
    setupRequest: (request) => ({ ...request, path: articleUrl('china-news', `no-such-story-${reader++}`) }),
  },
];

function startServer(script: string): Promise<LocalServer> {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-soak-')), 'views.db');
  return startSite({ POPULARITY_DB: db, NEXT_COMPRESS: '0' }, undefined, { script });
}

async function soak(url: string): Promise<SoakFigures> {
  const statuses: Record<number, number> = {};
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

async function articleThroughput(url: string): Promise<ArticleRun> {
  const result = await loadTest({ url: `${url}${ARTICLES[0]}`, connections: 50, duration: 10 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const figures: SoakResult = {
  seconds,
  connections,
  mix: MIX.map((r) => `${r.method ?? 'GET'} ${r.path ?? '(varies)'}`),
};
const site = await startServer('start.ts');
try {
  for (let i = 0; i < 50; i++) await (await fetch(`${site.url}${ARTICLES[i % 2]}`)).arrayBuffer();
  figures.soak = await soak(site.url);
  console.log('soak', JSON.stringify(figures.soak));
} finally {
  await site.stop();
}

// The cached article alone, three rounds each, servers alternating.
const servers: Record<string, string> = baseline
  ? { current: 'start.ts', baseline }
  : { current: 'start.ts' };
const rounds: Record<string, ArticleRun[]> = Object.fromEntries(
  Object.keys(servers).map((name) => [name, []]),
);
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
