// Archive scale: for each size, builds the site against a synthetic archive three ways (first
// build with no caches, rebuild after one corrected article, full content rebuild over warm caches),
// measuring time and memory of each and the search index's share and size, then server memory after warm-up, first renders of never-visited archive articles
// and deep section pages, publish-to-live, and cached throughput with HTML sizes.
// Usage: npx tsx bench/archive.ts [sizes=1000,5000,20000]. Rebuilds the demo site at the end.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleMeta } from '../lib/content/types';
import { articleUrl, sectionPageUrl, sectionUrl } from '../lib/content/urls';
import { SEARCH_INDEX_FILE } from '../lib/search/schema';
import { site as siteConfig } from '../lib/site';
import { archiveDir, loadTest, makeArchive, median, readSiteIndex, root, treeRss, writeResult } from './lib';
import { startSite } from '../scripts/local-servers';
import { scriptCommand } from '../scripts/run-script';

/** One build: wall time, peak memory of its processes, and the search index's part as the content build logs it. */
interface BuildTiming {
  seconds: number;
  peakMB: number;
  searchIndex: { kind: string; seconds: number } | null;
}

type BuildKind = 'first' | 'afterOneEdit' | 'full';

/** A page under load once cached, and what it weighs. */
interface CachedPage {
  requestsPerSecond: number;
  non2xx: number;
  htmlBytes: number;
}

/** Everything measured at one archive size. */
interface SizeFigures {
  build: Record<BuildKind, BuildTiming>;
  searchIndexMB: number;
  serverMBAfterWarmup: number;
  archiveArticleFirstRenderMs: { p50: number; samples: number };
  deepSectionPage: { page: number; firstRenderMsP50: number; samples: number };
  publishToLiveSeconds: number;
  cached: Record<string, CachedPage>;
}

/** bench/results/archive.json: by size, and the largest size's build times over the smallest's. */
type ArchiveFigures = Record<number, SizeFigures> & { buildRatio?: Record<string, number> };

const sizes = (process.argv[2] || '1000,5000,20000').split(',').map(Number);
const SECRET = 'bench-secret-of-32-characters-or-more';

/** Runs a build command, timing it and sampling the memory of its whole process tree. */
function timedBuild(env: Record<string, string>, command = 'npm run build'): Promise<BuildTiming> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sh', ['-c', command], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(sampler);
      // The content build's own line: "Search index (full): 20000 stories added, 0 removed in 4637 ms."
      const search = /Search index \((\w+)\): .* in (\d+) ms/.exec(output);
      if (code === 0)
        resolve({
          seconds: (performance.now() - started) / 1000,
          peakMB: Math.round(peak / 2 ** 20),
          searchIndex: search ? { kind: search[1], seconds: Number(search[2]) / 1000 } : null,
        });
      else reject(new Error(`build failed with ${code}`));
    });
  });
}

function storyFile(slug: string): string {
  return `---\ntitle: "Benchmark story ${slug}"\ndate: 2026-11-28 12:00\nsummary: "Published by the benchmark."\nsource: Xinhua\n---\n\nBody.\n`;
}

