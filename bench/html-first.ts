// Pages as HTML against pages with Next's runtime (docs/adr/015), both served from one build in
// one run: `npm start` as it ships, and `npm start` with PAGES_WITH_RUNTIME=1.
//  1. Lighthouse 12.2.3, mobile defaults, every page type, `runs` runs each way (default 5),
//     the two ways taking turns; medians, and Lighthouse's benchmarkIndex of the host.
//  2. What each page weighs: HTML raw and gzipped, scripts fetched.
//  3. Cached-article throughput each way, plain and gzipped (autocannon, 10 connections, 10 s,
//     three rounds taking turns; medians).
// Usage: npx tsx bench/html-first.ts [runs=5] [--throughput]   (writes bench/results/html-first.json)
//        [--pages home,search]: those page types only;
//        [--against <dist dir>]: pages as HTML from this build against the same from another
//        production build (NEXT_DIST_DIR, e.g. a copy of .next made before a change), instead of
//        against the runtime (writes bench/results/html-first-against.json).
const option = (name: string): string | undefined => {
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
import { BREAKING_FILE } from '../lib/breaking';
import { introductionPageUrl, sectionPageUrl, sectionUrl, tagsUrl, tagUrl } from '../lib/content/urls';
import { searchUrl } from '../lib/search/paths';
import { site } from '../lib/site';
import { findChromium } from '../scripts/chromium-path';
import { ensureBuild } from '../scripts/ensure-build';
import { startSite, type LocalServer } from '../scripts/local-servers';
import { fetchFresh } from '../test/helpers/http';
import { DEMO_ARTICLE, DEMO_ARTICLE_WITH_PICTURE, loadTest, median, objectOf, writeResult } from './lib';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const ARTICLE = DEMO_ARTICLE;
const PAGES: Record<string, string> = {
  home: '/',
  section: sectionUrl('china-news'),
  'section page 2': sectionPageUrl('china-news', 2),
  tags: tagsUrl,
  tag: tagUrl('qingdao'),
  article: ARTICLE,
  'article with a lead picture': DEMO_ARTICLE_WITH_PICTURE,
  introduction: introductionPageUrl('cities'),
  search: searchUrl({ text: 'qingdao' }),
};
/** Lab metrics: milliseconds, except CLS. */
const METRICS = {
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  fcpMs: 'first-contentful-paint',
  cls: 'cumulative-layout-shift',
} as const;
type Metric = keyof typeof METRICS;
const METRIC_NAMES = Object.keys(METRICS) as Metric[];

/** The two ways compared by Lighthouse and page weight, each the environment of its server. */
type Mode = 'html' | 'runtime';
const MODE_NAMES: Mode[] = ['html', 'runtime'];
const MODES: Record<Mode, Record<string, string>> = against
  ? { html: {}, runtime: { NEXT_DIST_DIR: against } }
  : { html: {}, runtime: { PAGES_WITH_RUNTIME: '1' } };
// For throughput only: pages as HTML with a breaking-news banner showing (docs/adr/016), read
// from a copy of the content build's output so the site's own stays as it is.
const bannerDir = mkdtempSync(path.join(tmpdir(), 'sdoi-banner-'));
cpSync(path.resolve(site.editionDir), bannerDir, {
  recursive: true,
  filter: (source) => !source.includes('/runs'),
});
writeFileSync(
  path.join(bannerDir, BREAKING_FILE),
  JSON.stringify({ text: 'Qingdao ferries run again after the storm', link: ARTICLE }),
);
const THROUGHPUT_MODES: Record<string, Record<string, string>> = {
  ...MODES,
  'html with a banner': { CONTENTLAYER_DIR: bannerDir },
};

/** The part of a Lighthouse JSON report read here. */
interface LighthouseReport {
  categories: Record<Category, { score: number }>;
  audits: Record<string, { numericValue: number }>;
  environment: { benchmarkIndex: number };
}

/** What a page weighs as sent: its HTML and the scripts it loads. */
interface PageWeight {
  htmlBytes: number;
  htmlGzipped: number;
  scripts: number;
  scriptBytesGzipped: number;
}

/** One page one way: Lighthouse's medians (scores 0 to 1, metrics in ms but CLS), and its weight. */
type ModeFigures = Record<Category, number> &
  Record<Metric, number> & { benchmarkIndex: number } & PageWeight;

/** Lighthouse's figures of one page in every run, one way. */
interface ModeSamples {
  scores: Record<Category, number[]>;
  metrics: Record<Metric, number[]>;
  benchmarkIndex: number[];
}

/** The cached article under load, one way. */
interface ThroughputRun {
  requestsPerSecond: number;
  bytesPerRequest: number;
  p99Ms: number;
  non2xx: number;
}

/** bench/results/html-first.json, html-first-against.json and html-first-throughput.json. */
interface HtmlFirstFigures {
  lighthouse: string;
  runs: number;
  formFactor: 'mobile';
  pages: Record<string, { page: string } & Partial<Record<Mode, ModeFigures>>>;
  /** By accept-encoding, then by way: medians over three rounds, the non-2xx summed. */
  throughput: Record<string, Record<string, ThroughputRun>>;
  /** With --against: what each way was. */
  modes?: Record<Mode, string>;
}

const runs = Number(process.argv[2]) || 5;
// `--throughput`: the cached-article throughput only, into bench/results/html-first-throughput.json.
const throughputOnly = process.argv.includes('--throughput');

ensureBuild();
const sites: Record<string, LocalServer> = {};
for (const [mode, env] of Object.entries(THROUGHPUT_MODES))
  sites[mode] = await startSite({
    ...env,
    POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), `sdoi-${mode}-`)), 'views.db'),
  });
