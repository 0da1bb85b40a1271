import { site } from '../site';

export const newsUrl = '/news';
export const introductionUrl = '/introduction';

/**
 * The site's fixed destinations by the name every link to them shows: the header's navigation,
 * the footer, the not-found page and the breadcrumbs read them here.
 */
export const PLACES = {
  home: { name: 'Home page', url: '/' },
  news: { name: 'All news', url: newsUrl },
  introduction: { name: 'Shandong Introduction', url: introductionUrl },
  topics: { name: 'Topics', url: '/tags' },
  authors: { name: 'Authors', url: '/authors' },
} as const;

export function sectionUrl(section: string): string {
  return `/news/${section}`;
}

export function sectionPageUrl(section: string, page: number): string {
  return page <= 1 ? sectionUrl(section) : `/news/${section}/page/${page}`;
}

export function articleUrl(section: string, slug: string): string {
  return `/news/${section}/${slug}`;
}

/** The generated social card of an article without a lead image. */
export function socialCardUrl(section: string, slug: string): string {
  return `/og/${section}/${slug}`;
}

/** Pages a section's index takes for `articleCount` articles: at least one. */
export function listPageCountFor(articleCount: number, pageSize: number = site.sectionPageSize): number {
  return Math.max(1, Math.ceil(articleCount / pageSize));
}

export function introductionPageUrl(slug: string): string {
  return `/introduction/${slug}`;
}

export const tagsUrl = PLACES.topics.url;

/** A tag's page; a slug in another script than Latin is percent-encoded, as a URL must be. */
export function tagUrl(slug: string): string {
  return `/tags/${encodeURIComponent(slug)}`;
}

export function tagPageUrl(slug: string, page: number): string {
  return page <= 1 ? tagUrl(slug) : `${tagUrl(slug)}/page/${page}`;
}

export function tagFeedUrl(slug: string): string {
  return `${tagUrl(slug)}/rss.xml`;
}

export const authorsUrl = PLACES.authors.url;

/** An author's page (content/authors/<slug>.yml). */
export function authorUrl(slug: string): string {
  return `${authorsUrl}/${slug}`;
}

export function authorPageUrl(slug: string, page: number): string {
  return page <= 1 ? authorUrl(slug) : `${authorUrl(slug)}/page/${page}`;
}

export function authorFeedUrl(slug: string, format: 'rss' | 'atom' = 'rss'): string {
  return `${authorUrl(slug)}/${format}.xml`;
}
