// npm run content:publish [-- --watch]: builds the content and asks the running site (SITE_URL, or
// a comma-separated list of instances) to revalidate what shows the articles that changed.
// No `next build`. A broken file stops the publish; the site keeps serving the last good content.
import { spawnSync } from 'node:child_process';
import { readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { inParallel } from './in-parallel.mjs';
import { publishPlan } from './publish-plan.mjs';
import { revalidateSite } from './revalidate-site.mjs';

const root = path.resolve(import.meta.dirname, '..');
const indexFile = path.join(path.resolve(process.env.CONTENTLAYER_DIR || '.contentlayer'), 'site-index.json');
const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');

function readIndex() {
  try {
    return JSON.parse(readFileSync(indexFile, 'utf8'));
  } catch {
    return undefined;
  }
}

async function publishOnce() {
  const previous = readIndex();
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-content.mjs')], {
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('Not published: the site keeps serving the last good content.');
    return false;
  }
  const plan = publishPlan(previous, readIndex());
  if ('paths' in plan && plan.paths.length === 0) {
    console.log('Content built; no article changed.');
    return true;
  }
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) {
    console.error('Content built, but REVALIDATE_SECRET is not set, so the site was not told.');
    return false;
  }
  const sites = (process.env.SITE_URL || 'http://localhost:3000')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const results = await Promise.all(sites.map((site) => revalidateSite(site, secret, plan)));
  if ('paths' in plan) {
    await Promise.all(sites.map((site, i) => results[i] && refreshProxyCache(site, plan.paths)));
  }
  return results.every(Boolean);
}

/** Pages refreshed per publish; a new story in a large section shifts hundreds of section pages. */
const REFRESH_LIMIT = 40;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks for `p` with `X-Cache-Refresh: 1`. `proxied`: a proxy answered (deploy/nginx.conf marks
 * its answers with X-Cache-Status); `fromCache`: Next answered from its cache.
 */
async function refreshOne(site, p) {
  try {
    const response = await fetch(new URL(p, site), {
      headers: { 'x-cache-refresh': '1' },
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return {
      path: p,
      proxied: response.headers.has('x-cache-status'),
      fromCache: /^(HIT|STALE)$/.test(response.headers.get('x-nextjs-cache') ?? ''),
    };
  } catch {
    // A page that does not answer now is fresh at its next request anyway.
    return { path: p, proxied: false, fromCache: false };
  }
}

/** Refreshes `paths` four at a time; returns those Next answered from its cache. */
async function refreshPaths(site, paths) {
  const answers = await inParallel(
    paths.map((p) => () => refreshOne(site, p)),
    4,
  );
  return answers.filter((answer) => answer.fromCache).map((answer) => answer.path);
}

/**
 * Asks again for what changed, with `X-Cache-Refresh: 1`: nginx in front (deploy/nginx.conf)
 * then replaces its copies at once instead of at their `s-maxage`. A site that is an instance
 * keeps no copies, so the first answer decides whether to go on. Next records a revalidation
 * just after answering /api/revalidate, so the pages are asked for after a pause, and those Next
 * still answered from its cache once more after another.
 */
async function refreshProxyCache(site, paths) {
  // Readers' pages first; social cards and deep section pages last.
  const deep = (p) => /\/page\/\d+$/.test(p);
  const [first, ...rest] = [
    ...paths.filter((p) => !deep(p) && !p.startsWith('/og/')),
    ...paths.filter(deep),
  ].slice(0, REFRESH_LIMIT);
  await sleep(300);
  const probe = await refreshOne(site, first);
  if (!probe.proxied) return;
  const fromCache = [...(probe.fromCache ? [first] : []), ...(await refreshPaths(site, rest))];
  if (fromCache.length === 0) return;
  await sleep(1_000);
  await refreshPaths(site, fromCache);
}

if (process.argv.includes('--watch')) {
  let running = false;
  let again = false;
  let timer;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    await publishOnce();
    running = false;
    if (again) {
      again = false;
      await run();
    }
  };
  await run();
  console.log(`Watching ${path.relative(process.cwd(), contentDir) || '.'} for changes.`);
  watch(contentDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
} else {
  process.exit((await publishOnce()) ? 0 : 1);
}
