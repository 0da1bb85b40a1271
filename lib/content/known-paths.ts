import { articleKey, currentContent } from './store';
import { tagSlug } from './tags';
import { authorUrl, listPageCountFor, sectionUrl, tagUrl } from './urls';
import { parsePageNumber } from './params';

/**
 * Whether a path (its decoded segments after the leading "/") under one of the content's dynamic
 * routes names something published: a section, one of its index pages, an article, its social
 * card, its section's feed, an introduction page, a tag's or an author's pages and feeds.
 * Undefined for paths outside those routes.
 * Answered from the live index in memory, so a junk path costs a map lookup.
 */
export function judgeContentPath(segments: readonly string[]): boolean | string | undefined {
  const [top, ...rest] = segments;
  if (top === 'tags') return judgeTagPath(rest);
  if (top === 'authors') return judgeAuthorPath(rest);
  if (top !== 'news' && top !== 'introduction' && top !== 'og') return undefined;
  if (rest.length === 0) return top !== 'og';
  const content = currentContent();
  if (top === 'introduction') return rest.length === 1 && content.index.pages.some((p) => p.slug === rest[0]);
  const [section, second, third] = rest;
  const articles = content.articlesBySection.get(section);
  if (!articles) return false;
  const isArticle = rest.length === 2 && content.articlesByKey.has(articleKey(section, second));
  if (top === 'og') return isArticle;
  if (rest.length === 1) return true;
  if (rest.length === 2) return isArticle || second === 'rss.xml';
  if (rest.length === 3 && second === 'page') {
    const page = parsePageNumber(third);
    // Page 1 is the section itself: redirected here, so Next never caches a redirect per section.
    if (page === 1) return sectionUrl(section);
    return page !== undefined && page <= listPageCountFor(articles.length);
  }
  return false;
}

/**
 * `/tags`, `/tags/<slug>`, its pages and its feed. A tag has one URL: another spelling of a
 * published tag (`/tags/World%20Cup` for `/tags/world-cup`) answers with that URL, to redirect to.
 */
function judgeTagPath(rest: readonly string[]): boolean | string {
  if (rest.length === 0) return true;
  const [name, second, third] = rest;
  const tag = currentContent().tagsBySlug.get(tagSlug(name));
  if (!tag) return false;
  const tail = rest.slice(1);
  const page = tail.length === 2 && second === 'page' ? (parsePageNumber(third) ?? Infinity) : undefined;
  const valid =
    tail.length === 0 ||
    (tail.length === 1 && second === 'rss.xml') ||
    (page !== undefined && page <= listPageCountFor(tag.articles.length));
  if (!valid) return false;
  if (page === 1) return tagUrl(tag.slug);
  return name === tag.slug ? true : [tagUrl(tag.slug), ...tail].join('/');
}

/** `/authors`, `/authors/<slug>`, its pages and its two feeds. */
function judgeAuthorPath(rest: readonly string[]): boolean | string {
  if (rest.length === 0) return true;
  const [slug, second, third] = rest;
  const entry = currentContent().authorsBySlug.get(slug);
  if (!entry) return false;
  if (rest.length === 1) return true;
  if (rest.length === 2) return second === 'rss.xml' || second === 'atom.xml';
  if (rest.length !== 3 || second !== 'page') return false;
  const page = parsePageNumber(third);
  // Page 1 is the author's page itself: redirected here, as for sections.
  if (page === 1) return authorUrl(slug);
  return page !== undefined && page <= listPageCountFor(entry.articles.length);
}