const out = mkdtempSync(path.join(tmpdir(), 'sdoi-lighthouse-'));

function lighthouse(url: string, report: string): LighthouseReport {
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
  return JSON.parse(readFileSync(report, 'utf8')) as LighthouseReport;
}

async function weight(url: string): Promise<PageWeight> {
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

const figures: HtmlFirstFigures = {
  lighthouse: LIGHTHOUSE,
  runs,
  formFactor: 'mobile',
  pages: {},
  throughput: {},
};
const emptySamples = (): ModeSamples => ({
  scores: objectOf(CATEGORIES, () => []),
  metrics: objectOf(METRIC_NAMES, () => []),
  benchmarkIndex: [],
});
try {
  const pages = Object.entries(PAGES).filter(([name]) => !onlyPages || onlyPages.includes(name));
  for (const [name, page] of throughputOnly ? [] : pages) {
    const perMode: Record<Mode, ModeSamples> = { html: emptySamples(), runtime: emptySamples() };
    for (const mode of MODE_NAMES) {
      // The page rendered and cached before it is measured.
      await fetchFresh(`${sites[mode].url}${page}`);
    }
    for (let run = 0; run < runs; run++) {
      for (const mode of run % 2 ? (['runtime', 'html'] as const) : (['html', 'runtime'] as const)) {
        const report = path.join(out, `${name.replace(/\W+/g, '-')}-${mode}-${run}.json`);
        const result = lighthouse(`${sites[mode].url}${page}`, report);
        const into = perMode[mode];
        for (const category of CATEGORIES) into.scores[category].push(result.categories[category].score);
        for (const metric of METRIC_NAMES)
          into.metrics[metric].push(result.audits[METRICS[metric]].numericValue);
        into.benchmarkIndex.push(result.environment.benchmarkIndex);
      }
    }
    const entry: HtmlFirstFigures['pages'][string] = { page };
    figures.pages[name] = entry;
    for (const mode of MODE_NAMES) {
      const m = perMode[mode];
      entry[mode] = {
        ...objectOf(CATEGORIES, (c) => median(m.scores[c])),
        ...objectOf(
          METRIC_NAMES,
          (k) => Math.round(median(m.metrics[k]) * (k === 'cls' ? 1e4 : 1)) / (k === 'cls' ? 1e4 : 1),
        ),
        benchmarkIndex: Math.round(median(m.benchmarkIndex)),
        ...(await weight(`${sites[mode].url}${page}`)),
      };
    }
    console.log(name, JSON.stringify(figures.pages[name]));
  }

  for (const encoding of against || onlyPages ? [] : ['identity', 'gzip']) {
    const rounds: Record<string, ThroughputRun[]> = Object.fromEntries(
      Object.keys(THROUGHPUT_MODES).map((mode) => [mode, []]),
    );
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
