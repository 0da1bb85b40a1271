// Builds content with Contentlayer and promotes the new site index only when the whole build
// succeeded: a broken file fails the build and the site keeps serving the last good index.
//
// Incremental by default: when only article files changed since the last good build (same
// builder, same content folder), Contentlayer reads just those files and the new index is the
// last one with them replaced (lib/content/build-index.ts). Anything else, or `--full`, is a full
// build. A large archive is built in shards of at most SHARD_SIZE articles, run side by side, each
// with its own Contentlayer cache, then merged and checked as a whole: one Contentlayer process
// over 20,000 articles runs out of a 4 GB heap. Docs: docs/adr/007-incremental-and-sharded-content-builds.md.
// Every build also writes the search index of the new site index and promotes the two together
// (lib/search/build.ts, docs/adr/010-site-search.md), and the pictures of its lead images
// (lib/media, docs/adr/013-pictures-made-at-build.md): a changed image alone needs no Contentlayer run.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { BREAKING_SOURCE_FILE, writeBanner } from '../lib/breaking';
import { nowMs } from '../lib/clock';
import { CONTENT_BUILD_PLAN, type Fragment, type PlanFile } from '../lib/content/build-index';
import { articleUrl } from '../lib/content/urls';
import { formatContentProblems, frontMatterProblem } from '../lib/content/validate';
import {
  CONTENT_SOURCES_FILE,
  PENDING_SITE_INDEX_FILE,
  SITE_INDEX_FILE,
  type ArticleMeta,
  type SiteIndex,
} from '../lib/content/types';
import { tagSlugWarnings } from '../lib/content/tags';
import { attachPictures } from '../lib/media/attach';
import { derivativeFiles, IMAGE_LIMITS, IMAGE_SOURCE, MEDIA_DIR } from '../lib/media/recipe';
import { searchIndexIsCurrent, writeSearchIndex } from '../lib/search/build';
import { PENDING_SEARCH_INDEX_FILE, SEARCH_INDEX_FILE } from '../lib/search/schema';
import { site } from '../lib/site';
import { holdBuildLock } from './build-lock';
import { endProcess } from './end-process';
import { hashFile } from './file-hash';
import { inParallel } from './in-parallel';
import { root, scriptCommand } from './run-script';

const outDir = path.resolve(site.editionDir);
const contentDir = path.resolve(site.contentDir);
const pending = path.join(outDir, PENDING_SITE_INDEX_FILE);
const live = path.join(outDir, SITE_INDEX_FILE);
const sourcesFile = path.join(outDir, CONTENT_SOURCES_FILE);
const pendingSearch = path.join(outDir, PENDING_SEARCH_INDEX_FILE);
const liveSearch = path.join(outDir, SEARCH_INDEX_FILE);
const BUILD_LOCK_FILE = 'build.lock';
/** How long a build waits for another one running on the same folder. */
const LOCK_WAIT_MS = 30 * 60_000;
/** Contentlayer's working folders for partial runs, each keeping its own cache. */
const runsDir = path.resolve('.contentlayer', 'runs');
/** Past this many changed files one full build (with Contentlayer's caches) is the cheaper way. */
const PARTIAL_LIMIT = 200;
const SHARD_SIZE = site.contentShardSize;
const ARTICLE_FILE = /^news\/[^/]+\/[^/]+\.md$/;
const SOURCE_FILE = /\.(md|mdx|json|ya?ml)$/;
const mediaDir = path.join(outDir, MEDIA_DIR);

/** A step that refused the build has printed why; the build stops and publishes nothing. */
class BuildRefused extends Error {}

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url');

/** The largest Markdown or data file read: the longest story is a few hundred KB. */
const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** What the index is built with: a change to any of these makes the next build a full one. */
function builderFingerprint(): string {
  const files = [
    'contentlayer.config.ts',
    'lib/site.ts',
    'package-lock.json',
    ...readdirSync(path.join(root, 'lib/content')).map((f) => `lib/content/${f}`),
    ...readdirSync(path.join(root, 'lib/media')).map((f) => `lib/media/${f}`),
  ];
  return hash(
    files
      .sort()
      .map((f) => `${f}\0${hash(readFileSync(path.join(root, f)))}`)
      .join('\n'),
  );
}

