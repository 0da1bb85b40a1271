// Site search on the synthetic archive: content build with its search index (time and size),
// then /api/search and /search under 50 connections for a mix of one-word, two-word and no-match
// queries, two ways: every request a different search (page, order and section vary, so few are
// answered from the server's memory), and the same 60 searches over and over (popular searches).
// Usage: npx tsx bench/search.ts [articles=20000] [seconds=10] [runs=3]. Needs a build (npm run build).
import { existsSync, mkdtempSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEARCH_API_PATH, SEARCH_PATH } from '../lib/search/paths';
import { SEARCH_INDEX_FILE } from '../lib/search/schema';
import { searchMix } from './search-mix';
import { archiveDir, loadTest, makeArchive, median, readSiteIndex, root, writeResult } from './lib';
import { startSite } from '../scripts/local-servers';
import { runContentBuild } from '../scripts/content-build-process';

/** The archive's content build and its search index. */
interface IndexFigures {
  articles: number;
  contentBuildSeconds: number;
  /** As the content build logs it; null when it logged none. */
  searchIndexSeconds: number | null;
  searchIndexMB: number;
}

/** One endpoint and mix under load: medians over the rounds (latencies in ms), errors summed. */
interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** bench/results/search-<articles>.json. */
interface SearchFigures {
  index: IndexFigures;
  connections: number;
  seconds: number;
  runs: number;
  /** By "<endpoint> <mix>". */
  load: Record<string, LoadFigures>;
}

type Mix = 'distinct' | 'popular';

const articles = Number(process.argv[2] || 20_000);
const seconds = Number(process.argv[3] || 10);
const runs = Number(process.argv[4] || 3);
const connections = 50;

const archive = archiveDir(articles);
if (!existsSync(archive)) makeArchive(articles, archive);

// The archive's content build in a scratch folder: the site's own .contentlayer stays as it is.
const work = mkdtempSync(path.join(tmpdir(), 'sdoi-search-bench-'));
symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
const env = { CONTENT_DIR: archive, CONTENTLAYER_DIR: path.join(work, '.contentlayer') };
const started = performance.now();
const build = runContentBuild({ cwd: work, env });
if (build.status !== 0) throw new Error(`content build failed: ${build.output}`);
const contentBuildSeconds = (performance.now() - started) / 1000;
const indexLine = /Search index \(full\): .* in (\d+) ms/.exec(build.output);
const indexFile = path.join(env.CONTENTLAYER_DIR, SEARCH_INDEX_FILE);
const index: IndexFigures = {
  articles,
  contentBuildSeconds: Number(contentBuildSeconds.toFixed(1)),
  searchIndexSeconds: indexLine ? Number(indexLine[1]) / 1000 : null,
  searchIndexMB: Number((statSync(indexFile).size / 2 ** 20).toFixed(1)),
};
console.log('index', JSON.stringify(index));

const siteIndex = readSiteIndex(env.CONTENTLAYER_DIR);
const sections = siteIndex.sections.map((s) => s.id);
// The same searches on every run.
const { words, distinctSearch } = searchMix(12, sections);

const popular = Array.from({ length: 60 }, () => new URLSearchParams({ q: words() }).toString());
let next = 0;

async function measure(url: string, endpoint: string, mix: Mix): Promise<LoadFigures> {
  const result = await loadTest({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: `${endpoint}?${mix === 'distinct' ? distinctSearch() : popular[next++ % popular.length]}`,
        }),
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

// One client asks for every search: the per-address limit (SEARCH_PER_MINUTE) is lifted, as the
// flood benchmark does, or nearly every answer would be its 429.
const site = await startSite({
  ...env,
  POPULARITY_DB: path.join(work, 'views.db'),
  SEARCH_PER_MINUTE: '100000000',
});
const figures: SearchFigures = { index, connections, seconds, runs, load: {} };
try {
  for (const endpoint of [SEARCH_API_PATH, SEARCH_PATH]) {
    for (const mix of ['distinct', 'popular'] satisfies Mix[]) {
      await measure(site.url, endpoint, mix); // warm-up
      const rounds: LoadFigures[] = [];
      for (let i = 0; i < runs; i++) rounds.push(await measure(site.url, endpoint, mix));
      const key = `${endpoint} ${mix}`;
      figures.load[key] = {
        requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
        p50Ms: median(rounds.map((r) => r.p50Ms)),
        p99Ms: median(rounds.map((r) => r.p99Ms)),
        errors: rounds.reduce((sum, r) => sum + r.errors, 0),
        non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
      };
      console.log(key, JSON.stringify(figures.load[key]));
    }
  }
} finally {
  await site.stop();
}
console.log(`written to ${await writeResult(`search-${articles}`, figures)}`);
