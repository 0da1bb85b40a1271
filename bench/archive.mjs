// Archive scale: for each size, builds the site against a synthetic archive three ways (first
// build with no caches, rebuild after one corrected article, full content rebuild over warm caches),
// measuring time and memory of each and the search index's share and size, then server memory after warm-up, first renders of never-visited archive articles
// and deep section pages, publish-to-live, and cached throughput with HTML sizes.
// Usage: npx tsx bench/archive.mjs [sizes=1000,5000,20000]. Rebuilds the demo site at the end.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTest, median, treeRss, writeResult } from './lib.mjs';
import { startSite } from '../scripts/local-servers.ts';
import { scriptCommand } from '../scripts/run-script.ts';

const root = path.resolve(import.meta.dirname, '..');
const sizes = (process.argv[2] || '1000,5000,20000').split(',').map(Number);
const SECRET = 'bench-secret-of-32-characters-or-more';

/** Runs a build command, timing it and sampling the memory of its whole process tree. */
function timedBuild(env, command = 'npm run build') {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sh', ['-c', command], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
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

function storyFile(slug) {
  return `---\ntitle: "Benchmark story ${slug}"\ndate: 2026-11-28 12:00\nsummary: "Published by the benchmark."\nsource: Xinhua\n---\n\nBody.\n`;
}

async function timeFirstRequest(url) {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

async function throughput(url) {
  const result = await loadTest({ url, connections: 50, duration: 10 });
  return { requestsPerSecond: Math.round(result.requests.average), non2xx: result.non2xx };
}

async function htmlBytes(url) {
  return (await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()).byteLength;
}

const figures = {};
for (const size of sizes) {
  const dir = path.join(tmpdir(), `sdoi-archive-${size}`);
  spawnSync(process.execPath, [path.join(root, 'bench/make-archive.mjs'), String(size), dir], {
    stdio: 'inherit',
  });
  const env = { CONTENT_DIR: dir };
  // First build: no content index, no Contentlayer caches, no Next build cache.
  rmSync(path.join(root, '.contentlayer'), { recursive: true, force: true });
  rmSync(path.join(root, '.next'), { recursive: true, force: true });
  const build = { first: await timedBuild(env) };
  const searchIndexMB = Number(
    (statSync(path.join(root, '.contentlayer/search-index.db')).size / 2 ** 20).toFixed(1),
  );
  // The newsroom's rebuild: one article corrected since the last build (incremental content build).
  const corrected = path.join(dir, 'news', 'business', readdirSync(path.join(dir, 'news', 'business'))[0]);
  appendFileSync(corrected, '\nCorrection: an earlier version of this story gave the wrong date.\n');
  build.afterOneEdit = await timedBuild(env);
  // A full content build over warm Contentlayer caches, as after a change to the content model.
  build.full = await timedBuild(env, 'npx tsx scripts/build-content.ts --full && npx next build');
  console.log(`${size}: build`, JSON.stringify(build));

  const site = await startSite({
    ...env,
    REVALIDATE_SECRET: SECRET,
    POPULARITY_DB: path.join(dir, 'views.db'),
  });
  try {
    const index = JSON.parse(readFileSync(path.join(root, '.contentlayer/site-index.json'), 'utf8'));
    const bySection = new Map();
    for (const a of index.articles) bySection.set(a.section, [...(bySection.get(a.section) ?? []), a]);
    const sections = [...bySection.keys()];
    const article = index.articles[0];
    const pages = ['/', `/news/${sections[0]}`, `/news/${article.section}/${article.slug}`, '/rss.xml'];
    for (let i = 0; i < 20; i++)
      for (const p of pages) await fetch(`${site.url}${p}`).then((r) => r.arrayBuffer());
    const serverMB = Math.round(treeRss(site.child.pid) / 2 ** 20);

    // Never visited: the oldest articles of each section, far below what the build prerendered.
    const archive = sections.flatMap((s) =>
      bySection
        .get(s)
        .slice(-8)
        .map((a) => `/news/${s}/${a.slug}`),
    );
    const articleMs = [];
    for (const p of archive) articleMs.push(await timeFirstRequest(`${site.url}${p}`));
    // Page 500 where a section has that many, else its last two pages.
    const deepMs = [];
    let deep = 0;
    for (const s of sections) {
      const last = Math.min(500, Math.ceil(bySection.get(s).length / index.sectionPageSize));
      deep = Math.max(deep, last);
      for (const n of [last, last - 1])
        deepMs.push(await timeFirstRequest(`${site.url}/news/${s}/page/${n}`));
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
    const shows = async (p) => {
      try {
        return (await (await fetch(`${site.url}${p}`)).text()).includes(slug);
      } catch {
        return false; // a kept-alive socket the server had closed: ask again
      }
    };
    for (;;) {
      const seen = await Promise.all(
        [`/news/${sections[0]}/${slug}`, `/news/${sections[0]}`, '/rss.xml'].map(shows),
      );
      if (seen.every(Boolean)) break;
      if (performance.now() - started > 60_000) throw new Error('publish did not go live within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const publishSeconds = (performance.now() - started) / 1000;

    const cached = {};
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
    Object.keys(figures[small].build).map((kind) => [
      `${large}/${small} ${kind}`,
      Number((figures[large].build[kind].seconds / figures[small].build[kind].seconds).toFixed(2)),
    ]),
  );
  console.log('build ratios', JSON.stringify(figures.buildRatio));
}
console.log(`written to ${await writeResult('archive', figures)}`);
console.log('Rebuilding the demo site.');
spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
