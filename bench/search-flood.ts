// What searches cost the rest of the site, on the synthetic archive (issue: bounded search cost):
//  1. the distinct-query mix of bench/search.ts at a steady 100 searches/s (the latency a reader
//     sees) and flat out with 50 connections (the throughput, and the latency of a queue);
//  2. the costliest searches the limits let through, one at a time: the time to each answer;
//  3. a cached article's p99 alone, then while one client floods those costliest searches.
// The server runs with the per-client search limit lifted, so that the flood measures the search
// thread and its deadline, not the limit that would refuse it first.
// Usage: npx tsx bench/search-flood.ts [articles=20000] [seconds=10] [runs=3]. Needs a build.
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articleUrl } from '../lib/content/urls';
import { SEARCH_API_PATH } from '../lib/search/paths';
import { SEARCH_INDEX_FILE } from '../lib/search/schema';
import { searchMix } from './search-mix';
import {
  archiveDir,
  loadTest,
  makeArchive,
  median,
  objectOf,
  readSiteIndex,
  root,
  writeResult,
  type LoadOptions,
  type LoadResult,
} from './lib';
import { startSite } from '../scripts/local-servers';
import { runContentBuild } from '../scripts/content-build-process';

/** One load test's figures (latencies in ms). */
interface LoadSummary {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  non2xx: number;
  status2xx: number;
}

/** One costliest shape asked alone, 20 times one after another. */
interface WorstShape {
  /** The status of the last answer. */
  status: number;
  medianMs: number;
  maxMs: number;
}

/** bench/results/search-flood-<articles>.json: each result the medians over the rounds. */
interface SearchFloodFigures {
  articles: number;
  seconds: number;
  runs: number;
  article: string;
  results: Record<string, LoadSummary>;
  floodedArticleP99Ratio?: number;
  worst?: Record<string, WorstShape>;
}

const articles = Number(process.argv[2] || 20_000);
const seconds = Number(process.argv[3] || 10);
const runs = Number(process.argv[4] || 3);

const archive = archiveDir(articles);
if (!existsSync(archive)) makeArchive(articles, archive);
// The archive's content build, kept between runs of this benchmark.
const work = path.join(tmpdir(), `sdoi-search-flood-${articles}`);
const env = { CONTENT_DIR: archive, CONTENTLAYER_DIR: path.join(work, '.contentlayer') };
if (!existsSync(path.join(env.CONTENTLAYER_DIR, SEARCH_INDEX_FILE))) {
  mkdirSync(work, { recursive: true });
  if (!existsSync(path.join(work, 'node_modules')))
    symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  const build = runContentBuild({ cwd: work, env }, { show: true });
  if (build.status !== 0) throw new Error('content build failed');
}
const siteIndex = readSiteIndex(env.CONTENTLAYER_DIR);
const sections = siteIndex.sections.map((s) => s.id);
const newest = siteIndex.articles[0];
const article = articleUrl(newest.section, newest.slug);

const { distinctSearch: mixedSearch, pick } = searchMix(23, sections);

/** bench/search.ts's mix, by the JSON API. */
function distinctSearch(): string {
  return `${SEARCH_API_PATH}?${mixedSearch()}`;
}

/** The costliest shapes within the limits (lib/site.ts, search): words in most stories, joined or apart. */
const common = [
  'port',
  'operators',
  'officials',
  'said',
  'new',
  'plan',
  'the',
  'a',
  'in',
  'of',
  'city',
  'rail',
];
const WORST: Record<string, string> = {
  '12 common words': common.join(' '),
  '12 common words, newest first': `${common.join(' ')}&sort=newest`,
  'one word of 8 common parts and 4 words': `${common.slice(0, 8).join('.')} ${common.slice(8).join(' ')}`,
  '6 words of 2 common parts': Array.from({ length: 6 }, (_, i) => `${common[i]}.${common[i + 6]}`).join(' '),
  'a repeated common word in 8 parts, and 4 more': `${Array(8).fill('the').join('.')} ${common.slice(0, 4).join(' ')}`,
};
let variant = 0;
/** A worst-case search no cache has seen: the page changes every time. */
const worstSearch = (text: string): string => {
  const [q, rest] = text.split('&');
  return `${SEARCH_API_PATH}?q=${encodeURIComponent(q)}&page=${1 + (variant++ % 50)}${rest ? `&${rest}` : ''}`;
};
const worstMix = Object.values(WORST);

