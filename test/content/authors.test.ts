import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/lib/clock';
import type { SiteIndex } from '@/lib/content/types';
import { useFixtureContent } from '../helpers/fixture-content';

// Author profiles, their pages, feeds, sitemap entries and JSON-LD; bylines linking to them.
const NOW = new Date('2018-07-01T00:00:00Z');
const story = (slug: string, day: number, authors: string, extra = '') => [
  `news/business/${slug}.md`,
  `---\ntitle: "Port story ${slug}"\ndate: 2018-06-${String(day).padStart(2, '0')} 09:00\nsummary: "A port story."\nsource: Qingdao News\nauthors: ${authors}\n${extra}---\n\nAt the port.\n`,
];

let content: typeof import('@/lib/content');
let knownPaths: typeof import('@/lib/content/known-paths');
let respond: typeof import('@/lib/feeds/respond');
let sitemaps: typeof import('@/lib/seo/sitemaps');
let structured: typeof import('@/lib/seo/structured-data');
let plan: typeof import('../../scripts/publish-plan');
let store: typeof import('@/lib/content/store');

beforeAll(async () => {
  setClock(NOW);
  process.env.SITE_URL = 'https://news.example.test';
  useFixtureContent({
    'authors/li-na.yml':
      'name: Li Na\nrole: Ports reporter\nbio: "Li Na covers the harbours of the Shandong coast."\nimage:\n  src: images/harbour-dawn.jpg\n  alt: "Li Na"\n',
    'authors/zhou-bo.yml': 'name: Zhou Bo\nbio: "Zhou Bo writes about shipping."\n',
    'authors/new-hire.yml': 'name: New Hire\nbio: "Has not written for us yet."\n',
    ...Object.fromEntries([
      ...Array.from({ length: 11 }, (_, i) => story(`solo-${i}`, i + 1, '[li-na]')),
      story('together', 20, '[zhou-bo, li-na]', 'byline: "Additional reporting by Xinhua"\n'),
      // Neither a story dated ahead nor a draft counts before readers can see it.
      story('ahead', 1, '[li-na]').map((part, i) => (i === 1 ? part.replace('2018-06-01', '2019-01-01') : part)),
      story('drafted', 21, '[zhou-bo]', 'draft: true\n'),
    ]),
  });
  content = await import('@/lib/content');
  knownPaths = await import('@/lib/content/known-paths');
  respond = await import('@/lib/feeds/respond');
  sitemaps = await import('@/lib/seo/sitemaps');
  structured = await import('@/lib/seo/structured-data');
  plan = await import('../../scripts/publish-plan');
  store = await import('@/lib/content/store');
});
afterAll(() => setClock(undefined));

