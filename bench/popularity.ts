// Counted view beacons per second and their p99 latency on one instance, against SQLite and
// against Redis, and /api/popular requests per second. Needs a build (npm run build) and, for the
// Redis run, Debian's redis-server. Each store gets `runs` rounds; medians are reported.
// Usage: npx tsx bench/popularity.ts [seconds=10] [connections=50] [runs=3]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articleUrl } from '../lib/content/urls';
import { loadTest, median, readSiteIndex, writeResult, type LoadOptions, type LoadResult } from './lib';
import { startRedis, startSite, type LocalServer } from '../scripts/local-servers';

interface Latency {
  p50: number;
  p99: number;
}

/** One round of view beacons. */
interface BeaconRound {
  requests: number;
  non2xx: number;
  errors: number;
  countedPerSecond: number;
  latencyMs: Latency;
}

/** One round of /api/popular. */
interface PopularRound {
  requestsPerSecond: number;
  non2xx: number;
  latencyMs: Latency;
}

interface Round {
  beacons: BeaconRound;
  popular: PopularRound;
}

/** One store's medians over its rounds. */
interface StoreSummary {
  countedBeaconsPerSecond: number;
  beaconP99Ms: number;
  beaconErrorsOrNon2xx: number;
  popularRequestsPerSecond: number;
  popularP99Ms: number;
}

interface StoreFigures {
  median: StoreSummary;
  rounds: Round[];
}

/** bench/results/popularity.json. */
interface PopularityFigures {
  seconds: number;
  connections: number;
  runs: number;
  sqlite?: StoreFigures;
  redis?: StoreFigures;
}

/** The part of /api/popular's answer read here. */
interface PopularList {
  items: { views: number }[];
}

const seconds = Number(process.argv[2] || 10);
const connections = Number(process.argv[3] || 50);
const runs = Number(process.argv[4] || 3);
const index = readSiteIndex();
const paths = index.articles.map((a) => articleUrl(a.section, a.slug));

async function totalViews(url: string): Promise<number> {
  const list = (await (await fetch(`${url}/api/popular?limit=50`)).json()) as PopularList;
  return list.items.reduce((sum, item) => sum + item.views, 0);
}

function run(options: Partial<LoadOptions> & { url: string }): Promise<LoadResult> {
  return loadTest({ connections, duration: seconds, ...options });
}

/** Every request is a new visitor (its own User-Agent) viewing one of the articles, so each can count. */
let n = 0; // across rounds too: a visitor seen before would be a repeat, not a counted view
async function beacons(url: string): Promise<BeaconRound> {
  const before = await totalViews(url);
  const result = await run({
    url: `${url}/api/views`,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          n += 1;
          return {
            ...request,
            headers: {
              'content-type': 'text/plain;charset=UTF-8',
              'user-agent': `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36 bench/${n}`,
            },
            body: JSON.stringify({ path: paths[n % paths.length] }),
          };
        },
      },
    ],
  });
  await new Promise((r) => setTimeout(r, 1500));
  const counted = (await totalViews(url)) - before;
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    countedPerSecond: Math.round(counted / seconds),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
  };
}

async function popularApi(url: string): Promise<PopularRound> {
  const result = await run({ url: `${url}/api/popular?window=24h&limit=10` });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    non2xx: result.non2xx,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
  };
}

/** Medians over the rounds of one store. */
function summary(rounds: Round[]): StoreSummary {
  const pick = (f: (round: Round) => number) => median(rounds.map(f));
  return {
    countedBeaconsPerSecond: pick((r) => r.beacons.countedPerSecond),
    beaconP99Ms: pick((r) => r.beacons.latencyMs.p99),
    beaconErrorsOrNon2xx: rounds.reduce((n, r) => n + r.beacons.errors + r.beacons.non2xx, 0),
    popularRequestsPerSecond: pick((r) => r.popular.requestsPerSecond),
    popularP99Ms: pick((r) => r.popular.latencyMs.p99),
  };
}

async function measure(site: LocalServer): Promise<StoreFigures> {
  await run({ url: `${site.url}/api/popular`, duration: 2 }); // warm-up
  const rounds: Round[] = [];
  for (let i = 0; i < runs; i++)
    rounds.push({ beacons: await beacons(site.url), popular: await popularApi(site.url) });
  return { median: summary(rounds), rounds };
}

const figures: PopularityFigures = { seconds, connections, runs };

const sqliteSite = await startSite({
  POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-bench-')), 'views.db'),
});
try {
  figures.sqlite = await measure(sqliteSite);
} finally {
  await sqliteSite.stop();
}
console.log('sqlite', JSON.stringify(figures.sqlite?.median));

const redis = await startRedis();
const redisSite = await startSite({ REDIS_URL: redis.url });
try {
  figures.redis = await measure(redisSite);
} finally {
  await redisSite.stop();
  await redis.stop();
}
console.log('redis', JSON.stringify(figures.redis?.median));
console.log(`written to ${await writeResult('popularity', figures)}`);
