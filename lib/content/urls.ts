import { site } from '../site';

export const newsUrl = '/news';
export const introductionUrl = '/introduction';

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
export function sectionPageCountFor(articleCount: number, pageSize: number = site.sectionPageSize): number {
  return Math.max(1, Math.ceil(articleCount / pageSize));
}

export function introductionPageUrl(slug: string): string {
  return `/introduction/${slug}`;
}

export const tagsUrl = '/tags';

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

export const authorsUrl = '/authors';

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
