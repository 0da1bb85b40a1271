import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { site } from '../site';
import { compareNewestFirst } from './order';
import { PENDING_SITE_INDEX_FILE, SITE_INDEX_FILE, type ArticleMeta, type SiteIndex } from './types';
import { findContentProblems, formatContentProblems } from './validate';

/** The fields of Contentlayer's documents that the index needs (the generated types are not available here). */
interface RawDoc {
  _raw: { sourceFilePath: string };
  body: { html: string };
}
interface RawArticle extends RawDoc, Omit<ArticleMeta, 'slug' | 'bodyFile' | 'sourceFilePath'> {
  urlSlug: string;
  draft: boolean;
}
interface RawSection extends RawDoc {
  id: string;
  name: string;
  description: string;
  order: number;
}
interface RawPage extends RawDoc {
  slug: string;
  title: string;
  summary: string;
  order: number;
}
export interface GeneratedContent {
  allArticles: RawArticle[];
  allSections: RawSection[];
  allPages: RawPage[];
}

export const BODIES_DIR = 'bodies';

/**
 * Bodies are stored under the hash of their HTML: a new index names new files and never changes
 * a file an older index names, so a reader holding either index reads matching bodies.
 */
function bodyFileOf(html: string): string {
  return `${BODIES_DIR}/${createHash('sha256').update(html).digest('base64url').slice(0, 22)}.html`;
}

/** Contentlayer writes instants with and without milliseconds; one form keeps them comparable as strings. */
function normaliseInstant(value: string): string {
  return new Date(value).toISOString();
}

export function buildSiteIndex(content: GeneratedContent, builtAt = new Date()): SiteIndex {
  const { allArticles, allSections, allPages } = content;
  const problems = findContentProblems(
    allArticles.map((a) => ({
      sourceFilePath: path.join(site.contentDir, a._raw.sourceFilePath),
      section: a.section,
      slug: a.urlSlug,
    })),
    allSections.map((s) => s.id),
  );
  if (problems.length > 0) throw new Error(formatContentProblems(problems));

  const articles: ArticleMeta[] = allArticles
    .filter((a) => !a.draft)
    .map((a) => ({
      section: a.section,
      slug: a.urlSlug,
      title: a.title,
      summary: a.summary,
      date: normaliseInstant(a.date),
      updated: a.updated && normaliseInstant(a.updated),
      source: a.source,
      byline: a.byline,
      tags: a.tags,
      image: a.image && {
        src: a.image.src,
        alt: a.image.alt,
        caption: a.image.caption,
        width: a.image.width,
        height: a.image.height,
      },
      bodyFile: bodyFileOf(a.body.html),
      sourceFilePath: a._raw.sourceFilePath,
    }))
    .sort(compareNewestFirst);

  return {
    builtAt: builtAt.toISOString(),
    sectionPageSize: site.sectionPageSize,
    sections: allSections
      .map(({ id, name, description, order }) => ({ id, name, description, order }))
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
    articles,
    pages: allPages
      .map((p) => ({
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        order: p.order,
        bodyFile: bodyFileOf(p.body.html),
      }))
      .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)),
  };
}

/**
 * Validates the generated content and writes the pending index. Contentlayer calls this even when
 * some documents failed its own checks, so scripts/build-content.mjs promotes the pending file to
 * the live one only after the whole build has succeeded.
 */
export function writeSiteIndex(content: GeneratedContent, dir = site.contentlayerDir): SiteIndex {
  const index = buildSiteIndex(content);
  mkdirSync(path.join(dir, BODIES_DIR), { recursive: true });
  for (const doc of [...content.allArticles, ...content.allPages]) {
    const file = path.join(dir, bodyFileOf(doc.body.html));
    if (existsSync(file)) continue;
    writeFileSync(`${file}.tmp`, doc.body.html);
    renameSync(`${file}.tmp`, file);
  }
  // `npm run dev` has no wrapper to promote the file, so it asks for the live one directly.
  const target = path.join(dir, process.env.SITE_INDEX_WRITE === 'live' ? SITE_INDEX_FILE : PENDING_SITE_INDEX_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(index));
  renameSync(temporary, target);
  return index;
}
