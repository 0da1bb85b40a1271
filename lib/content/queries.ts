import { cache } from 'react';
import { leadImageView, pictureView } from '../media/picture';
import { site } from '../site';
import {
  articleKey,
  currentContent,
  readBodyHtml,
  storyForPreview,
  type AuthorEntry,
  type ContentSnapshot,
} from './store';
import { formatDateLine, toZonedIso } from './time';
import type { ArticleMeta, AuthorMeta, PageMeta, SectionMeta } from './types';
import { tagSlug, type TagMeta } from './tags';
import {
  articleUrl,
  authorUrl,
  introductionPageUrl,
  listPageCountFor,
  matchContentRoute,
  sectionUrl,
  tagUrl,
} from './urls';
import type {
  ArticleCard,
  ArticleView,
  AuthorLink,
  AuthorPageView,
  AuthorView,
  FrontPageView,
  IntroductionCard,
  IntroductionView,
  SectionPageView,
  SectionView,
  TagLink,
  TagPageView,
  TagView,
  TimeView,
} from './views';

/**
 * One snapshot per request: a page, its layout and its metadata see the same content even when
 * a publish swaps the index mid-render. (Outside a React server render it is simply the latest.)
 */
const contentForRequest = cache(currentContent);

// One entry per published or updated time: bounded by the archive, and lists format the same
// articles over and over.
const timeViews = new Map<string, TimeView>();

function timeView(instant: string): TimeView {
  let view = timeViews.get(instant);
  if (!view) {
    view = { iso: toZonedIso(instant), line: formatDateLine(instant) };
    timeViews.set(instant, view);
  }
  return view;
}

function sectionView(section: SectionMeta): SectionView {
  return { id: section.id, name: section.name, description: section.description, url: sectionUrl(section.id) };
}

function articleCard(content: ContentSnapshot, article: ArticleMeta): ArticleCard {
  const section = content.sectionsById.get(article.section);
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    url: articleUrl(article.section, article.slug),
    section: { id: article.section, name: section?.name ?? article.section, url: sectionUrl(article.section) },
    published: timeView(article.date),
    modified: timeView(article.updated ?? article.date),
    picture: pictureView(article.image),
  };
}

function introductionCard(page: PageMeta): IntroductionCard {
  return { slug: page.slug, title: page.title, summary: page.summary, url: introductionPageUrl(page.slug) };
}

/**
 * Changes whenever what readers see changes: a publish, or an embargo's end (the stories released
 * from one index only grow with the clock, so their count tells the released sets apart). A key
 * for anything derived from the content.
 */
export function contentVersion(): string {
  const { index } = contentForRequest();
  return `${index.builtAt}+${index.articles.length}`;
}

export function listSections(): SectionView[] {
  return contentForRequest().index.sections.map(sectionView);
}

export function getSection(id: string): SectionView | undefined {
  const section = contentForRequest().sectionsById.get(id);
  return section && sectionView(section);
}

/** The newest articles of the whole site, or of one section. */
export function latestArticles(count: number, section?: string): ArticleCard[] {
  const content = contentForRequest();
  const pool = section ? (content.articlesBySection.get(section) ?? []) : content.index.articles;
  return pool.slice(0, count).map((a) => articleCard(content, a));
}

function frontPageLeadOf(content: ContentSnapshot): ArticleMeta | undefined {
  const newest = content.index.articles;
  return newest.slice(0, site.home.leadCandidates).find((a) => a.image?.picture) ?? newest[0];
}

/** The front page's lead story, without the rest of the page. */
export function frontPageLead(): ArticleCard | undefined {
  const content = contentForRequest();
  const lead = frontPageLeadOf(content);
  return lead && articleCard(content, lead);
}

/**
 * The front page's stories, each shown once: the lead (the newest story with a picture among the
 * newest few), the latest after it, then each section's newest of the rest.
 */
export function frontPage(): FrontPageView {
  const content = contentForRequest();
  const { latestSize, storiesPerSection } = site.home;
  const newest = content.index.articles;
  const lead = frontPageLeadOf(content);
  const shown = new Set<ArticleMeta>(lead ? [lead] : []);
  const unshown = (pool: readonly ArticleMeta[], count: number) =>
    pool.slice(0, count + shown.size).filter((a) => !shown.has(a)).slice(0, count);
  const latest = unshown(newest, latestSize);
  for (const a of latest) shown.add(a);
  const sections = content.index.sections.flatMap((section) => {
    const stories = unshown(content.articlesBySection.get(section.id) ?? [], storiesPerSection);
    return stories.length > 0 ? [{ section: sectionView(section), stories: stories.map((a) => articleCard(content, a)) }] : [];
  });
  return {
    lead: lead && articleCard(content, lead),
    latest: latest.map((a) => articleCard(content, a)),
    sections,
  };
}

