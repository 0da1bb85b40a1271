// The newsroom's timings on a large archive, two instances sharing Redis behind nginx:
// - the breaking-news banner set and cleared by `npm run content:publish`: how long the publish
//   takes, whether any page is rendered again for it, and when a sample of pages shows it (or no
//   longer shows it) on each instance and through nginx;
// - a story dated a little ahead (scheduled publishing): from its minute to its page, its section,
//   the home page, the RSS feed, the news sitemap and a search finding it, on each instance and
//   through nginx, with the release watcher's default check (EMBARGO_CHECK_MS, 10 s).
// Usage: npx tsx bench/newsroom.ts [articles=20000]. Needs a production build (npm run build),
// redis-server and nginx; writes the archive with bench/make-archive.ts when it is missing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BREAKING_SOURCE_FILE } from '../lib/breaking';
import { articleUrl, newsUrl, sectionPageUrl, sectionUrl } from '../lib/content/urls';
import { SEARCH_API_PATH } from '../lib/search/paths';
import { NEWS_SITEMAP_PATH } from '../lib/seo/sitemaps';
import { archiveDir, makeArchive, median, readSiteIndex, root, writeResult } from './lib';
import { startNginx, startRedis, startSite, type LocalServer } from '../scripts/local-servers';
import { runContentBuild } from '../scripts/content-build-process';
import { scriptCommand } from '../scripts/run-script';

/** How long a sample of pages took to show a change, straight from one server or through nginx. */
interface SiteDelays {
  pages: number;
  afterPublishSecondsMedian: number;
  afterPublishSecondsMax: number;
  frontPagesSecondsMax: number;
  /** Pages the instance rendered again for the change (not counted through nginx). */
  renderedAgain: number | undefined;
}

/** The banner set or cleared by a publish. */
interface BannerStep {
  publishSeconds: number;
  sites: Record<string, SiteDelays>;
  wholeSeconds?: number;
}

/** A scheduled story: seconds from its minute until each page shows it (null: not within the limit). */
interface EmbargoFigures {
  publishSeconds: number;
  hiddenBefore: boolean;
  sites: Record<string, Record<string, number | null>>;
  slowestSeconds?: number;
}

/** bench/results/newsroom-<articles>.json. */
interface NewsroomFigures {
  articles: number;
  embargoCheckMs: number;
  firstContentBuildSeconds: number;
  sample: string[];
  bannerSet: BannerStep;
  bannerCleared: BannerStep;
  embargo: EmbargoFigures;
}

/** One answer, read whole. */
interface Answer {
  status: number;
  cache: string | null;
  body: string;
}

const count = Number(process.argv[2] || 20_000);
const SECRET = 'bench-secret-of-32-characters-or-more';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const archive = archiveDir(count);
if (!existsSync(archive)) makeArchive(count, archive);
const work = mkdtempSync(path.join(tmpdir(), 'sdoi-newsroom-'));
symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
cpSync(archive, path.join(work, 'content'), { recursive: true });
const env: Record<string, string> = {
  CONTENT_DIR: path.join(work, 'content'),
  CONTENTLAYER_DIR: path.join(work, '.contentlayer'),
  REVALIDATE_SECRET: SECRET,
  POPULARITY_DB: path.join(work, 'popularity.db'),
  TRUST_PROXY: '1',
  NEXT_COMPRESS: '0',
};

function run(script: string, extraEnv: Record<string, string> = {}): { seconds: number; output: string } {
  const started = performance.now();
  const child = spawnSync(...scriptCommand(script), {
    cwd: work,
    env: { ...process.env, ...env, ...extraEnv },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`${script} failed:\n${child.stdout}\n${child.stderr}`);
  return { seconds: (performance.now() - started) / 1000, output: child.stdout };
}

async function get(url: string): Promise<Answer> {
  const response = await fetch(url, { headers: { connection: 'close' } });
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    body: await response.text(),
  };
}

/** Seconds from `since` until `test` holds for the answer at `url` (polled every 250 ms), or null past `limitMs`. */
async function timeUntil(
  url: string,
  test: (answer: Answer) => boolean,
  since: number,
  limitMs = 90_000,
): Promise<number | null> {
  for (;;) {
    if (test(await get(url))) return Math.round(performance.now() - since) / 1000;
    if (performance.now() - since > limitMs) return null;
    await sleep(250);
  }
}

console.log(`First content build of ${count} articles…`);
const buildStarted = performance.now();
const built = runContentBuild({ cwd: work, env });
if (built.status !== 0) throw new Error(`content build failed:\n${built.output}`);
const firstBuild = { seconds: (performance.now() - buildStarted) / 1000 };
const index = readSiteIndex(env.CONTENTLAYER_DIR);
const stride = Math.floor(index.articles.length / 12);
const articlePaths = Array.from({ length: 12 }, (_, i) => index.articles[i * stride])
  .filter(Boolean)
  .map((a) => articleUrl(a.section, a.slug));
const frontPages = ['/', newsUrl, ...index.sections.map((s) => sectionUrl(s.id))];
const sample = [...frontPages, sectionPageUrl('business', 40), ...articlePaths];

