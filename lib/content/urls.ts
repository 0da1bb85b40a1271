// The site's route table: every public URL of the content is built here (pages, feeds, sitemaps,
// the nav, the tests), and read back here (matchContentRoute, which the server's guard uses to
// answer 404 before Next for a path that names nothing). A new route is added in both halves.
import { site } from '../site';
import { parsePageNumber } from './params';

/** The segments of the content's routes. */
const SEG = {
  news: 'news',
  introduction: 'introduction',
  og: 'og',
  tags: 'tags',
  authors: 'authors',
  page: 'page',
  rss: 'rss.xml',
  atom: 'atom.xml',
} as const;

/**
 * Names an article slug cannot take: they are routes beside `/news/<section>/<slug>`. (The feed's
 * `rss.xml` is one too, but no slug can be spelled so: a slug has no dot.)
 */
export const RESERVED_ARTICLE_SLUGS: ReadonlySet<string> = new Set([SEG.page]);

export const newsUrl = `/${SEG.news}`;
export const introductionUrl = `/${SEG.introduction}`;

/**
 * The site's fixed destinations by the name every link to them shows: the header's navigation,
 * the footer, the not-found page and the breadcrumbs read them here.
 */
export const PLACES = {
  home: { name: 'Home page', url: '/' },
  news: { name: 'All news', url: newsUrl },
  introduction: { name: 'Shandong Introduction', url: introductionUrl },
  topics: { name: 'Topics', url: `/${SEG.tags}` },
  authors: { name: 'Authors', url: `/${SEG.authors}` },
} as const;

export function sectionUrl(section: string): string {
  return `${newsUrl}/${section}`;
}

export function sectionPageUrl(section: string, page: number): string {
  return page <= 1 ? sectionUrl(section) : `${sectionUrl(section)}/${SEG.page}/${page}`;
}

export function sectionFeedUrl(section: string): string {
  return `${sectionUrl(section)}/${SEG.rss}`;
}

export function articleUrl(section: string, slug: string): string {
  return `${sectionUrl(section)}/${slug}`;
}

/** The generated social card of an article without a lead image. */
export function socialCardUrl(section: string, slug: string): string {
  return `/${SEG.og}/${section}/${slug}`;
}

/** Pages a section's index takes for `articleCount` articles: at least one. */
export function listPageCountFor(articleCount: number, pageSize: number = site.sectionPageSize): number {
  return Math.max(1, Math.ceil(articleCount / pageSize));
}

export function introductionPageUrl(slug: string): string {
  return `${introductionUrl}/${slug}`;
}

export const tagsUrl = PLACES.topics.url;

/** A tag's page; a slug in another script than Latin is percent-encoded, as a URL must be. */
export function tagUrl(slug: string): string {
  return `${tagsUrl}/${encodeURIComponent(slug)}`;
}

export function tagPageUrl(slug: string, page: number): string {
  return page <= 1 ? tagUrl(slug) : `${tagUrl(slug)}/${SEG.page}/${page}`;
}

export function tagFeedUrl(slug: string): string {
  return `${tagUrl(slug)}/${SEG.rss}`;
}

export const authorsUrl = PLACES.authors.url;

/** An author's page (content/authors/<slug>.yml). */
export function authorUrl(slug: string): string {
  return `${authorsUrl}/${slug}`;
}

export function authorPageUrl(slug: string, page: number): string {
  return page <= 1 ? authorUrl(slug) : `${authorUrl(slug)}/${SEG.page}/${page}`;
}

export function authorFeedUrl(slug: string, format: 'rss' | 'atom' = 'rss'): string {
  return `${authorUrl(slug)}/${format === 'rss' ? SEG.rss : SEG.atom}`;
}

/**
 * A path under the content's routes, read back: what it names, before anyone looks it up. `page`
 * is the list page asked for; `pageSpelled` says the URL wrote `/page/<n>` (page 1 spelled so is
 * redirected to the list's own URL).
 */
export type ContentRoute =
  | { route: 'news' | 'introduction' | 'tags' | 'authors' }
  | { route: 'section'; section: string; page: number; pageSpelled: boolean }
  | { route: 'section-feed'; section: string }
  | { route: 'article' | 'social-card'; section: string; slug: string }
  | { route: 'introduction-page'; slug: string }
  | { route: 'tag'; tag: string; page: number; pageSpelled: boolean }
  | { route: 'tag-feed'; tag: string }
  | { route: 'author'; author: string; page: number; pageSpelled: boolean }
  | { route: 'author-feed'; author: string; format: 'rss' | 'atom' };

/** `[]`, or `['page', '<n>']` with a plain page number: the list page; undefined for anything else. */
function listPage(tail: readonly string[]): { page: number; pageSpelled: boolean } | undefined {
  if (tail.length === 0) return { page: 1, pageSpelled: false };
  if (tail.length !== 2 || tail[0] !== SEG.page) return undefined;
  const page = parsePageNumber(tail[1]);
  return page === undefined ? undefined : { page, pageSpelled: true };
}

/**
 * The route of a path given as its decoded segments after the leading "/": undefined outside the
 * content's routes, null under one of them in a shape no URL of the site has.
 */
export function matchContentRoute(segments: readonly string[]): ContentRoute | null | undefined {
  const [top, first, ...tail] = segments;
  switch (top) {
    case SEG.news: {
      if (first === undefined) return { route: 'news' };
      if (tail.length === 1 && tail[0] === SEG.rss) return { route: 'section-feed', section: first };
      if (tail.length === 1)
        return RESERVED_ARTICLE_SLUGS.has(tail[0]) ? null : { route: 'article', section: first, slug: tail[0] };
      const list = listPage(tail);
      return list ? { route: 'section', section: first, ...list } : null;
    }
    case SEG.og:
      return first !== undefined && tail.length === 1
        ? { route: 'social-card', section: first, slug: tail[0] }
        : null;
    case SEG.introduction:
      if (first === undefined) return { route: 'introduction' };
      return tail.length === 0 ? { route: 'introduction-page', slug: first } : null;
    case SEG.tags: {
      if (first === undefined) return { route: 'tags' };
      if (tail.length === 1 && tail[0] === SEG.rss) return { route: 'tag-feed', tag: first };
      const list = listPage(tail);
      return list ? { route: 'tag', tag: first, ...list } : null;
    }
    case SEG.authors: {
      if (first === undefined) return { route: 'authors' };
      if (tail.length === 1 && (tail[0] === SEG.rss || tail[0] === SEG.atom))
        return { route: 'author-feed', author: first, format: tail[0] === SEG.rss ? 'rss' : 'atom' };
      const list = listPage(tail);
      return list ? { route: 'author', author: first, ...list } : null;
    }
    default:
      return undefined;
  }
}
