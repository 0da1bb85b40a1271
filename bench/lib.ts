// Shared helpers for the benchmark scripts: process-tree memory sampling, load tests, the site
// index and the synthetic archive as the benchmarks read them, and a results file.
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import prettier from 'prettier';
import { SITE_INDEX_FILE, type SiteIndex } from '../lib/content/types';
import { articleUrl } from '../lib/content/urls';
import { site } from '../lib/site';
import { root } from '../scripts/run-script';

export { root };

/** Demo stories the page benchmarks ask for: one without a lead picture, one with. */
export const DEMO_ARTICLE = articleUrl('china-news', 'cis-leader-looks-to-closer-ties-with-sco');
export const DEMO_ARTICLE_WITH_PICTURE = articleUrl(
  'business',
  'qingdao-port-reports-steady-growth-in-first-half-cargo-volumes',
);

/** Resident memory in bytes of a process and all its descendants, read from /proc. */
export function treeRss(rootPid: number | undefined): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      rss.set(Number(entry), pages * 4096);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(Number(entry));
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const stack = rootPid === undefined ? [] : [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** An object with `valueOf(key)` under each of `keys`, in their order. */
export function objectOf<K extends string, V>(keys: readonly K[], valueOf: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, valueOf(key)])) as Record<K, V>;
}

export type LoadOptions = autocannon.Options;
export type LoadRequest = autocannon.Request;
export type LoadResult = autocannon.Result;

/** One autocannon run (options as autocannon takes them), resolving to its result. */
export function loadTest(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** What every file under bench/results/ holds besides a benchmark's own figures. */
export interface ResultFile {
  /** ISO 8601 instant the file was written. */
  measuredAt: string;
}

/**
 * Writes a benchmark's figures as JSON under bench/results/<name>.json, formatted as the
 * repository's files are, and returns the file's path relative to the working folder.
 */
export async function writeResult<Figures extends object>(name: string, figures: Figures): Promise<string> {
  const dir = path.resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  const result: ResultFile & Figures = { measuredAt: new Date().toISOString(), ...figures };
  const json = JSON.stringify(result);
  writeFileSync(
    file,
    await prettier.format(json, { ...(await prettier.resolveConfig(file)), parser: 'json' }),
  );
  return path.relative(process.cwd(), file);
}

/**
 * The site index a content build wrote into `editionDir` (by default the site's own,
 * CONTENTLAYER_DIR or .contentlayer, under the project), every story in it.
 */
export function readSiteIndex(editionDir: string = site.editionDir): SiteIndex {
  return JSON.parse(readFileSync(path.resolve(root, editionDir, SITE_INDEX_FILE), 'utf8')) as SiteIndex;
}

/** Where bench/make-archive.ts writes an archive of `count` stories unless told another folder. */
export function archiveDir(count: number): string {
  return path.join(tmpdir(), `sdoi-archive-${count}`);
}

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Writes the synthetic archive of `count` stories into `dir` (bench/make-archive.ts, in a process of its own). */
export function makeArchive(count: number, dir: string = archiveDir(count)): void {
  spawnSync(
    process.execPath,
    ['--import', TSX_LOADER, path.join(root, 'bench/make-archive.ts'), String(count), dir],
    { stdio: 'inherit' },
  );
}
