import { describe, expect, it } from 'vitest';
import {
  articleUrl,
  authorFeedUrl,
  authorPageUrl,
  authorUrl,
  authorsUrl,
  introductionPageUrl,
  introductionUrl,
  matchContentRoute,
  newsUrl,
  PLACES,
  RESERVED_ARTICLE_SLUGS,
  sectionFeedUrl,
  sectionPageUrl,
  sectionUrl,
  socialCardUrl,
  tagFeedUrl,
  tagPageUrl,
  tagsUrl,
  tagUrl,
} from '@/lib/content/urls';

/** A URL read back the way the server's guard reads it: decoded segments after the "/". */
const routeOf = (url: string) => matchContentRoute(url.slice(1).split('/').map(decodeURIComponent));

describe('the route table', () => {
  it('builds the public URLs readers, feeds and search engines already hold', () => {
    expect([newsUrl, introductionUrl, tagsUrl, authorsUrl]).toEqual([
      '/news',
      '/introduction',
      '/tags',
      '/authors',
    ]);
    expect(sectionUrl('china-news')).toBe('/news/china-news');
    expect(sectionPageUrl('china-news', 1)).toBe('/news/china-news');
    expect(sectionPageUrl('china-news', 3)).toBe('/news/china-news/page/3');
    expect(sectionFeedUrl('china-news')).toBe('/news/china-news/rss.xml');
    expect(articleUrl('china-news', 'a-story')).toBe('/news/china-news/a-story');
    expect(socialCardUrl('china-news', 'a-story')).toBe('/og/china-news/a-story');
    expect(introductionPageUrl('history')).toBe('/introduction/history');
    expect(tagUrl('world-cup')).toBe('/tags/world-cup');
    expect(tagUrl('青岛')).toBe('/tags/%E9%9D%92%E5%B2%9B');
    expect(tagPageUrl('world-cup', 2)).toBe('/tags/world-cup/page/2');
    expect(tagFeedUrl('world-cup')).toBe('/tags/world-cup/rss.xml');
    expect(authorUrl('li-wei')).toBe('/authors/li-wei');
    expect(authorPageUrl('li-wei', 2)).toBe('/authors/li-wei/page/2');
    expect(authorFeedUrl('li-wei')).toBe('/authors/li-wei/rss.xml');
    expect(authorFeedUrl('li-wei', 'atom')).toBe('/authors/li-wei/atom.xml');
  });

  it('names the nav once, with the seed page’s "Shandong Introduction"', () => {
    expect(PLACES.introduction).toEqual({ name: 'Shandong Introduction', url: '/introduction' });
    expect(PLACES.news.url).toBe(newsUrl);
    expect(PLACES.topics.url).toBe(tagsUrl);
    expect(PLACES.authors.url).toBe(authorsUrl);
  });

  it('reads back every URL it builds as the route that built it', () => {
    expect(routeOf(newsUrl)).toEqual({ route: 'news' });
    expect(routeOf(introductionUrl)).toEqual({ route: 'introduction' });
    expect(routeOf(tagsUrl)).toEqual({ route: 'tags' });
    expect(routeOf(authorsUrl)).toEqual({ route: 'authors' });
    expect(routeOf(sectionUrl('business'))).toEqual({
      route: 'section',
      section: 'business',
      page: 1,
      pageSpelled: false,
    });
    expect(routeOf(sectionPageUrl('business', 4))).toEqual({
      route: 'section',
      section: 'business',
      page: 4,
      pageSpelled: true,
    });
    expect(routeOf(sectionFeedUrl('business'))).toEqual({ route: 'section-feed', section: 'business' });
    expect(routeOf(articleUrl('business', 'port'))).toEqual({
      route: 'article',
      section: 'business',
      slug: 'port',
    });
    expect(routeOf(socialCardUrl('business', 'port'))).toEqual({
      route: 'social-card',
      section: 'business',
      slug: 'port',
    });
    expect(routeOf(introductionPageUrl('history'))).toEqual({ route: 'introduction-page', slug: 'history' });
    expect(routeOf(tagUrl('青岛'))).toEqual({ route: 'tag', tag: '青岛', page: 1, pageSpelled: false });
    expect(routeOf(tagPageUrl('port', 2))).toEqual({ route: 'tag', tag: 'port', page: 2, pageSpelled: true });
    expect(routeOf(tagFeedUrl('port'))).toEqual({ route: 'tag-feed', tag: 'port' });
    expect(routeOf(authorPageUrl('li-wei', 2))).toEqual({
      route: 'author',
      author: 'li-wei',
      page: 2,
      pageSpelled: true,
    });
    expect(routeOf(authorFeedUrl('li-wei', 'atom'))).toEqual({
      route: 'author-feed',
      author: 'li-wei',
      format: 'atom',
    });
  });

  it('tells a shape no URL of the site has (null) from a path outside its routes (undefined)', () => {
    for (const junk of [
      '/news/business/page',
      '/news/business/page/0',
      '/news/business/page/02',
      '/news/business/page/2/more',
      '/news/business/port/more',
      '/og',
      '/og/business',
      '/introduction/history/more',
      '/tags/port/page/x',
      '/tags/port/feed.xml',
      '/authors/li-wei/page',
      '/authors/li-wei/json.xml',
    ])
      expect(routeOf(junk), junk).toBeNull();
    for (const elsewhere of ['/', '/search', '/api/popular', '/media/a.webp', '/newsroom'])
      expect(routeOf(elsewhere), elsewhere).toBeUndefined();
  });

  it('keeps article slugs off the names of the routes beside them', () => {
    for (const reserved of RESERVED_ARTICLE_SLUGS)
      expect(routeOf(articleUrl('business', reserved))?.route, reserved).not.toBe('article');
  });
});