async function timeFirstRequest(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

async function throughput(url: string): Promise<Omit<CachedPage, 'htmlBytes'>> {
  const result = await loadTest({ url, connections: 50, duration: 10 });
  return { requestsPerSecond: Math.round(result.requests.average), non2xx: result.non2xx };
}

async function htmlBytes(url: string): Promise<number> {
  return (await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()).byteLength;
}

const figures: ArchiveFigures = {};
for (const size of sizes) {
  const dir = archiveDir(size);
  makeArchive(size, dir);
  const env = { CONTENT_DIR: dir };
  // First build: no content index, no Contentlayer caches, no Next build cache.
  rmSync(path.resolve(root, siteConfig.editionDir), { recursive: true, force: true });
  rmSync(path.resolve(root, siteConfig.buildDir), { recursive: true, force: true });
  const first = await timedBuild(env);
  const searchIndexMB = Number(
    (statSync(path.resolve(root, siteConfig.editionDir, SEARCH_INDEX_FILE)).size / 2 ** 20).toFixed(1),
  );
  // The newsroom's rebuild: one article corrected since the last build (incremental content build).
  const corrected = path.join(dir, 'news', 'business', readdirSync(path.join(dir, 'news', 'business'))[0]);
  appendFileSync(corrected, '\nCorrection: an earlier version of this story gave the wrong date.\n');
  const afterOneEdit = await timedBuild(env);
  // A full content build over warm Contentlayer caches, as after a change to the content model.
  const full = await timedBuild(env, 'npm run content -- --full && npx next build');
  const build: Record<BuildKind, BuildTiming> = { first, afterOneEdit, full };
  console.log(`${size}: build`, JSON.stringify(build));

  const site = await startSite({
    ...env,
    REVALIDATE_SECRET: SECRET,
    POPULARITY_DB: path.join(dir, 'views.db'),
  });
  try {
    const index = readSiteIndex();
    const bySection = new Map<string, ArticleMeta[]>();
    for (const a of index.articles) bySection.set(a.section, [...(bySection.get(a.section) ?? []), a]);
    const sections = [...bySection.keys()];
    const article = index.articles[0];
    const pages = ['/', sectionUrl(sections[0]), articleUrl(article.section, article.slug), '/rss.xml'];
    for (let i = 0; i < 20; i++)
      for (const p of pages) await fetch(`${site.url}${p}`).then((r) => r.arrayBuffer());
    const serverMB = Math.round(treeRss(site.child.pid) / 2 ** 20);

    // Never visited: the oldest articles of each section, far below what the build prerendered.
    const archive = sections.flatMap((s) =>
      bySection
        .get(s)!
        .slice(-8)
        .map((a) => articleUrl(s, a.slug)),
    );
    const articleMs: number[] = [];
    for (const p of archive) articleMs.push(await timeFirstRequest(`${site.url}${p}`));
    // Page 500 where a section has that many, else its last two pages.
    const deepMs: number[] = [];
    let deep = 0;
    for (const s of sections) {
      const last = Math.min(500, Math.ceil(bySection.get(s)!.length / index.sectionPageSize));
      deep = Math.max(deep, last);
      for (const n of [last, last - 1])
        deepMs.push(await timeFirstRequest(`${site.url}${sectionPageUrl(s, n)}`));
    }

    // Publish one new story and wait until its page, its section page and the feed show it.
    const slug = `bench-published-${Date.now()}`;
    const started = performance.now();
    writeFileSync(path.join(dir, 'news', sections[0], `${slug}.md`), storyFile(slug));
    const publish = spawnSync(...scriptCommand('publish-content.ts'), {
      cwd: root,
      env: { ...process.env, ...env, SITE_URL: site.url, REVALIDATE_SECRET: SECRET },
      encoding: 'utf8',
    });
    if (publish.status !== 0) throw new Error(`publish failed: ${publish.stderr}`);
    const shows = async (p: string): Promise<boolean> => {
      try {
        return (await (await fetch(`${site.url}${p}`)).text()).includes(slug);
      } catch {
        return false; // a kept-alive socket the server had closed: ask again
      }
    };
    for (;;) {
      const seen = await Promise.all(
        [articleUrl(sections[0], slug), sectionUrl(sections[0]), '/rss.xml'].map(shows),
      );
      if (seen.every(Boolean)) break;
      if (performance.now() - started > 60_000) throw new Error('publish did not go live within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const publishSeconds = (performance.now() - started) / 1000;

    const cached: Record<string, CachedPage> = {};
    for (const p of pages)
      cached[p] = { ...(await throughput(`${site.url}${p}`)), htmlBytes: await htmlBytes(`${site.url}${p}`) };
    figures[size] = {
      build,
      searchIndexMB,
      serverMBAfterWarmup: serverMB,
      archiveArticleFirstRenderMs: { p50: Math.round(median(articleMs)), samples: articleMs.length },
      deepSectionPage: { page: deep, firstRenderMsP50: Math.round(median(deepMs)), samples: deepMs.length },
      publishToLiveSeconds: Number(publishSeconds.toFixed(1)),
      cached,
    };
    console.log(`${size}:`, JSON.stringify(figures[size]));
  } finally {
    await site.stop();
  }
}

const sizesRun = Object.keys(figures).map(Number);
if (sizesRun.length > 1) {
  const [small, large] = [Math.min(...sizesRun), Math.max(...sizesRun)];
  figures.buildRatio = Object.fromEntries(
    (Object.keys(figures[small].build) as BuildKind[]).map((kind) => [
      `${large}/${small} ${kind}`,
      Number((figures[large].build[kind].seconds / figures[small].build[kind].seconds).toFixed(2)),
    ]),
  );
  console.log('build ratios', JSON.stringify(figures.buildRatio));
}
console.log(`written to ${await writeResult('archive', figures)}`);
console.log('Rebuilding the demo site.');
spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
