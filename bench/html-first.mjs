// Pages as HTML against pages with Next's runtime (docs/adr/015), both served from one build in
// one run: `npm start` as it ships, and `npm start` with PAGES_WITH_RUNTIME=1.
//  1. Lighthouse 12.2.3, mobile defaults, every page type, `runs` runs each way (default 5),
//     the two ways taking turns; medians, and Lighthouse's benchmarkIndex of the host.
//  2. What each page weighs: HTML raw and gzipped, scripts fetched.
//  3. Cached-article throughput each way, plain and gzipped (autocannon, 10 connections, 10 s,
//     three rounds taking turns; medians).
// Usage: npx tsx bench/html-first.mjs [runs=5] [--throughput]   (writes bench/results/html-first.json)
//        [--pages home,search]: those page types only;
//        [--against <dist dir>]: pages as HTML from this build against the same from another
//        production build (NEXT_DIST_DIR, e.g. a copy of .next made before a change), instead of
//        against the runtime (writes bench/results/html-first-against.json).
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const against = option('--against');
const onlyPages = option('--pages')?.split(',');
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium } from '../scripts/chromium-path.ts';
import { ensureBuild } from '../scripts/ensure-build.ts';
import { startSite } from '../scripts/local-servers.ts';
import { fetchFresh } from '../test/helpers/http.ts';
import { loadTest, median, writeResult } from './lib.mjs';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const PAGES = {
  home: '/',
  section: '/news/china-news',
  'section page 2': '/news/china-news/page/2',
  tags: '/tags',
  tag: '/tags/qingdao',
  article: ARTICLE,
  'article with a lead picture':
    '/news/business/qingdao-port-reports-steady-growth-in-first-half-cargo-volumes',
  introduction: '/introduction/cities',
  search: '/search?q=qingdao',
};
/** Lab metrics: milliseconds, except CLS. */
const METRICS = {
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  fcpMs: 'first-contentful-paint',
  cls: 'cumulative-layout-shift',
};
const MODES = against
  ? { html: {}, runtime: { NEXT_DIST_DIR: against } }
  : { html: {}, runtime: { PAGES_WITH_RUNTIME: '1' } };
// For throughput only: pages as HTML with a breaking-news banner showing (docs/adr/016), read
// from a copy of the content build's output so the site's own stays as it is.
const bannerDir = mkdtempSync(path.join(tmpdir(), 'sdoi-banner-'));
cpSync(path.resolve('.contentlayer'), bannerDir, {
  recursive: true,
  filter: (source) => !source.includes('/runs'),
});
writeFileSync(
  path.join(bannerDir, 'breaking.json'),
  JSON.stringify({ text: 'Qingdao ferries run again after the storm', link: ARTICLE }),
);
const THROUGHPUT_MODES = { ...MODES, 'html with a banner': { CONTENTLAYER_DIR: bannerDir } };
const runs = Number(process.argv[2]) || 5;
// `--throughput`: the cached-article throughput only, into bench/results/html-first-throughput.json.
const throughputOnly = process.argv.includes('--throughput');

ensureBuild();
const sites = {};
for (const [mode, env] of Object.entries(THROUGHPUT_MODES))
  sites[mode] = await startSite({
    ...env,
    POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), `sdoi-${mode}-`)), 'views.db'),
  });
const out = mkdtempSync(path.join(tmpdir(), 'sdoi-lighthouse-'));

function lighthouse(url, report) {
  const run = spawnSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: findChromium() } },
  );
  if (run.status !== 0) throw new Error(`Lighthouse failed on ${url}`);
  return JSON.parse(readFileSync(report, 'utf8'));
}

async function weight(url) {
  // Each Lighthouse run holds this thread for seconds: a connection of its own every time.
  const response = await fetchFresh(url, { headers: { 'accept-encoding': 'identity' } });
  const html = Buffer.from(await response.arrayBuffer());
  const scripts = [...html.toString().matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  let scriptBytesGzipped = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetchFresh(new URL(src, url))).arrayBuffer());
    scriptBytesGzipped += gzipSync(body).length;
  }
  return {
    htmlBytes: html.length,
    htmlGzipped: gzipSync(html).length,
    scripts: scripts.length,
    scriptBytesGzipped,
  };
}

