import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureContent } from '../helpers/fixture-content';

type Content = typeof import('@/lib/content');
let content: Content;

const EXTRA_BUSINESS = 23;

/** Enough business stories (one a minute from 2018-03-01 08:00) to fill three pages. */
function extraBusinessStories(): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: EXTRA_BUSINESS }, (_, i) => [
      `news/business/market-report-${i}.md`,
      `---\ntitle: "Market report ${i}"\ndate: 2018-03-01 08:${String(i).padStart(2, '0')}\nsummary: "Report ${i}."\nsource: Xinhua\n---\n\nBody ${i}.\n`,
    ]),
  );
}

beforeAll(async () => {
  useFixtureContent(extraBusinessStories());
  content = await import('@/lib/content');
});

describe('sections', () => {
  it('come from the section files, in their order', () => {
    expect(content.listSections().map((s) => [s.id, s.name, s.url])).toEqual([
      ['china-news', 'China News', '/news/china-news'],
      ['business', 'Business', '/news/business'],
    ]);
    expect(content.getSection('sport')).toBeUndefined();
  });
});

describe('latestArticles', () => {
  it('lists published articles newest first, without drafts', () => {
    const titles = content.latestArticles(3).map((a) => a.title);
    expect(titles).toEqual(['Second story', 'First story', 'Third story']);
    expect(content.latestArticles(100).some((a) => a.title === 'Not ready')).toBe(false);
  });

  it('filters by section and uses the slug override in URLs', () => {
    const [newest] = content.latestArticles(1, 'business');
    expect(newest.url).toBe('/news/business/renamed-story');
    expect(newest.section).toEqual({ id: 'business', name: 'Business', url: '/news/business' });
  });
});

describe('frontPage', () => {
  it('leads with the newest story that has a picture and shows every story once', () => {
    const view = content.frontPage();
    expect(view.lead?.title).toBe('Second story');
    expect(view.lead?.picture?.alt).toBe('A harbour at dawn');
    expect(view.latest.map((a) => a.url)).toEqual(
      content
        .latestArticles(7)
        .slice(1)
        .map((a) => a.url),
    );
    const shown = [view.lead!, ...view.latest, ...view.sections.flatMap((s) => s.stories)].map((a) => a.url);
    expect(new Set(shown).size).toBe(shown.length);
    // China News has no story left that the lead and the latest do not show; Business has.
    expect(view.sections.map((s) => s.section.id)).toEqual(['business']);
    expect(view.sections[0].stories).toHaveLength(4);
  });
});

describe('listSectionArticles', () => {
  it.each([
    { page: 1, count: 10, first: 'Third story' },
    { page: 2, count: 10, first: 'Market report 13' },
    { page: 3, count: 4, first: 'Market report 3' },
  ])('page $page holds $count stories starting with "$first"', ({ page, count, first }) => {
    const view = content.listSectionArticles('business', page)!;
    expect(view.totalPages).toBe(3);
    expect(view.items).toHaveLength(count);
    expect(view.items[0].title).toBe(first);
  });

  it.each([
    ['an unknown section', 'sport', 1],
    ['page 0', 'business', 0],
    ['a page past the last', 'business', 4],
    ['a fractional page', 'business', 1.5],
  ])('answers nothing for %s', (_, section, page) => {
    expect(content.listSectionArticles(section as string, page as number)).toBeUndefined();
  });

  it('gives an empty section one page', () => {
    expect(content.sectionPageCount('china-news')).toBe(1);
  });
});