type Sources = Record<string, string>;

/** Every file Contentlayer would look at, by path relative to the content folder, with its hash. */
function scanSources(): Sources {
  const sources: Sources = {};
  const problems: string[] = [];
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(contentDir, file).split(path.sep).join('/');
    // Lead images are read by the picture step, never by Contentlayer (its config excludes images/).
    const isImage = name.startsWith('images/');
    if (isImage ? !IMAGE_SOURCE.test(name) : !SOURCE_FILE.test(entry.name)) continue;
    // Sized before a byte is read: a file of gigabytes is named and refused, not read whole.
    const { size } = statSync(file);
    if (isImage) {
      // The picture step refuses a source over its limit, naming the article that uses it.
      sources[name] = size > IMAGE_LIMITS.bytes ? `over-limit:${size}` : hashFile(file);
      continue;
    }
    if (size > MAX_TEXT_BYTES) {
      problems.push(
        `${path.join(site.contentDir, name)}: is ${(size / 2 ** 20).toFixed(1)} MB; a content file is at most ${MAX_TEXT_BYTES / 2 ** 20} MB`,
      );
      continue;
    }
    const bytes = readFileSync(file);
    const problem = /\.mdx?$/.test(name) ? frontMatterProblem(bytes.toString('utf8')) : undefined;
    if (problem) problems.push(`${path.join(site.contentDir, name)}: ${problem}`);
    sources[name] = hash(bytes);
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error('Content build failed: nothing was published.');
    throw new BuildRefused();
  }
  return sources;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function changedFiles(before: Sources, after: Sources): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

