import { statSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { nowMs } from '../clock';
import { fileVersion } from '../file-version';
import { processShared, PROCESS_KEYS } from '../process-keys';
import { site } from '../site';
import { tagsOf, type TagMeta } from './tags';
import { SITE_INDEX_FILE, type ArticleMeta, type AuthorMeta, type SectionMeta, type SiteIndex } from './types';

/**
 * One consistent snapshot of what readers see of the published content (the stories whose time
 * has come), with lookups built once per load and per release.
 */
export interface ContentSnapshot {
  index: SiteIndex;
  sectionsById: Map<string, SectionMeta>;
  /** Newest first, per section id. */
  articlesBySection: Map<string, ArticleMeta[]>;
  /** Key: `<section>/<slug>`. */
  articlesByKey: Map<string, ArticleMeta>;
  /** Index of each article in its section's list, for its neighbours. */
  positionInSection: Map<ArticleMeta, number>;
  /** Every tag of the published articles, by its URL slug, its articles newest first. */
  tagsBySlug: Map<string, TagMeta>;
  /** Every author profile by slug, with the published articles that name it, newest first. */
  authorsBySlug: Map<string, AuthorEntry>;
}

export interface AuthorEntry {
  author: AuthorMeta;
  articles: ArticleMeta[];
}

// Held on globalThis: route handlers and pages may be bundled apart but share one process, and a
// reload asked for by /api/revalidate must reach the renders.
interface Holder {
  /** The index file as last read, every story in it; `byKey` made at the first preview asked for. */
  loaded?: { index: SiteIndex; file: string; version: string; byKey?: Map<string, ArticleMeta> };
  /**
   * What readers see of it at `at`: the stories whose time has come. Worked out again when the
   * next embargo ends (`nextRelease`), when the file changes, or when the clock goes back.
   */
  snapshot?: { content: ContentSnapshot; version: string; at: number; nextRelease: number };
}
const holder = processShared<Holder>(PROCESS_KEYS.content, () => ({}));

function editionDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), site.editionDir);
}

export function articleKey(section: string, slug: string): string {
  return `${section}/${slug}`;
}

export function snapshotOf(index: SiteIndex): ContentSnapshot {
  const articlesBySection = new Map<string, ArticleMeta[]>(index.sections.map((s) => [s.id, []]));
  const articlesByKey = new Map<string, ArticleMeta>();
  const positionInSection = new Map<ArticleMeta, number>();
  const authorsBySlug = new Map<string, AuthorEntry>(
    (index.authors ?? []).map((author) => [author.slug, { author, articles: [] }]),
  );
  for (const article of index.articles) {
    const inSection = articlesBySection.get(article.section);
    if (inSection) positionInSection.set(article, inSection.push(article) - 1);
    articlesByKey.set(articleKey(article.section, article.slug), article);
    for (const slug of article.authors ?? []) authorsBySlug.get(slug)?.articles.push(article);
  }
  return {
    index,
    sectionsById: new Map(index.sections.map((s) => [s.id, s])),
    articlesBySection,
    articlesByKey,
    positionInSection,
    tagsBySlug: tagsOf(index.articles),
    authorsBySlug,
  };
}

/**
 * The content as last published. The index file is replaced by a rename when content is
 * rebuilt, so a changed file means a complete new index: reload it. The file is looked at on
 * every call (once per request; a stat costs microseconds): when one instance is told to
 * revalidate, every instance reading the same folder already renders the new index, so none
 * can put an old page back into the shared cache.
 */
export function currentContent(): ContentSnapshot {
  const file = path.join(editionDir(), SITE_INDEX_FILE);
  const stat = statSync(file, { throwIfNoEntry: false });
  const loaded = holder.loaded?.file === file ? holder.loaded : undefined;
  if (!stat && !loaded) throw new Error(`No content index at ${file}: run "npm run content" first`);
  const version = stat ? fileVersion(stat) : loaded!.version;
  if (loaded?.version !== version) {
    holder.loaded = { index: JSON.parse(readFileSync(file, 'utf8')) as SiteIndex, file, version };
  }
  const at = nowMs();
  const snapshot = holder.snapshot;
  if (snapshot?.version !== version || at >= snapshot.nextRelease || at < snapshot.at) {
    holder.snapshot = { version, at, ...releasedAt(holder.loaded!.index, at) };
  }
  return holder.snapshot!.content;
}

/**
 * Scheduled publishing (docs/adr/017-scheduled-publishing.md): a story dated later than `at` is
 * embargoed, and no page, list, feed, sitemap or answer built from the snapshot names it.
 * `nextRelease` is the earliest embargo's end (Infinity when none).
 */
export function releasedAt(index: SiteIndex, at: number): { content: ContentSnapshot; nextRelease: number } {
  let nextRelease = Infinity;
  const articles = index.articles.filter((article) => {
    if (isReleased(article, at)) return true;
    nextRelease = Math.min(nextRelease, Date.parse(article.date));
    return false;
  });
  const released = articles.length === index.articles.length ? index : { ...index, articles };
  return { content: snapshotOf(released), nextRelease };
}

/** Whether readers see `article` at `at`: its time has come. */
export function isReleased(article: Pick<ArticleMeta, 'date'>, at: number): boolean {
  return Date.parse(article.date) <= at;
}

/** When the next embargoed story is released, by the site's clock (Infinity when none waits). */
export function nextRelease(): number {
  currentContent();
  return holder.snapshot!.nextRelease;
}

/**
 * The times around now at which what readers see changes by the clock alone: the newest released
 * story's (-Infinity when none) and the next embargo's end (Infinity when none waits). Read from
 * the snapshot as last worked out, without looking at the file: every page's request and the
 * release watcher keep it current, and an answer that does not read content need not.
 */
export function releaseTimes(): { latest: number; next: number } {
  const snapshot = holder.snapshot ?? (currentContent(), holder.snapshot!);
  const newest = snapshot.content.index.articles[0];
  return { latest: newest ? Date.parse(newest.date) : -Infinity, next: snapshot.nextRelease };
}

/**
 * A story by its key (`<section>/<slug>`) as the index holds it, whether released, embargoed or a
 * draft: for private previews only (lib/preview.ts). Every reader's page reads `currentContent()`.
 */
export function storyForPreview(key: string): ArticleMeta | undefined {
  currentContent();
  const loaded = holder.loaded!;
  loaded.byKey ??= new Map(
    [...(loaded.index.drafts ?? []), ...loaded.index.articles].map((a) => [articleKey(a.section, a.slug), a]),
  );
  return loaded.byKey.get(key);
}

/** The rendered HTML of one document, read from its body file when a page needs it. */
export function readBodyHtml(bodyFile: string): Promise<string> {
  return readFile(path.join(editionDir(), bodyFile), 'utf8');
}