describe('an author', () => {
  it('has a profile with their published stories, newest first, in pages like a section', () => {
    const author = content.getAuthor('li-na')!;
    expect(author).toMatchObject({ name: 'Li Na', role: 'Ports reporter', url: '/authors/li-na', count: 12 });
    expect(author.portrait?.alt).toBe('Li Na');
    const first = content.listAuthorArticles('li-na', 1)!;
    expect(first.totalPages).toBe(2);
    expect(first.items).toHaveLength(10);
    expect(first.items[0].title).toBe('Port story together');
    expect(content.listAuthorArticles('li-na', 2)!.items).toHaveLength(2);
    expect(content.listAuthorArticles('li-na', 3)).toBeUndefined();
    expect(content.getAuthor('zhou-bo')!.count).toBe(1);
    // A profile without a story yet has its page, empty.
    expect(content.listAuthorArticles('new-hire', 1)!.items).toEqual([]);
    expect(content.getAuthor('nobody')).toBeUndefined();
    expect(content.listAuthors().map((a) => a.name)).toEqual(['Li Na', 'New Hire', 'Zhou Bo']);
  });

  it('is linked from the byline in the order the story names them, beside its credit', async () => {
    const article = (await content.getArticle('business', 'together'))!;
    expect(article.authors).toEqual([
      { slug: 'zhou-bo', name: 'Zhou Bo', url: '/authors/zhou-bo' },
      { slug: 'li-na', name: 'Li Na', url: '/authors/li-na' },
    ]);
    expect(article.byline).toBe('Additional reporting by Xinhua');
    expect(structured.newsArticleJsonLd(article).author).toEqual([
      { '@type': 'Person', name: 'Zhou Bo', url: 'https://news.example.test/authors/zhou-bo' },
      { '@type': 'Person', name: 'Li Na', url: 'https://news.example.test/authors/li-na' },
    ]);
  });

  it('is a Person in the JSON-LD of their page', () => {
    const data = structured.authorJsonLd(content.getAuthor('li-na')!);
    expect(data['@type']).toBe('ProfilePage');
    expect(data.mainEntity).toMatchObject({
      '@type': 'Person',
      name: 'Li Na',
      jobTitle: 'Ports reporter',
      url: 'https://news.example.test/authors/li-na',
      description: 'Li Na covers the harbours of the Shandong coast.',
    });
  });

  it('has pages and feeds the guard knows, and no other', () => {
    const known = (path: string) => knownPaths.judgeContentPath(path.slice(1).split('/'));
    for (const path of [
      '/authors',
      '/authors/li-na',
      '/authors/li-na/page/2',
      '/authors/li-na/rss.xml',
      '/authors/li-na/atom.xml',
      '/authors/new-hire',
    ])
      expect(known(path), path).toBe(true);
    expect(known('/authors/li-na/page/1')).toBe('/authors/li-na');
    for (const path of [
      '/authors/nobody',
      '/authors/Li-Na',
      '/authors/li-na/page/3',
      '/authors/li-na/page/0',
      '/authors/li-na/feed.json',
      '/authors/li-na/extra/path',
    ])
      expect(known(path), path).toBe(false);
  });

  it('has an RSS and an Atom feed naming every author of each story; an unknown author none', async () => {
    const feed = async (format: 'rss' | 'atom', author: string) =>
      respond.feedResponse(new Request(`https://news.example.test/authors/${author}/${format}.xml`), format, {
        author,
      });
    const rss = parseFeed(await (await feed('rss', 'li-na')).text()).toJSON();
    expect(rss.title).toBe('Li Na - Shandong On Internet');
    expect(rss.self).toBe('https://news.example.test/authors/li-na/rss.xml');
    expect(rss.items).toHaveLength(12);
    expect(rss.items[0].authors.map((a) => a.name)).toEqual(['Zhou Bo', 'Li Na']);
    const atom = parseFeed(await (await feed('atom', 'zhou-bo')).text()).toJSON();
    expect(atom.meta.type).toBe('atom');
    expect(atom.self).toBe('https://news.example.test/authors/zhou-bo/atom.xml');
    expect(atom.items.map((item) => item.title)).toEqual(['Port story together']);
    expect((await feed('rss', 'nobody')).status).toBe(404);
  });

  it('is in the sitemap, each page of their stories', () => {
    const locs = sitemaps.sitemapEntries().map((e) => e.loc);
    for (const path of ['/authors', '/authors/li-na', '/authors/li-na/page/2', '/authors/zhou-bo'])
      expect(locs).toContain(`https://news.example.test${path}`);
  });

  it('has their pages and feeds revalidated by a publish that changes a story naming them', () => {
    const index = store.currentContent().index as SiteIndex;
    const edited: SiteIndex = {
      ...index,
      articles: index.articles.map((a) => (a.slug === 'together' ? { ...a, title: 'Edited' } : a)),
    };
    const paths = plan.pagesShowingChanges(index, edited);
    for (const path of [
      '/authors',
      '/authors/li-na',
      '/authors/li-na/page/2',
      '/authors/li-na/rss.xml',
      '/authors/li-na/atom.xml',
      '/authors/zhou-bo',
    ])
      expect(paths).toContain(path);
    // A profile changed shows in every byline that names it.
    const renamed = { ...index, authors: index.authors!.map((a) => ({ ...a, name: `${a.name} Jr` })) };
    expect(plan.publishPlan(index, renamed)).toEqual({ all: true });
  });
});