/** Runs Contentlayer once; `workDir` receives its `.contentlayer/` (default: the current folder). */
function runContentlayer(env: Record<string, string>, workDir?: string): Promise<number> {
  const args = [path.join(root, 'contentlayer.config.ts'), ...(workDir ? [workDir] : [])];
  // A Node that erases types itself (22.18+, 24) runs the script without tsx: tsx's loader hooks
  // see every one of the hundreds of modules Contentlayer loads, and nearly double its start-up.
  const [command, commandArgs] = (process.features as { typescript?: string }).typescript
    ? [
        process.execPath,
        [
          '--disable-warning=ExperimentalWarning',
          path.join(root, 'scripts', 'contentlayer-build.ts'),
          ...args,
        ],
      ]
    : scriptCommand('contentlayer-build.ts', ...args);
  // Contentlayer writes into $PWD when set, which a parent process may have left pointing elsewhere.
  const child = spawn(command, commandArgs, {
    stdio: 'inherit',
    env: { ...process.env, PWD: process.cwd(), ...env },
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

/**
 * Runs Contentlayer over `files` only: they are linked into a scratch content folder under the
 * run's working folder, keeping their relative paths (and so their names in messages).
 */
async function runOnFiles(name: string, files: string[], plan: PlanFile): Promise<number> {
  const workDir = path.join(runsDir, name);
  const staged = path.join(workDir, 'content');
  rmSync(staged, { recursive: true, force: true });
  mkdirSync(staged, { recursive: true });
  for (const file of files) {
    const target = path.join(staged, file);
    mkdirSync(path.dirname(target), { recursive: true });
    symlinkSync(path.join(contentDir, file), target);
  }
  const planFile = path.join(workDir, 'plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  const started = performance.now();
  const status = await runContentlayer({ CONTENT_DIR: staged, [CONTENT_BUILD_PLAN]: planFile }, workDir);
  console.log(`${name}: ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return status;
}

/**
 * Jump consistent hash (Lamping and Veach, 2014): the shard of a 64-bit key among `count`. When
 * the count grows by one, only the keys that go to the new shard move; every other file stays in
 * its shard, and so in that shard's Contentlayer cache.
 */
function jumpHash(key: bigint, count: number): number {
  let shard = -1;
  let next = 0;
  while (next < count) {
    shard = next;
    key = (key * 2862933555777941757n + 1n) & 0xffffffffffffffffn;
    next = Math.floor((shard + 1) * (2 ** 31 / Number((key >> 33n) + 1n)));
  }
  return shard;
}

/**
 * Builds the pending index of `articleFiles` in shards, and the pending search index beside the
 * run that merges them; `searchWritten` tells whether that search index was written.
 */
async function shardedBuild(
  articleFiles: string[],
  otherFiles: string[],
  full: boolean,
): Promise<{ status: number; searchWritten: boolean }> {
  const count = Math.ceil(articleFiles.length / SHARD_SIZE);
  const shards = Array.from({ length: count }, (): string[] => []);
  for (const file of articleFiles) {
    shards[jumpHash(createHash('sha256').update(file).digest().readBigUInt64BE(0), count)].push(file);
  }
  console.log(
    `Full content build in ${count} shards of about ${Math.round(articleFiles.length / count)} articles.`,
  );
  const fragments = shards.map((_, i) => path.join(runsDir, `shard-${i}`, 'fragment.json'));
  // A fragment left by an earlier build must never stand in for one this build failed to write.
  for (const fragment of fragments) rmSync(fragment, { force: true });
  const statuses = await inParallel(
    shards.map((files, i) => () => runOnFiles(`shard-${i}`, files, { fragmentFile: fragments[i] })),
    availableParallelism(),
  );
  if (statuses.some((status) => status !== 0)) return { status: 1, searchWritten: false };
  // The sections, introduction pages and any other file are read by the run that merges. The
  // fragments hold every published article already, so the search index is written meanwhile,
  // on the core the merge leaves idle.
  const merged = runOnFiles('merge', otherFiles, { fragments, contentDir });
  const articles = fragments.flatMap((file) => readJson<Fragment>(file)?.articles ?? []);
  const searchWritten = writePendingSearchIndex(articles, full);
  return { status: await merged, searchWritten };
}

/** The body files and the picture files (derivatives and their records) an index names. */
function filesNamedBy(file: string): { bodies: string[]; media: string[] } {
  const index = readJson<SiteIndex>(file);
  if (!index) return { bodies: [], media: [] };
  return {
    bodies: [...index.articles, ...(index.drafts ?? []), ...index.pages].map((doc) =>
      path.basename(doc.bodyFile),
    ),
    media: [...index.articles, ...(index.drafts ?? []), ...(index.authors ?? [])].flatMap(({ image }) =>
      image?.picture
        ? [`${image.picture.name}.json`, ...derivativeFiles(image.picture.name, image.picture.widths)]
        : [],
    ),
  };
}

function removeFilesNotIn(dir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!keep.has(name)) rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Deletes body and picture files that neither the new index nor the one it replaced names. The
 * replaced index's files stay: a render that began before the swap may still read them, and a
 * page cached before it may still show them.
 */
function removeUnusedFiles(previous: { bodies: string[]; media: string[] }): void {
  const current = filesNamedBy(live);
  removeFilesNotIn(path.join(outDir, 'bodies'), new Set([...previous.bodies, ...current.bodies]));
  removeFilesNotIn(mediaDir, new Set([...previous.media, ...current.media]));
}

/**
 * The picture step: every lead image of the pending index gets its derivatives, made now unless
 * an earlier build made them; the pending index as written with them, for the steps after. None,
 * with the problems printed, when an image is missing, corrupt or enormous.
 */
async function attachPendingPictures(sources: Sources): Promise<SiteIndex | undefined> {
  const index = readJson<SiteIndex>(pending);
  if (!index) return undefined;
  const started = performance.now();
  const step = { contentDir: site.contentDir, mediaDir, sourceHashes: sources };
  // Drafts get theirs too: a private preview shows a story as it will look (lib/preview.ts).
  const drafts = index.drafts ?? [];
  const attached = await attachPictures([...index.articles, ...drafts], step);
  // Authors' portraits, the same way (content/authors/<slug>.yml).
  const authors = await attachPictures(index.authors ?? [], step);
  const problems = [...attached.problems, ...authors.problems];
  if (problems.length > 0) {
    console.error(formatContentProblems(problems));
    return undefined;
  }
  const articles = attached.articles.slice(0, index.articles.length);
  const drafted = attached.articles.slice(index.articles.length);
  const withPictures: SiteIndex = { ...index, articles, drafts: drafted, authors: authors.articles };
  writeFileSync(`${pending}.tmp`, JSON.stringify(withPictures));
  renameSync(`${pending}.tmp`, pending);
  const pictures = articles.filter((a) => a.image).length;
  console.log(`Pictures: ${pictures} lead images ready in ${Math.round(performance.now() - started)} ms.`);
  // Not a failure: the stories publish, and the editor learns which tags share or lack a page.
  for (const warning of tagSlugWarnings(articles)) console.warn(`Warning: ${warning}.`);
  return withPictures;
}

/** What the last good build was made from: its builder, its content folder and every file's hash. */
interface SourcesRecord {
  fingerprint: string;
  contentDir: string;
  files: Sources;
}

/** What this build has to do, from what changed since the last good one. */
type BuildPlan =
  /** No story, page or picture changed: at most the banner or a lost search index is written. */
  | { kind: 'no-story-changed' }
  /** A few articles or pictures changed: Contentlayer reads just those articles. */
  | { kind: 'changes'; articles: string[]; images: number }
  /** Everything is read again, in shards when the archive is large. */
  | { kind: 'full'; articles: string[]; others: string[] };

function planBuild(full: boolean, record: SourcesRecord): { plan: BuildPlan; bannerChanged: boolean } {
  const previous = readJson<SourcesRecord>(sourcesFile);
  // A live index that cannot be read (damaged, half-written by hand) is rebuilt whole.
  const canBuildIncrementally =
    !full &&
    Array.isArray(readJson<SiteIndex>(live)?.articles) &&
    previous?.fingerprint === record.fingerprint &&
    previous?.contentDir === record.contentDir;
  const files = Object.keys(record.files);
  const wholeBuild: BuildPlan = {
    kind: 'full',
    articles: files.filter((file) => ARTICLE_FILE.test(file)),
    others: files.filter((file) => !ARTICLE_FILE.test(file)),
  };
  if (!canBuildIncrementally) return { plan: wholeBuild, bannerChanged: true };
  const allChanged = changedFiles(previous!.files, record.files);
  // The breaking-news banner is its own step (lib/breaking.ts): alone, it rebuilds nothing else.
  const bannerChanged = allChanged.includes(BREAKING_SOURCE_FILE);
  const changed = allChanged.filter((file) => file !== BREAKING_SOURCE_FILE);
  if (changed.length === 0) return { plan: { kind: 'no-story-changed' }, bannerChanged };
  const articles = changed.filter((file) => ARTICLE_FILE.test(file));
  const onlyStories = changed.every((file) => ARTICLE_FILE.test(file) || IMAGE_SOURCE.test(file));
  if (changed.length > PARTIAL_LIMIT || !onlyStories) return { plan: wholeBuild, bannerChanged };
  return { plan: { kind: 'changes', articles, images: changed.length - articles.length }, bannerChanged };
}

/** The banner checked against the stories of `index` and written beside it. */
function publishBanner(index: SiteIndex | undefined, changed: boolean): boolean {
  const stories = new Map((index?.articles ?? []).map((a) => [articleUrl(a.section, a.slug), a.date]));
  return writeBanner(contentDir, outDir, stories, { changed, at: nowMs() });
}

function writeSourcesRecord(record: SourcesRecord): void {
  writeFileSync(`${sourcesFile}.tmp`, JSON.stringify(record));
  renameSync(`${sourcesFile}.tmp`, sourcesFile);
}

/**
 * Writes the search index of `articles` as the pending search index: from the live one, changing
 * only what changed, unless this is a full build (lib/search/build.ts).
 */
function writePendingSearchIndex(articles: readonly ArticleMeta[], full: boolean): boolean {
  try {
    const report = writeSearchIndex({
      articles,
      editionDir: outDir,
      out: pendingSearch,
      base: full ? undefined : liveSearch,
    });
    const stories = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;
    console.log(
      `Search index (${report.kind}): ${stories(report.added)} added, ${report.removed} removed in ${report.milliseconds} ms.`,
    );
    return true;
  } catch (error) {
    console.error(`Search index: ${error instanceof Error ? error.message : String(error)}`);
    rmSync(pendingSearch, { force: true });
    return false;
  }
}

/**
 * No story changed: the live index stands. A search index lost or damaged since the last build,
 * or written by other code, is written anew, and a changed banner is published alone.
 */
function keepLiveIndex(record: SourcesRecord, bannerChanged: boolean): boolean {
  const searchLost = !searchIndexIsCurrent(liveSearch);
  // Read once, and only when a step needs it: 20,000 stories are a large file.
  const index = searchLost || bannerChanged ? readJson<SiteIndex>(live) : undefined;
  if (searchLost) {
    if (!writePendingSearchIndex(index?.articles ?? [], false)) return false;
    renameSync(pendingSearch, liveSearch);
  }
  if (!bannerChanged) {
    console.log('Content unchanged since the last build.');
    return true;
  }
  if (!publishBanner(index, true)) {
    console.error('\nContent build failed: the breaking-news banner was not changed.');
    return false;
  }
  writeSourcesRecord(record);
  console.log('Breaking-news banner published; no story changed.');
  return true;
}

/**
 * The index step: Contentlayer writes the pending site index, over the changed articles only or
 * over every file. A sharded build writes the pending search index too, meanwhile.
 */
async function buildPendingIndex(
  plan: Exclude<BuildPlan, { kind: 'no-story-changed' }>,
  record: SourcesRecord,
  full: boolean,
): Promise<{ status: number; searchWritten: boolean }> {
  rmSync(pending, { force: true });
  if (plan.kind === 'full') {
    if (plan.articles.length > SHARD_SIZE) return shardedBuild(plan.articles, plan.others, full);
    return { status: await runContentlayer({ CONTENT_DIR: contentDir }), searchWritten: false };
  }
  console.log(
    `Incremental content build: ${plan.articles.length} changed article file(s), ${plan.images} changed image(s).`,
  );
  if (plan.articles.length === 0) {
    // Only pictures changed: the articles stand as they are, and the picture step remakes what changed.
    writeFileSync(pending, readFileSync(live));
    return { status: 0, searchWritten: false };
  }
  const present = plan.articles.filter((file) => file in record.files);
  const status = await runOnFiles('changes', present, { base: live, replaced: plan.articles, contentDir });
  return { status, searchWritten: false };
}

/**
 * The search index goes live first: a search reads stories through the site index, so for the
 * moment between the two renames a new story is not yet found and a removed one already is not.
 * Files that neither the new index nor the one it replaced names are deleted after.
 */
function promotePending(record: SourcesRecord): void {
  const previousFiles = filesNamedBy(live);
  renameSync(pendingSearch, liveSearch);
  renameSync(pending, live);
  writeSourcesRecord(record);
  if (previousFiles.bodies.length > 0) removeUnusedFiles(previousFiles);
}

/**
 * The content build: the index step, the picture step, the search step and the banner step, each
 * writing beside the live files; all of them promoted together, or none. The exit status.
 */
async function main(args: readonly string[]): Promise<number> {
  const full = args.includes('--full');
  mkdirSync(outDir, { recursive: true });
  if (!(await holdBuildLock(path.join(outDir, BUILD_LOCK_FILE), LOCK_WAIT_MS))) return 1;
  const record: SourcesRecord = { fingerprint: builderFingerprint(), contentDir, files: scanSources() };
  const { plan, bannerChanged } = planBuild(full, record);
  if (plan.kind === 'no-story-changed') return keepLiveIndex(record, bannerChanged) ? 0 : 1;

  const { status, searchWritten } = await buildPendingIndex(plan, record, full);
  const index = status === 0 && existsSync(pending) ? await attachPendingPictures(record.files) : undefined;
  const ready =
    index !== undefined &&
    (searchWritten || writePendingSearchIndex(index.articles, full)) &&
    publishBanner(index, bannerChanged);
  if (ready) {
    promotePending(record);
    return 0;
  }
  rmSync(pending, { force: true });
  rmSync(pendingSearch, { force: true });
  console.error(
    '\nContent build failed: fix the file and field named above. The site index was not replaced.',
  );
  return status || 1;
}

try {
  endProcess(await main(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof BuildRefused)) throw error;
  endProcess(1);
}