export function sectionPageCount(section: string): number {
  return listPageCountFor(contentForRequest().articlesBySection.get(section)?.length ?? 0);
}

/** One page of a section's index, newest first; undefined for an unknown section or a page past the last. */
export function listSectionArticles(section: string, page: number): SectionPageView | undefined {
  const content = contentForRequest();
  const meta = content.sectionsById.get(section);
  const listed = meta && pageOfStories(content, content.articlesBySection.get(section) ?? [], page);
  return listed && { section: sectionView(meta!), ...listed };
}

/**
 * One page of a list of stories, newest first, as section, tag and author pages show it; undefined
 * for a page that is not a whole number from 1 to the last (an empty list has one, empty, page).
 */
function pageOfStories(
  content: ContentSnapshot,
  articles: readonly ArticleMeta[],
  page: number,
): { items: ArticleCard[]; page: number; totalPages: number } | undefined {
  const totalPages = listPageCountFor(articles.length);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  const start = (page - 1) * site.sectionPageSize;
  const items = articles.slice(start, start + site.sectionPageSize).map((a) => articleCard(content, a));
  return { items, page, totalPages };
}

/** Cached per request, so a page and its metadata read the body once. */
export const getArticle = cache(async function getArticle(
  section: string,
  slug: string,
): Promise<ArticleView | undefined> {
  const content = contentForRequest();
  const article = content.articlesByKey.get(articleKey(section, slug));
  return article && articleViewOf(content, article);
});

/**
 * A draft or scheduled story as its page will show it, for a private preview (lib/preview.ts):
 * its tags as it names them, though no published story has them yet. Cached per request.
 */
export const getPreviewArticle = cache(async function getPreviewArticle(
  key: string,
): Promise<ArticleView | undefined> {
  const article = storyForPreview(key);
  return article && articleViewOf(contentForRequest(), article, { unpublishedTags: true });
});

async function articleViewOf(
  content: ContentSnapshot,
  article: ArticleMeta,
  options: { unpublishedTags?: boolean } = {},
): Promise<ArticleView> {
  const siblings = content.articlesBySection.get(article.section) ?? [];
  const position = content.positionInSection.get(article);
  const older = position === undefined ? undefined : siblings[position + 1];
  const newer = position !== undefined && position > 0 ? siblings[position - 1] : undefined;
  return {
    ...articleCard(content, article),
    source: article.source,
    byline: article.byline,
    authors: (article.authors ?? []).flatMap((slug) => {
      const entry = content.authorsBySlug.get(slug);
      return entry ? [authorLink(entry.author)] : [];
    }),
    updated: article.updated ? timeView(article.updated) : undefined,
    corrections: (article.corrections ?? []).map((c) => ({ time: timeView(c.date), wrong: c.wrong, right: c.right })),
    tags: tagLinksOf(content, article, options.unpublishedTags),
    readingMinutes: Math.max(1, Math.round(article.words / site.readingWordsPerMinute)),
    related: article.related.flatMap((key) => {
      const other = content.articlesByKey.get(key);
      return other ? [articleCard(content, other)] : [];
    }),
    image: leadImageView(article.image),
    html: await readBodyHtml(article.bodyFile),
    older: older && articleCard(content, older),
    newer: newer && articleCard(content, newer),
  };
}

function tagView(tag: TagMeta): TagView {
  return { slug: tag.slug, name: tag.name, url: tagUrl(tag.slug), count: tag.articles.length };
}

/** The article's tags that have a page; with `unpublished`, also those that will have one. */
function tagLinksOf(content: ContentSnapshot, article: ArticleMeta, unpublished = false): TagLink[] {
  const named = new Map(article.tags.map((name) => [tagSlug(name), name]));
  named.delete('');
  return [...named].flatMap(([slug, name]) => {
    const tag = content.tagsBySlug.get(slug);
    if (tag) return [{ slug, name: tag.name, url: tagUrl(slug) }];
    return unpublished ? [{ slug, name, url: tagUrl(slug) }] : [];
  });
}