const figures = { lighthouse: LIGHTHOUSE, runs, formFactor: 'mobile', pages: {}, throughput: {} };
try {
  const pages = Object.entries(PAGES).filter(([name]) => !onlyPages || onlyPages.includes(name));
  for (const [name, page] of throughputOnly ? [] : pages) {
    const perMode = {};
    for (const mode of Object.keys(MODES)) {
      // The page rendered and cached before it is measured.
      await fetchFresh(`${sites[mode].url}${page}`);
      perMode[mode] = {
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, []])),
        metrics: Object.fromEntries(Object.keys(METRICS).map((m) => [m, []])),
        benchmarkIndex: [],
      };
    }
    for (let run = 0; run < runs; run++) {
      for (const mode of run % 2 ? ['runtime', 'html'] : ['html', 'runtime']) {
        const report = path.join(out, `${name.replace(/\W+/g, '-')}-${mode}-${run}.json`);
        const result = lighthouse(`${sites[mode].url}${page}`, report);
        const into = perMode[mode];
        for (const category of CATEGORIES) into.scores[category].push(result.categories[category].score);
        for (const [metric, id] of Object.entries(METRICS))
          into.metrics[metric].push(result.audits[id].numericValue);
        into.benchmarkIndex.push(result.environment.benchmarkIndex);
      }
    }
    figures.pages[name] = { page };
    for (const mode of Object.keys(MODES)) {
      const m = perMode[mode];
      figures.pages[name][mode] = {
        ...Object.fromEntries(CATEGORIES.map((c) => [c, median(m.scores[c])])),
        ...Object.fromEntries(
          Object.keys(METRICS).map((k) => [
            k,
            Math.round(median(m.metrics[k]) * (k === 'cls' ? 1e4 : 1)) / (k === 'cls' ? 1e4 : 1),
          ]),
        ),
        benchmarkIndex: Math.round(median(m.benchmarkIndex)),
        ...(await weight(`${sites[mode].url}${page}`)),
      };
    }
    console.log(name, JSON.stringify(figures.pages[name]));
  }

  for (const encoding of against || onlyPages ? [] : ['identity', 'gzip']) {
    const rounds = Object.fromEntries(Object.keys(THROUGHPUT_MODES).map((mode) => [mode, []]));
    for (let round = 0; round < 3; round++) {
      const order = Object.keys(THROUGHPUT_MODES);
      for (const mode of round % 2 ? order.reverse() : order) {
        const result = await loadTest({
          url: `${sites[mode].url}${ARTICLE}`,
          connections: 10,
          duration: 10,
          headers: { 'accept-encoding': encoding },
        });
        rounds[mode].push({
          requestsPerSecond: result.requests.average,
          bytesPerRequest: result.throughput.total / Math.max(1, result.requests.total),
          p99Ms: result.latency.p99,
          non2xx: result.non2xx + result.errors,
        });
      }
    }
    figures.throughput[encoding] = Object.fromEntries(
      Object.entries(rounds).map(([mode, list]) => [
        mode,
        {
          requestsPerSecond: Math.round(median(list.map((r) => r.requestsPerSecond))),
          bytesPerRequest: Math.round(median(list.map((r) => r.bytesPerRequest))),
          p99Ms: median(list.map((r) => r.p99Ms)),
          non2xx: list.reduce((sum, r) => sum + r.non2xx, 0),
        },
      ]),
    );
    console.log(`cached article, ${encoding}`, JSON.stringify(figures.throughput[encoding]));
  }
} finally {
  await Promise.all(Object.values(sites).map((site) => site.stop()));
}
console.log(
  `Written to ${await writeResult(
    throughputOnly ? 'html-first-throughput' : against ? 'html-first-against' : 'html-first',
    { ...figures, ...(against && { modes: { html: 'this build', runtime: `the build in ${against}` } }) },
  )}`,
);
