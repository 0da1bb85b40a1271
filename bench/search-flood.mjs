// What searches cost the rest of the site, on the synthetic archive (issue: bounded search cost):
//  1. the distinct-query mix of bench/search.mjs at a steady 100 searches/s (the latency a reader
//     sees) and flat out with 50 connections (the throughput, and the latency of a queue);
//  2. the costliest searches the limits let through, one at a time: the time to each answer;
//  3. a cached article's p99 alone, then while one client floods those costliest searches.
// The server runs with the per-client search limit lifted, so that the flood measures the search
// thread and its deadline, not the limit that would refuse it first.
// Usage: npx tsx bench/search-flood.mjs [articles=20000] [seconds=10] [runs=3]. Needs a build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom } from './random.mjs';
import { loadTest, median, writeResult } from './lib.mjs';
import { startSite } from '../scripts/local-servers.ts';
import { scriptCommand } from '../scripts/run-script.ts';

const root = path.resolve(import.meta.dirname, '..');
const articles = Number(process.argv[2] || 20_000);
const seconds = Number(process.argv[3] || 10);
const runs = Number(process.argv[4] || 3);

const archive = path.join(tmpdir(), `sdoi-archive-${articles}`);
if (!existsSync(archive))
  spawnSync(process.execPath, [path.join(root, 'bench/make-archive.mjs'), String(articles), archive], {
    stdio: 'inherit',
  });
// The archive's content build, kept between runs of this benchmark.
const work = path.join(tmpdir(), `sdoi-search-flood-${articles}`);
const env = { CONTENT_DIR: archive, CONTENTLAYER_DIR: path.join(work, '.contentlayer') };
if (!existsSync(path.join(env.CONTENTLAYER_DIR, 'search-index.db'))) {
  mkdirSync(work, { recursive: true });
  if (!existsSync(path.join(work, 'node_modules')))
    symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  const build = spawnSync(...scriptCommand('build-content.ts'), {
    cwd: work,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('content build failed');
}
const siteIndex = JSON.parse(readFileSync(path.join(env.CONTENTLAYER_DIR, 'site-index.json'), 'utf8'));
const sections = siteIndex.sections.map((s) => s.id);
const newest = siteIndex.articles[0];
const article = `/news/${newest.section}/${newest.slug}`;

const random = seededRandom(23);
const pick = (list) => list[Math.floor(random() * list.length)];
const places = [
  'Jinan',
  'Qingdao',
  'Yantai',
  'Weifang',
  'Zibo',
  'Linyi',
  'Weihai',
  'Rizhao',
  'Dongying',
  'Qufu',
];
const nouns = [
  'logistics',
  'cleanup',
  'training',
  'export',
  'heritage',
  'energy',
  'flood',
  'rail',
  'farmers',
  'museum',
];
let misses = 0;

/** bench/search.mjs's mix: 40 % one word, 40 % two, 20 % a word no story has; pages, orders and sections vary. */
function distinctSearch() {
  const roll = random();
  const q =
    roll < 0.4
      ? pick([...places, ...nouns])
      : roll < 0.8
        ? `${pick(places)} ${pick(nouns)}`
        : `zq${(misses++).toString(36)}x`;
  const params = new URLSearchParams({ q });
  const page = 1 + Math.floor(random() * 5);
  if (page > 1) params.set('page', String(page));
  if (random() < 0.5) params.set('sort', 'newest');
  if (random() < 0.25) params.set('section', pick(sections));
  return `/api/search?${params}`;
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
const WORST = {
  '12 common words': common.join(' '),
  '12 common words, newest first': `${common.join(' ')}&sort=newest`,
  'one word of 8 common parts and 4 words': `${common.slice(0, 8).join('.')} ${common.slice(8).join(' ')}`,
  '6 words of 2 common parts': Array.from({ length: 6 }, (_, i) => `${common[i]}.${common[i + 6]}`).join(' '),
  'a repeated common word in 8 parts, and 4 more': `${Array(8).fill('the').join('.')} ${common.slice(0, 4).join(' ')}`,
};
let variant = 0;
/** A worst-case search no cache has seen: the page changes every time. */
const worstSearch = (text) => {
  const [q, rest] = text.split('&');
  return `/api/search?q=${encodeURIComponent(q)}&page=${1 + (variant++ % 50)}${rest ? `&${rest}` : ''}`;
};
const worstMix = Object.values(WORST);

function summary(result) {
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

const load = (url, options, pathOf) =>
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
const figures = { articles, seconds, runs, article, results: {} };
const record = (key, rounds) => {
  figures.results[key] = Object.fromEntries(
    Object.keys(rounds[0]).map((k) => [k, median(rounds.map((r) => r[k]))]),
  );
  console.log(key.padEnd(52), JSON.stringify(figures.results[key]));
};
try {
  // Warm-up: the article rendered and cached, the search thread started and the index in the page cache.
  await load(site.url, { connections: 10, duration: 3 }, () => article);
  await load(site.url, { connections: 10, duration: 3 }, distinctSearch);

  const rounds = { steady: [], flatOut: [], idle: [], flooded: [], flood: [] };
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
  figures.worst = {};
  for (const [shape, text] of Object.entries(WORST)) {
    const times = [];
    let status = 0;
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const response = await fetch(`${site.url}${worstSearch(text)}`, { headers: { connection: 'close' } });
      await response.arrayBuffer();
      times.push(performance.now() - started);
      status = response.status;
    }
    figures.worst[shape] = {
      status,
      medianMs: Number(median(times).toFixed(1)),
      maxMs: Number(Math.max(...times).toFixed(1)),
    };
    console.log(shape.padEnd(52), JSON.stringify(figures.worst[shape]));
  }
} finally {
  await site.stop();
}
console.log(`written to ${await writeResult(`search-flood-${articles}`, figures)}`);
