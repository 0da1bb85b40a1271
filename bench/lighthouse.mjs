// npx tsx bench/lighthouse.mjs [runs]: Lighthouse 12.2.3 (mobile, its default throttling) against
// `npm start`'s production server on loopback, for the home, section, tag and article pages (one
// with a lead image). Reports the median score of each category and the median LCP, CLS and TBT
// over `runs` (default 3), and writes bench/results/lighthouse.json.
// Lighthouse comes from the npm registry through npx, so `npm ci` stays as light as it is.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from '../scripts/chromium-path.ts';
import { ensureBuild } from '../scripts/ensure-build.ts';
import { startSite } from '../scripts/local-servers.ts';
import { median, writeResult } from './lib.mjs';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = {
  home: '/',
  section: '/news/china-news',
  tag: '/tags/qingdao',
  article: '/news/china-news/cis-leader-looks-to-closer-ties-with-sco',
  'article with a lead image':
    '/news/business/qingdao-port-reports-steady-growth-in-first-half-cargo-volumes',
};
/** Lab metrics: milliseconds, except CLS. */
const METRICS = {
  lcpMs: 'largest-contentful-paint',
  cls: 'cumulative-layout-shift',
  tbtMs: 'total-blocking-time',
  fcpMs: 'first-contentful-paint',
};
const runs = Number(process.argv[2] || 3);

ensureBuild();
const site = await startSite({
  POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-lh-')), 'views.db'),
});
const out = mkdtempSync(path.join(tmpdir(), 'sdoi-lighthouse-'));
const figures = {};
try {
  for (const [name, page] of Object.entries(PAGES)) {
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    const metrics = Object.fromEntries(Object.keys(METRICS).map((m) => [m, []]));
    const failing = new Set();
    for (let run = 0; run < runs; run++) {
      const report = path.join(out, `${name.replace(/\W+/g, '-')}-${run}.json`);
      const lighthouse = spawnSync(
        'npx',
        [
          '--yes',
          LIGHTHOUSE,
          `${site.url}${page}`,
          '--quiet',
          '--output=json',
          `--output-path=${report}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        ],
        { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: findChromium() } },
      );
      if (lighthouse.status !== 0) throw new Error(`Lighthouse failed on ${page}`);
      const result = JSON.parse(readFileSync(report, 'utf8'));
      for (const category of CATEGORIES) scores[category].push(result.categories[category].score);
      for (const [metric, id] of Object.entries(METRICS))
        metrics[metric].push(result.audits[id].numericValue);
      // Audits that cost points, so a score under 1 says why.
      for (const category of CATEGORIES) {
        for (const { id } of result.categories[category].auditRefs) {
          const audit = result.audits[id];
          if (audit.scoreDisplayMode === 'binary' && audit.score === 0) failing.add(`${category}: ${id}`);
        }
      }
    }
    figures[name] = {
      page,
      ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])),
      ...Object.fromEntries(
        Object.keys(METRICS).map((m) => [
          m,
          Math.round(median(metrics[m]) * (m === 'cls' ? 10_000 : 1)) / (m === 'cls' ? 10_000 : 1),
        ]),
      ),
      failingAudits: [...failing],
    };
    console.log(name, JSON.stringify(figures[name]));
  }
} finally {
  await site.stop();
}
console.log(
  `Written to ${await writeResult('lighthouse', { lighthouse: LIGHTHOUSE, runs, formFactor: 'mobile', pages: figures })}`,
);