export function getTag(slug: string): TagView | undefined {
  const tag = contentForRequest().tagsBySlug.get(slug);
  return tag && tagView(tag);
}

/** Every tag with its number of stories, A to Z. */
export function listTags(): TagView[] {
  return [...contentForRequest().tagsBySlug.values()]
    .map(tagView)
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug));
}

/** The newest `count` stories of a tag. */
export function latestTagArticles(slug: string, count: number): ArticleCard[] {
  const content = contentForRequest();
  return (content.tagsBySlug.get(slug)?.articles ?? []).slice(0, count).map((a) => articleCard(content, a));
}


/** One page of a tag's stories, newest first; undefined for an unknown tag (any other spelling) or a page past the last. */
export function listTagArticles(slug: string, page: number): TagPageView | undefined {
  const content = contentForRequest();
  const tag = content.tagsBySlug.get(slug);
  const listed = tag && pageOfStories(content, tag.articles, page);
  return listed && { tag: tagView(tag!), ...listed };
}

/** The tag pages rendered at build: the most used tags; the rest render on first request. */
export function prerenderedTagParams(): { tag: string }[] {
  return [...contentForRequest().tagsBySlug.values()]
    .sort((a, b) => b.articles.length - a.articles.length)
    .slice(0, site.prerenderTags)
    .map((tag) => ({ tag: tag.slug }));
}

/** The published article at a site path such as "/news/china-news/<slug>", without its body. */
export function findArticleByPath(path: string): ArticleCard | undefined {
  // Read as written: a section or slug has nothing to decode, so an encoded path names no story.
  const route = path.startsWith('/') ? matchContentRoute(path.slice(1).split('/')) : undefined;
  if (route?.route !== 'article') return undefined;
  const content = contentForRequest();
  const article = content.articlesByKey.get(articleKey(route.section, route.slug));
  return article && articleCard(content, article);
}

/** The published article under its key (`<section>/<slug>`), without its body. */
export function findArticleByKey(key: string): ArticleCard | undefined {
  const content = contentForRequest();
  const article = content.articlesByKey.get(key);
  return article && articleCard(content, article);
}

/** The articles rendered at build time: the newest few of each section. */
export function prerenderedArticleParams(): { section: string; slug: string }[] {
  const content = contentForRequest();
  return [...content.articlesBySection.entries()].flatMap(([section, articles]) =>
    articles.slice(0, site.prerenderPerSection).map((a) => ({ section, slug: a.slug })),
  );
}

export function listIntroductionPages(): IntroductionCard[] {
  return contentForRequest().index.pages.map(introductionCard);
}

export const getIntroductionPage = cache(async function getIntroductionPage(
  slug: string,
): Promise<IntroductionView | undefined> {
  const page = contentForRequest().index.pages.find((p) => p.slug === slug);
  if (!page) return undefined;
  return { ...introductionCard(page), html: await readBodyHtml(page.bodyFile) };
});

function authorLink(author: AuthorMeta): AuthorLink {
  return { slug: author.slug, name: author.name, url: authorUrl(author.slug) };
}

function authorView({ author, articles }: AuthorEntry): AuthorView {
  return {
    ...authorLink(author),
    role: author.role,
    bio: author.bio,
    count: articles.length,
    portrait: pictureView(author.image),
  };
}

export function getAuthor(slug: string): AuthorView | undefined {
  const entry = contentForRequest().authorsBySlug.get(slug);
  return entry && authorView(entry);
}

/** Every author with a profile, A to Z by name. */
export function listAuthors(): AuthorView[] {
  return [...contentForRequest().authorsBySlug.values()]
    .map(authorView)
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug));
}

/** The newest `count` stories of an author. */
export function latestAuthorArticles(slug: string, count: number): ArticleCard[] {
  const content = contentForRequest();
  return (content.authorsBySlug.get(slug)?.articles ?? []).slice(0, count).map((a) => articleCard(content, a));
}


/** One page of an author's stories, newest first; undefined for an unknown author or a page past the last. */
export function listAuthorArticles(slug: string, page: number): AuthorPageView | undefined {
  const content = contentForRequest();
  const entry = content.authorsBySlug.get(slug);
  const listed = entry && pageOfStories(content, entry.articles, page);
  return listed && { author: authorView(entry!), ...listed };
}

/** Every author's first page is rendered at build: there are few of them. */
export function prerenderedAuthorParams(): { author: string }[] {
  return [...contentForRequest().authorsBySlug.keys()].map((author) => ({ author }));
}
