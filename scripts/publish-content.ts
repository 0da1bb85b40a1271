// npm run content:publish [-- --watch]: builds the content and asks the running site (SITE_URL, or
// a comma-separated list of instances) to revalidate what shows the articles that changed.
// No `next build`. A broken file stops the publish; the site keeps serving the last good content.
import { readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { BREAKING_FILE } from '../lib/breaking';
import type { SiteIndex } from '../lib/content/types';
import { PLACES, sectionUrl } from '../lib/content/urls';
import { SITE_INDEX_FILE } from '../lib/content/types';
import { site } from '../lib/site';
import { inParallel } from './in-parallel';
import { pagesShowingChanges, publishPlan } from './publish-plan';
import { recordPublish } from './publish-record';
import { revalidateSite } from './revalidate-site';
import { runContentBuild } from './content-build-process';

const indexFile = path.resolve(site.editionDir, SITE_INDEX_FILE);
const bannerFile = path.resolve(site.editionDir, BREAKING_FILE);
const contentDir = path.resolve(site.contentDir);

function readIndex(): SiteIndex | undefined {
  try {
    return JSON.parse(readFileSync(indexFile, 'utf8')) as SiteIndex;
  } catch {
    return undefined;
  }
}

/** The banner as last published (lib/breaking.ts), or '' when none shows. */
function readBanner(): string {
  try {
    return readFileSync(bannerFile, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The pages most readers arrive on. A banner set or cleared is in every answer an instance sends
 * at once (no page is rendered again); a proxy in front is asked for these again at once, and
 * keeps its other copies until their 45 s are up (PAGE_KEPT_SECONDS, docs/adr/016).
 */
function frontPages(index: SiteIndex | undefined): string[] {
  const { home, news, introduction } = PLACES;
  return [home.url, news.url, ...(index?.sections ?? []).map((s) => sectionUrl(s.id)), introduction.url];
}

async function publishOnce(): Promise<boolean> {
  const previous = readIndex();
  const bannerBefore = readBanner();
  const build = runContentBuild({}, { show: true });
  if (build.status !== 0) {
    console.error('Not published: the site keeps serving the last good content.');
    return false;
  }
  const next = readIndex();
  const plan = publishPlan(previous, next);
  if (readBanner() !== bannerBefore && !('all' in plan)) {
    const changed = 'paths' in plan ? new Set(plan.paths) : new Set<string>();
    const pages = frontPages(next).filter((p) => !changed.has(p));
    await Promise.all(site.instances.map((instance) => refreshProxyCache(instance, pages)));
  }
  if ('paths' in plan && plan.paths.length === 0) {
    console.log('Content built; no article changed.');
    return true;
  }
  // Before any instance is told: one that restarts, or that this publish cannot reach, reads it.
  await recordPublish(site.editionDir, plan);
  const secret = site.revalidateSecret;
  if (!secret) {
    console.error('Content built, but REVALIDATE_SECRET is not set, so the site was not told.');
    return false;
  }
  const results = await Promise.all(site.instances.map((instance) => revalidateSite(instance, secret, plan)));
  const refresh = 'paths' in plan ? plan.paths : previous && next ? pagesShowingChanges(previous, next) : [];
  if (refresh.length > 0) {
    await Promise.all(
      site.instances.map((instance, i) => results[i] && refreshProxyCache(instance, refresh)),
    );
  }
  return results.every(Boolean);
}

/** Pages refreshed per publish; a new story in a large section shifts hundreds of section pages. */
const REFRESH_LIMIT = 40;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Refreshed {
  path: string;
  /** A proxy answered (deploy/nginx.conf marks its answers with X-Cache-Status). */
  proxied: boolean;
  /** Next answered from its cache. */
  fromCache: boolean;
}

/** Asks for `p` with `X-Cache-Refresh: 1`. */
async function refreshOne(instance: string, p: string): Promise<Refreshed> {
  try {
    const response = await fetch(new URL(p, instance), {
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
async function refreshPaths(instance: string, paths: string[]): Promise<string[]> {
  const answers = await inParallel(
    paths.map((p) => () => refreshOne(instance, p)),
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
async function refreshProxyCache(instance: string, paths: string[]): Promise<void> {
  // Readers' pages first; social cards and deep section pages last.
  const deep = (p: string) => /\/page\/\d+$/.test(p);
  const [first, ...rest] = [
    ...paths.filter((p) => !deep(p) && !p.startsWith('/og/')),
    ...paths.filter(deep),
  ].slice(0, REFRESH_LIMIT);
  await sleep(300);
  const probe = await refreshOne(instance, first);
  if (!probe.proxied) return;
  const fromCache = [...(probe.fromCache ? [first] : []), ...(await refreshPaths(instance, rest))];
  if (fromCache.length === 0) return;
  await sleep(1_000);
  await refreshPaths(instance, fromCache);
}

if (process.argv.includes('--watch')) {
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async (): Promise<void> => {
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
