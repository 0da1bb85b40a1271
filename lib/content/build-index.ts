import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { now } from '../clock';
import { site } from '../site';
import { compareNewestFirst } from './order';
import {
  PENDING_SITE_INDEX_FILE,
  SITE_INDEX_FILE,
  type ArticleMeta,
  type AuthorMeta,
  type LeadImageMeta,
  type PageMeta,
  type SectionMeta,
  type SiteIndex,
} from './types';
import { relatedStories } from './related';
import { findAuthorProblems, findContentProblems, formatContentProblems, type ArticleRecord } from './validate';

/** The fields of Contentlayer's documents that the index needs (the generated types are not available here). */
interface RawDoc {
  _raw: { sourceFilePath: string };
  body: { html: string };
}
interface RawArticle
  extends RawDoc,
    Omit<ArticleMeta, 'slug' | 'bodyFile' | 'sourceFilePath' | 'words' | 'related'> {
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
interface RawImage {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}
interface RawAuthor {
  _raw: { sourceFilePath: string };
  slug: string;
  name: string;
  role?: string;
  bio: string;
  image?: RawImage;
}
export interface GeneratedContent {
  allArticles: RawArticle[];
  allSections: RawSection[];
  allPages: RawPage[];
  /** Absent from content written before author profiles existed. */
  allAuthors?: RawAuthor[];
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

/** A picture's fields as the index keeps them (an article's lead image, an author's portrait). */
function leadImageOf(image: RawImage | undefined): LeadImageMeta | undefined {
  return image && { src: image.src, alt: image.alt, caption: image.caption, credit: image.credit };
}

/** The corrections oldest first, and the article's updated time moved to the latest of them. */
function correctionsOf(a: RawArticle): Pick<ArticleMeta, 'corrections' | 'updated'> {
  const corrections = (a.corrections ?? [])
    .map((c) => ({ date: normaliseInstant(c.date), wrong: c.wrong.trim(), right: c.right.trim() }))
    .sort((x, y) => x.date.localeCompare(y.date));
  const times = [a.updated && normaliseInstant(a.updated), ...corrections.map((c) => c.date)].filter(
    (t): t is string => Boolean(t),
  );
  return {
    updated: times.sort().at(-1),
    ...(corrections.length > 0 && { corrections }),
  };
}

function toArticleMeta(a: RawArticle): ArticleMeta {
  return {
    section: a.section,
    slug: a.urlSlug,
    title: a.title,
    summary: a.summary,
    date: normaliseInstant(a.date),
    ...correctionsOf(a),
    source: a.source,
    byline: a.byline,
    ...(a.authors && a.authors.length > 0 && { authors: a.authors }),
    tags: a.tags,
    image: leadImageOf(a.image),
    bodyFile: bodyFileOf(a.body.html),
    words: wordsIn(a.body.html),
    sourceFilePath: a._raw.sourceFilePath,
    related: [],
  };
}

/** Words of a body's text (its HTML without tags); a run of CJK characters counts a word a character. */
export function wordsIn(html: string): number {
  const text = html.replace(/<[^>]*>/g, ' ');
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const other = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ');
  return cjk + (other.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0);
}

/** The articles, each with its related stories worked out over the whole list. */
function withRelated(articles: ArticleMeta[]): ArticleMeta[] {
  const related = relatedStories(articles);
  return articles.map((a) => ({ ...a, related: related.get(a) ?? [] }));
}

/** The author profiles of one Contentlayer run, by slug. */
function authorsOf(content: GeneratedContent): AuthorMeta[] {
  return (content.allAuthors ?? [])
    .map((a) => ({
      slug: a.slug,
      name: a.name.trim(),
      ...(a.role?.trim() && { role: a.role.trim() }),
      bio: a.bio.trim(),
      ...(a.image && { image: leadImageOf(a.image) }),
      sourceFilePath: a._raw.sourceFilePath,
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The pages and sections of one Contentlayer run, as the index holds them. */
function sectionsOf(content: GeneratedContent): SectionMeta[] {
  return content.allSections
    .map(({ id, name, description, order }) => ({ id, name, description, order }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

function pagesOf(content: GeneratedContent): PageMeta[] {
  return content.allPages
    .map((p) => ({ slug: p.slug, title: p.title, summary: p.summary, order: p.order, bodyFile: bodyFileOf(p.body.html) }))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/**
 * What one Contentlayer run over part of the articles contributes: every article file (drafts
 * too) for the cross-document checks, and the published ones as the index holds them.
 */
export interface Fragment {
  records: ArticleRecord[];
  articles: ArticleMeta[];
  drafts?: ArticleMeta[];
}

export function fragmentOf(content: GeneratedContent): Fragment {
  return {
    records: content.allArticles.map((a) => ({
      sourceFilePath: a._raw.sourceFilePath,
      section: a.section,
      slug: a.urlSlug,
      date: a.date,
      updated: a.updated,
      corrections: a.corrections,
      authors: a.authors,
    })),
    articles: content.allArticles.filter((a) => !a.draft).map(toArticleMeta),
    drafts: content.allArticles.filter((a) => a.draft).map(toArticleMeta),
  };
}

/**
 * How a run's documents join the rest (scripts/build-content.ts decides). `base` is the last
 * good index, of which the articles read from `replaced` files are dropped (an incremental build
 * of changed files); `fragments` come from runs over other parts of the folder (a sharded full
 * build). Without a base, this run's sections and pages are the site's. `contentDir` names files
 * in messages.
 */
export interface MergePlan {
  base?: SiteIndex;
  replaced?: readonly string[];
  fragments?: readonly Fragment[];
  contentDir?: string;
}

export function buildSiteIndex(content: GeneratedContent, builtAt = now(), plan: MergePlan = {}): SiteIndex {
  const replaced = new Set(plan.replaced);
  const kept = (plan.base?.articles ?? []).filter((a) => !replaced.has(a.sourceFilePath));
  const keptDrafts = (plan.base?.drafts ?? []).filter((a) => !replaced.has(a.sourceFilePath));
  const parts = [...(plan.fragments ?? []), fragmentOf(content)];
  const sections = plan.base ? plan.base.sections : sectionsOf(content);
  const authors = plan.base ? (plan.base.authors ?? []) : authorsOf(content);
  const contentDir = plan.contentDir ?? site.contentDir;

  const records = [
    ...[...kept, ...keptDrafts].map(({ sourceFilePath, section, slug, date, updated, corrections, authors }) => ({
      sourceFilePath,
      section,
      slug,
      date,
      updated,
      corrections,
      authors,
    })),
    ...parts.flatMap((part) => part.records),
  ];
  const problems = [
    ...findAuthorProblems(authors.map((a) => ({ ...a, sourceFilePath: path.join(contentDir, a.sourceFilePath) }))),
    ...findContentProblems(
      records.map((r) => ({ ...r, sourceFilePath: path.join(contentDir, r.sourceFilePath) })),
      sections.map((s) => s.id),
      authors.map((a) => a.slug),
      builtAt.getTime(),
    ),
  ];
  if (problems.length > 0) throw new Error(formatContentProblems(problems));

  return {
    builtAt: builtAt.toISOString(),
    sectionPageSize: site.sectionPageSize,
    sections,
    articles: withRelated([...kept, ...parts.flatMap((part) => part.articles)].sort(compareNewestFirst)),
    drafts: [...keptDrafts, ...parts.flatMap((part) => part.drafts ?? [])].sort(compareNewestFirst),
    pages: plan.base ? plan.base.pages : pagesOf(content),
    authors,
  };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function writeJsonAtomically(file: string, value: unknown): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
}

/**
 * The plan scripts/build-content.ts leaves in a file named by `CONTENT_BUILD_PLAN`: either write
 * this run's fragment to `fragmentFile`, or merge as in MergePlan (files named by path).
 */
export interface PlanFile {
  fragmentFile?: string;
  base?: string;
  replaced?: string[];
  fragments?: string[];
  contentDir?: string;
}

export const CONTENT_BUILD_PLAN = 'CONTENT_BUILD_PLAN';

function writeBodies(content: GeneratedContent, dir: string): void {
  mkdirSync(path.join(dir, BODIES_DIR), { recursive: true });
  for (const doc of [...content.allArticles, ...content.allPages]) {
    const file = path.join(dir, bodyFileOf(doc.body.html));
    if (existsSync(file)) continue;
    writeFileSync(`${file}.${process.pid}.tmp`, doc.body.html);
    renameSync(`${file}.${process.pid}.tmp`, file);
  }
}

/**
 * Validates the generated content and writes the pending index (or, in a sharded build, this
 * run's fragment). Contentlayer calls this even when some documents failed its own checks, so
 * scripts/build-content.ts promotes the pending file to the live one only after the whole build
 * has succeeded.
 */
export function writeSiteIndex(content: GeneratedContent, dir = site.editionDir): SiteIndex | undefined {
  const planFile = process.env[CONTENT_BUILD_PLAN];
  const plan = planFile ? readJson<PlanFile>(planFile) : {};
  writeBodies(content, dir);
  if (plan.fragmentFile) {
    writeJsonAtomically(plan.fragmentFile, fragmentOf(content));
    return undefined;
  }
  const index = buildSiteIndex(content, now(), {
    base: plan.base ? readJson<SiteIndex>(plan.base) : undefined,
    replaced: plan.replaced,
    fragments: plan.fragments?.map((file) => readJson<Fragment>(file)),
    contentDir: plan.contentDir,
  });
  // `npm run dev` has no wrapper to promote the file, so it asks for the live one directly.
  writeJsonAtomically(
    path.join(dir, process.env.SITE_INDEX_WRITE === 'live' ? SITE_INDEX_FILE : PENDING_SITE_INDEX_FILE),
    index,
  );
  return index;
}
