import { statSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { site } from '../site';
import { SITE_INDEX_FILE, type ArticleMeta, type SectionMeta, type SiteIndex } from './types';

/** One consistent snapshot of the published content, with lookups built once per load. */
export interface ContentSnapshot {
  index: SiteIndex;
  sectionsById: Map<string, SectionMeta>;
  /** Newest first, per section id. */
  articlesBySection: Map<string, ArticleMeta[]>;
  /** Key: `<section>/<slug>`. */
  articlesByKey: Map<string, ArticleMeta>;
}

const RECHECK_INTERVAL_MS = 1000;

let snapshot: { content: ContentSnapshot; mtimeMs: number } | undefined;
let checkedAt = 0;

function contentlayerDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), site.contentlayerDir);
}

export function articleKey(section: string, slug: string): string {
  return `${section}/${slug}`;
}

export function snapshotOf(index: SiteIndex): ContentSnapshot {
  const articlesBySection = new Map<string, ArticleMeta[]>(index.sections.map((s) => [s.id, []]));
  const articlesByKey = new Map<string, ArticleMeta>();
  for (const article of index.articles) {
    articlesBySection.get(article.section)?.push(article);
    articlesByKey.set(articleKey(article.section, article.slug), article);
  }
  return {
    index,
    sectionsById: new Map(index.sections.map((s) => [s.id, s])),
    articlesBySection,
    articlesByKey,
  };
}

/**
 * The content as last published. The index file is replaced by a rename when content is
 * rebuilt, so a changed modification time means a complete new index: reload it.
 */
export function currentContent(): ContentSnapshot {
  const now = Date.now();
  if (snapshot && now - checkedAt < RECHECK_INTERVAL_MS) return snapshot.content;
  checkedAt = now;
  const file = path.join(contentlayerDir(), SITE_INDEX_FILE);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) {
    if (snapshot) return snapshot.content;
    throw new Error(`No content index at ${file}: run "npm run content" first`);
  }
  if (!snapshot || snapshot.mtimeMs !== stat.mtimeMs) {
    const index = JSON.parse(readFileSync(file, 'utf8')) as SiteIndex;
    snapshot = { content: snapshotOf(index), mtimeMs: stat.mtimeMs };
  }
  return snapshot.content;
}

/** The rendered HTML of one document, read from its body file when a page needs it. */
export function readBodyHtml(bodyFile: string): Promise<string> {
  return readFile(path.join(contentlayerDir(), bodyFile), 'utf8');
}