const started: LocalServer[] = [];
const redis = await startRedis();
started.push(redis);
try {
  Object.assign(env, { REDIS_URL: redis.url, REDIS_PREFIX: 'bench-newsroom:' });
  const instances = [await startSite(env), await startSite(env)];
  started.push(...instances);
  const proxy = await startNginx(instances.map((site) => new URL(site.url).host));
  started.push(proxy);
  const sites: Record<string, string> = {
    first: instances[0].url,
    second: instances[1].url,
    nginx: proxy.url,
  };
  // Readers have been served the sample: the instances and nginx hold every page of it.
  for (let i = 0; i < 2; i++) for (const page of sample) await get(`${proxy.url}${page}`);

  const banner = 'Ferries to Dalian suspended as typhoon nears';
  const has = (answer: Answer) => answer.body.includes(banner);
  async function bannerStep(set: boolean): Promise<BannerStep> {
    const source = path.join(env.CONTENT_DIR, BREAKING_SOURCE_FILE);
    if (set) writeFileSync(source, `text: '${banner}'\n`);
    else rmSync(source);
    const before = performance.now();
    const publish = run('publish-content.ts', { SITE_URL: proxy.url });
    const published = performance.now();
    const shows = (answer: Answer) => has(answer) === set;
    const step: BannerStep = { publishSeconds: Math.round(publish.seconds * 10) / 10, sites: {} };
    // Straight from each instance: shown at once, and by a page its cache already held.
    for (const [name, url] of Object.entries(sites)) {
      const delays: (number | null)[] = [];
      let rendered = 0;
      for (const page of sample) {
        const answer = await get(`${url}${page}`);
        if (answer.cache && answer.cache !== 'HIT' && answer.cache !== 'STALE') rendered++;
        delays.push(shows(answer) ? 0 : await timeUntil(`${url}${page}`, shows, published));
      }
      const seconds = delays.map((d) => d ?? Infinity);
      step.sites[name] = {
        pages: sample.length,
        afterPublishSecondsMedian: median(seconds),
        afterPublishSecondsMax: Math.max(...seconds),
        // Home, /news and the sections, which the publish asks a proxy for again at once.
        frontPagesSecondsMax: Math.max(...seconds.filter((_, i) => frontPages.includes(sample[i]))),
        renderedAgain: name === 'nginx' ? undefined : rendered,
      };
    }
    step.wholeSeconds = Math.round(performance.now() - before) / 1000;
    return step;
  }
  const bannerSet = await bannerStep(true);
  console.log('banner set', JSON.stringify(bannerSet));
  const bannerCleared = await bannerStep(false);
  console.log('banner cleared', JSON.stringify(bannerCleared));

  // A story dated the next whole minute at least 40 s away, published now.
  const release = Math.ceil((Date.now() + 40_000) / 60_000) * 60_000;
  const slug = 'harbour-night-shift-begins-on-schedule';
  const story = articleUrl('shandong-news', slug);
  const word = 'nightshiftcranes';
  writeFileSync(
    path.join(env.CONTENT_DIR, `news/shandong-news/${slug}.md`),
    `---\ntitle: "Harbour night shift begins on schedule"\ndate: ${new Date(release).toISOString()}\nsummary: "Cranes run through the night."\nsource: Qingdao News\n---\n\nThe ${word} start at the container berths.\n`,
  );
  const schedulePublish = run('publish-content.ts', { SITE_URL: proxy.url });
  const hidden = (await get(`${proxy.url}${story}`)).status === 404;
  // The home page, section and feed through nginx again, so that it holds copies from before.
  for (const page of ['/', sectionUrl('shandong-news'), '/rss.xml', NEWS_SITEMAP_PATH])
    await get(`${proxy.url}${page}`);
  await sleep(release - Date.now());
  const at = performance.now();
  const checks: Record<string, [page: string, test: (answer: Answer) => boolean]> = {
    article: [story, (a) => a.status === 200],
    section: [sectionUrl('shandong-news'), (a) => a.body.includes(slug)],
    home: ['/', (a) => a.body.includes(slug)],
    rss: ['/rss.xml', (a) => a.body.includes(slug)],
    newsSitemap: [NEWS_SITEMAP_PATH, (a) => a.body.includes(slug)],
    search: [`${SEARCH_API_PATH}?q=${word}`, (a) => a.body.includes(slug)],
  };
  const embargo: EmbargoFigures = {
    publishSeconds: Math.round(schedulePublish.seconds * 10) / 10,
    hiddenBefore: hidden,
    sites: {},
  };
  const pending: Promise<unknown>[] = [];
  for (const [name, url] of Object.entries(sites))
    for (const [what, [page, test]] of Object.entries(checks))
      pending.push(
        timeUntil(`${url}${page}`, test, at).then(
          (seconds) => ((embargo.sites[name] ??= {})[what] = seconds),
        ),
      );
  await Promise.all(pending);
  // A page that never showed the story (null) counts as 0, as Math.max has always read it.
  embargo.slowestSeconds = Math.max(
    ...Object.values(embargo.sites).flatMap((s) => Object.values(s).map(Number)),
  );
  console.log('embargo', JSON.stringify(embargo));

  const figures: NewsroomFigures = {
    articles: count,
    embargoCheckMs: 10_000,
    firstContentBuildSeconds: Math.round(firstBuild.seconds),
    sample,
    bannerSet,
    bannerCleared,
    embargo,
  };
  console.log(`written to ${await writeResult(`newsroom-${count}`, figures)}`);
} finally {
  await Promise.allSettled(started.reverse().map((server) => server.stop()));
  rmSync(work, { recursive: true, force: true });
}
