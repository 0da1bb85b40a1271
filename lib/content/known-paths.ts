import { articleKey, currentContent } from './store';
import { tagSlug } from './tags';
import {
  authorUrl,
  listPageCountFor,
  matchContentRoute,
  sectionUrl,
  tagFeedUrl,
  tagPageUrl,
  type ContentRoute,
} from './urls';

/**
 * Whether a path (its decoded segments after the leading "/") under one of the content's routes
 * (lib/content/urls.ts) names something published: a section, one of its index pages, an article,
 * its social card, its section's feed, an introduction page, a tag's or an author's pages and
 * feeds. A string is the one URL of what another spelling names, to redirect to. Undefined for
 * paths outside those routes.
 * Answered from the live index in memory, so a junk path costs a map lookup.
 */
export function judgeContentPath(segments: readonly string[]): boolean | string | undefined {
  const route = matchContentRoute(segments);
  if (route === undefined) return undefined;
  return route !== null && judgeRoute(route);
}

function judgeRoute(route: ContentRoute): boolean | string {
  const content = currentContent();
  switch (route.route) {
    case 'news':
    case 'introduction':
    case 'tags':
    case 'authors':
      return true;
    case 'introduction-page':
      return content.index.pages.some((p) => p.slug === route.slug);
    case 'article':
    case 'social-card':
      return content.articlesByKey.has(articleKey(route.section, route.slug));
    case 'section-feed':
      return content.articlesBySection.has(route.section);
    case 'section': {
      const articles = content.articlesBySection.get(route.section);
      if (!articles || route.page > listPageCountFor(articles.length)) return false;
      // Page 1 is the section itself: redirected there, so Next never caches a redirect per section.
      return route.pageSpelled && route.page === 1 ? sectionUrl(route.section) : true;
    }
    case 'tag':
    case 'tag-feed': {
      // A tag has one URL: another spelling of a published tag (`/tags/World%20Cup` for
      // `/tags/world-cup`) answers with that URL, to redirect to.
      const tag = content.tagsBySlug.get(tagSlug(route.tag));
      if (!tag) return false;
      if (route.route === 'tag-feed') return route.tag === tag.slug || tagFeedUrl(tag.slug);
      if (route.page > listPageCountFor(tag.articles.length)) return false;
      if (route.pageSpelled && route.page === 1) return tagPageUrl(tag.slug, 1);
      return route.tag === tag.slug || tagPageUrl(tag.slug, route.page);
    }
    case 'author':
    case 'author-feed': {
      const entry = content.authorsBySlug.get(route.author);
      if (!entry) return false;
      if (route.route === 'author-feed') return true;
      if (route.page > listPageCountFor(entry.articles.length)) return false;
      // Page 1 is the author's page itself: redirected there, as for sections.
      return route.pageSpelled && route.page === 1 ? authorUrl(route.author) : true;
    }
  }
}
