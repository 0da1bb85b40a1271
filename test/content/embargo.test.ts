import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/lib/clock';
import { useFixtureContent } from '../helpers/fixture-content';

// A story dated later than now is embargoed until its minute (docs/adr/017-scheduled-publishing.md).
const EMBARGOED = '/news/china-news/harbour-expansion-approved';
const RELEASE = new Date('2018-06-10T02:00:00Z'); // 2018-06-10 10:00, Beijing time

type Content = typeof import('@/lib/content');
let content: Content;
let knownPaths: typeof import('@/lib/content/known-paths');
let sitemaps: typeof import('@/lib/seo/sitemaps');
let feeds: typeof import('@/lib/feeds/model');
let search: typeof import('@/lib/search/query');
let respond: typeof import('@/lib/feeds/respond');
let searchApi: typeof import('@/lib/search');

beforeAll(async () => {
  useFixtureContent({
    'news/china-news/harbour-expansion-approved.md': `---
title: "Harbour expansion approved"
date: 2018-06-10 10:00
summary: "Embargoed until ten in the morning."
source: Xinhua
tags: [Harbours]
---

The expansion of the harbour was approved.
`,
  });
  content = await import('@/lib/content');
  knownPaths = await import('@/lib/content/known-paths');
  sitemaps = await import('@/lib/seo/sitemaps');
  feeds = await import('@/lib/feeds/model');
  search = await import('@/lib/search/query');
  respond = await import('@/lib/feeds/respond');
  searchApi = await import('@/lib/search');
});
afterEach(() => setClock(undefined));

/** Everything a reader or a crawler could find the story by, at `at`. */
async function seen(at: Date) {
  setClock(at);
  const feed = await feeds.buildFeedModel();
  return {
    latest: content.latestArticles(10).some((a) => a.url === EMBARGOED),
    section: content.listSectionArticles('china-news', 1)?.items.some((a) => a.url === EMBARGOED) ?? false,
    article: (await content.getArticle('china-news', 'harbour-expansion-approved')) !== undefined,
    path: knownPaths.judgeContentPath(EMBARGOED.slice(1).split('/')) === true,
    tag: knownPaths.judgeContentPath(['tags', 'harbours']) === true,
    feed: feed!.entries.some((e) => e.link.endsWith(EMBARGOED)),
    // The feed as served, which is rendered once per content version and kept.
    rss: (await (await respond.feedResponse(new Request('http://localhost/rss.xml'), 'rss')).text()).includes(
      EMBARGOED,
    ),
    sitemap: sitemaps.sitemapEntries().some((e) => e.loc.endsWith(EMBARGOED)),
    newsSitemap: sitemaps.newsSitemapEntries().some((e) => e.loc.endsWith(EMBARGOED)),
  };
}

const nowhere = {
  latest: false,
  section: false,
  article: false,
  path: false,
  tag: false,
  feed: false,
  rss: false,
  sitemap: false,
  newsSitemap: false,
};

describe('a story dated later than now', () => {
  it('is nowhere a minute before its time, everywhere at it, and gone again if the clock goes back', async () => {
    expect(await seen(new Date(RELEASE.getTime() - 60_000))).toEqual(nowhere);
    expect(await seen(new Date(RELEASE.getTime() - 1))).toEqual(nowhere);
    const released = await seen(RELEASE);
    expect(Object.values(released).every(Boolean), JSON.stringify(released)).toBe(true);
    expect(await seen(new Date(RELEASE.getTime() - 1))).toEqual(nowhere);
  });

  it('is found by no search before its minute, and by every search from it', () => {
    const request = { text: 'harbour', sort: 'newest' as const, page: 1 };
    const rowid = Math.floor(RELEASE.getTime() / 60_000) * 4096;
    for (const early of [-60_000, -1])
      expect(search.searchPlanOf(request, RELEASE.getTime() + early)!.highRowid, String(early)).toBeLessThan(rowid);
    for (const late of [0, 59_999, 60_000])
      expect(search.searchPlanOf(request, RELEASE.getTime() + late)!.highRowid, String(late)).toBeGreaterThanOrEqual(
        rowid,
      );
  });

  it('is found by a search at its time, and not a second before', async () => {
    const found = async (at: number) => {
      setClock(new Date(at));
      const outcome = await searchApi.searchStories({ text: 'harbour expansion', sort: 'newest', page: 1 });
      return outcome.kind === 'results' && outcome.results.some((result) => result.story.url === EMBARGOED);
    };
    expect(await found(RELEASE.getTime() - 1_000)).toBe(false);
    expect(await found(RELEASE.getTime())).toBe(true);
  });
});