function summary(result: LoadResult): LoadSummary {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    status2xx: result['2xx'],
  };
}

const load = (url: string, options: Partial<LoadOptions>, pathOf: () => string): Promise<LoadSummary> =>
  loadTest({
    url,
    duration: seconds,
    ...options,
    requests: [{ setupRequest: (r) => ({ ...r, path: pathOf() }) }],
  }).then(summary);

const site = await startSite({
  ...env,
  POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-flood-')), 'views.db'),
  SEARCH_PER_MINUTE: '100000000',
});
const figures: SearchFloodFigures = { articles, seconds, runs, article, results: {} };
const record = (key: string, rounds: LoadSummary[]) => {
  figures.results[key] = objectOf(Object.keys(rounds[0]) as (keyof LoadSummary)[], (k) =>
    median(rounds.map((r) => r[k])),
  );
  console.log(key.padEnd(52), JSON.stringify(figures.results[key]));
};
try {
  // Warm-up: the article rendered and cached, the search thread started and the index in the page cache.
  await load(site.url, { connections: 10, duration: 3 }, () => article);
  await load(site.url, { connections: 10, duration: 3 }, distinctSearch);

  const rounds: Record<'steady' | 'flatOut' | 'idle' | 'flooded' | 'flood', LoadSummary[]> = {
    steady: [],
    flatOut: [],
    idle: [],
    flooded: [],
    flood: [],
  };
  for (let i = 0; i < runs; i++) {
    rounds.steady.push(await load(site.url, { connections: 10, overallRate: 100 }, distinctSearch));
    rounds.flatOut.push(await load(site.url, { connections: 50 }, distinctSearch));
    rounds.idle.push(await load(site.url, { connections: 10 }, () => article));
    const [flooded, flood] = await Promise.all([
      load(site.url, { connections: 10 }, () => article),
      load(site.url, { connections: 4 }, () => worstSearch(pick(worstMix))),
    ]);
    rounds.flooded.push(flooded);
    rounds.flood.push(flood);
  }
  record('distinct mix, steady 100/s (10 connections)', rounds.steady);
  record('distinct mix, flat out (50 connections)', rounds.flatOut);
  record('cached article alone (10 connections)', rounds.idle);
  record('cached article during the flood (10 connections)', rounds.flooded);
  record('the flood: costliest searches (4 connections)', rounds.flood);
  figures.floodedArticleP99Ratio = Number(
    (
      figures.results['cached article during the flood (10 connections)'].p99Ms /
      figures.results['cached article alone (10 connections)'].p99Ms
    ).toFixed(2),
  );
  console.log('cached-article p99 during the flood / alone:', figures.floodedArticleP99Ratio);

  // Each costliest shape on its own, one at a time: time to the answer over HTTP.
  const worst: Record<string, WorstShape> = {};
  figures.worst = worst;
  for (const [shape, text] of Object.entries(WORST)) {
    const times: number[] = [];
    let status = 0;
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const response = await fetch(`${site.url}${worstSearch(text)}`, { headers: { connection: 'close' } });
      await response.arrayBuffer();
      times.push(performance.now() - started);
      status = response.status;
    }
    worst[shape] = {
      status,
      medianMs: Number(median(times).toFixed(1)),
      maxMs: Number(Math.max(...times).toFixed(1)),
    };
    console.log(shape.padEnd(52), JSON.stringify(worst[shape]));
  }
} finally {
  await site.stop();
}
console.log(`written to ${await writeResult(`search-flood-${articles}`, figures)}`);
