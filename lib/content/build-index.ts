import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { site } from '../site';
import { compareNewestFirst } from './order';
import { PENDING_SITE_INDEX_FILE, SITE_INDEX_FILE, type ArticleMeta, type SiteIndex } from './types';
import { findContentProblems, formatContentProblems } from './validate';

/** The fields of Contentlayer's documents that the index needs (the generated types are not available here). */
interface RawDoc {
  _id: string;
  _raw: { sourceFilePath: string };
  type: string;
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

/** Mirrors how Contentlayer names the JSON file of each document in `generated/<Type>/`. */
function generatedFile(doc: RawDoc): string {
  const name = (/^[0-9]/.test(doc._id) ? `_${doc._id}` : doc._id).replace(/\//g, '__');
  return `${doc.type}/${name}.json`;
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
      bodyFile: generatedFile(a),
      sourceFilePath: a._raw.sourceFilePath,
    }))
    .sort(compareNewestFirst);

  return {
    builtAt: builtAt.toISOString(),
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
        bodyFile: generatedFile(p),
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
  mkdirSync(dir, { recursive: true });
  // `npm run dev` has no wrapper to promote the file, so it asks for the live one directly.
  const target = path.join(dir, process.env.SITE_INDEX_WRITE === 'live' ? SITE_INDEX_FILE : PENDING_SITE_INDEX_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(index));
  renameSync(temporary, target);
  return index;
}