describe('getArticle', () => {
  it('returns the view model with body, times and neighbours', async () => {
    const article = (await content.getArticle('china-news', 'first-story'))!;
    expect(article.title).toBe('First story');
    expect(article.published).toEqual({ iso: '2018-06-08T14:17:00+08:00', line: '2018-06-08 14:17' });
    expect(article.tags).toEqual([
      { slug: 'sco', name: 'SCO', url: '/tags/sco' },
      { slug: 'qingdao', name: 'Qingdao', url: '/tags/qingdao' },
    ]);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(article.related.map((story) => story.url)).not.toContain(article.url);
    expect(article.source).toBe('Xinhua');
    expect(article.newer?.url).toBe('/news/china-news/second-story');
    expect(article.older).toBeUndefined();
    expect(article.html).toContain('<h2>A subheading</h2>');
  });

  it('drops raw HTML and unsafe links from bodies', async () => {
    const { html } = (await content.getArticle('china-news', 'first-story'))!;
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
  });

  it('shows corrections oldest first, the story updated at the latest', async () => {
    const article = (await content.getArticle('business', 'renamed-story'))!;
    expect(article.corrections.map((c) => [c.time.line, c.wrong, c.right])).toEqual([
      ['2018-06-07 20:00', 'that 30 ships called.', 'Thirty-two ships called.'],
      ['2018-06-08 10:00', 'that the port opened in May.', 'The port opened in April.'],
    ]);
    expect(article.updated?.line).toBe('2018-06-08 10:00');
    expect((await content.getArticle('china-news', 'first-story'))!.corrections).toEqual([]);
  });

  it('reads explicit offsets, updated times, bylines and lead images', async () => {
    const article = (await content.getArticle('china-news', 'second-story'))!;
    expect(article.published.line).toBe('2018-06-09 09:00');
    expect(article.updated).toEqual({ iso: '2018-06-09T18:30:00+08:00', line: '2018-06-09 18:30' });
    expect(article.byline).toBe('Staff reporter');
    const image = article.image!;
    expect(image).toMatchObject({ alt: 'A harbour at dawn', caption: 'The harbour.', width: 1200, height: 675 });
    expect(image.credit).toBe('Illustration: the fixture');
    // A 1200-pixel source gets the widths up to its own, in WebP and JPEG, never enlarged.
    const name = /\/media\/(harbour-dawn-[0-9a-f]{10})-400\.webp/.exec(image.srcSet.webp)![1];
    expect(image.srcSet.webp).toBe(
      [400, 800, 1200].map((w) => `/media/${name}-${w}.webp ${w}w`).join(', '),
    );
    expect(image.srcSet.jpg).toBe([400, 800, 1200].map((w) => `/media/${name}-${w}.jpg ${w}w`).join(', '));
    expect(image.src).toBe(`/media/${name}-800.jpg`);
    expect(image.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(image.large).toMatchObject({ url: `/media/${name}-1200.jpg`, width: 1200, height: 675 });
    expect(article.picture?.srcSet).toEqual(image.srcSet);
  });

  it('shows no picture for a story without one', async () => {
    const article = (await content.getArticle('china-news', 'first-story'))!;
    expect(article.image).toBeUndefined();
    expect(article.picture).toBeUndefined();
  });

  it.each([
    ['a draft', 'china-news', 'unfinished'],
    ['an unknown slug', 'china-news', 'nope'],
    ['a file name hidden by a slug override', 'business', 'third-story'],
    ['the right slug in the wrong section', 'business', 'first-story'],
  ])('answers nothing for %s', async (_, section, slug) => {
    expect(await content.getArticle(section, slug)).toBeUndefined();
  });
});

describe('prerenderedArticleParams', () => {
  it('takes the newest articles of each section, up to the configured number', () => {
    const params = content.prerenderedArticleParams();
    expect(params.filter((p) => p.section === 'china-news')).toHaveLength(2);
    expect(params.filter((p) => p.section === 'business')).toHaveLength(20);
  });
});

describe('introduction pages', () => {
  it('lists and reads pages', async () => {
    expect(content.listIntroductionPages().map((p) => p.url)).toEqual(['/introduction/overview']);
    expect((await content.getIntroductionPage('overview'))?.html).toContain('Intro body.');
    expect(await content.getIntroductionPage('nope')).toBeUndefined();
  });
});

describe('parsePageNumber', () => {
  it.each([
    ['1', 1],
    ['12', 12],
    ['0', undefined],
    ['01', undefined],
    ['abc', undefined],
    ['-1', undefined],
    ['2.5', undefined],
    ['1e3', undefined],
    ['9999999', undefined],
  ])('%s → %s', (raw, expected) => {
    expect(content.parsePageNumber(raw)).toBe(expected);
  });
});
