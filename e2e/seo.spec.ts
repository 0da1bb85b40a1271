import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const SITE = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/$/, '');
const SEED = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const SPECIAL = 'Jinan lantern show lights up Baotu Spring: "泉城" nights, music & tickets < 50 yuan 🏮';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

test.describe('feeds', () => {
  for (const [path, type] of [
    ['/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/atom.xml', 'application/atom+xml; charset=utf-8'],
    ['/news/shandong-news/rss.xml', 'application/rss+xml; charset=utf-8'],
  ]) {
    test(
      `${path} parses, with absolute links and the special-character story intact`,
      { tag: '@newcomer' },
      async ({ request }) => {
        const response = await request.get(path);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toBe(type);
        expect(response.headers()['cache-control']).toMatch(/max-age=\d+/);
        const feed = parseFeed(await response.text()).toJSON();
        expect(feed.items.length).toBeGreaterThan(0);
        expect(feed.items[0].title).toBe(SPECIAL);
        expect(feed.items[0].content).toContain(`href="${SITE}/introduction/cities"`);
        expect(feed.items.every((item) => item.url?.startsWith(`${SITE}/news/`))).toBe(true);
      },
    );
  }

  test('/feed.json is JSON Feed 1.1', async ({ request }) => {
    const response = await request.get('/feed.json');
    expect(response.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = await response.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]).toMatchObject({
      title: SPECIAL,
      url: `${SITE}/news/shandong-news/jinan-lantern-show-lights-up-baotu-spring`,
    });
  });

  test('a reader that has the feed gets 304, by ETag or by date', async ({ request }) => {
    const first = await request.get('/rss.xml');
    const { etag, 'last-modified': lastModified } = first.headers();
    expect(etag).toBeTruthy();
    expect(new Date(lastModified).toISOString()).toBe('2018-07-28T12:45:00.000Z');
    expect((await request.get('/rss.xml', { headers: { 'if-none-match': etag } })).status()).toBe(304);
    expect((await request.get('/rss.xml', { headers: { 'if-modified-since': lastModified } })).status()).toBe(
      304,
    );
    const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await request.get('/rss.xml', { headers: { 'if-modified-since': older } })).status()).toBe(200);
    expect((await request.get('/rss.xml', { headers: { 'if-none-match': '"stale"' } })).status()).toBe(200);
  });

  test('an unknown section has no feed', async ({ request }) => {
    expect((await request.get('/news/sport/rss.xml')).status()).toBe(404);
  });
});

test.describe('sitemaps and robots', () => {
  test('/sitemap.xml lists pages with their content dates', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const urls: { loc: string; lastmod?: string }[] = xml.parse(await response.text()).urlset.url;
    const seed = urls.find((u) => u.loc === `${SITE}${SEED}`);
    expect(seed?.lastmod).toBe('2018-06-08T14:17:00+08:00');
    expect(urls.some((u) => u.loc === `${SITE}/news/business/page/2`)).toBe(true);
    expect(urls.some((u) => u.loc.includes('shandong-trade-figures-for-august'))).toBe(false);
  });

  test('/news-sitemap.xml is valid and empty when nothing is from the last 48 hours', async ({ request }) => {
    const response = await request.get('/news-sitemap.xml');
    expect(response.status()).toBe(200);
    const parsed = xml.parse(await response.text());
    expect(parsed.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(parsed.urlset.url).toBeUndefined();
  });

  test('/robots.txt lets crawlers in and names both sitemaps', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
    expect(text).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${SITE}/news-sitemap.xml`);
  });

  test('the production server is indexable on every page, prerendered or rendered on request', async ({
    request,
  }) => {
    // The home page is rendered at build; a deep archive page on its first request.
    for (const path of ['/', SEED, '/news/business/page/2']) {
      const response = await request.get(path);
      expect(response.headers()['x-robots-tag'], path).toBeUndefined();
      expect(await response.text(), path).toContain(
        '<meta name="robots" content="index, follow, max-image-preview:large"/>',
      );
    }
  });

  test('a staging server built the same way asks every crawler to stay away', async ({ request }) => {
    const { startSite } = await import('../scripts/local-servers');
    const staging = await startSite({ SITE_ENV: 'staging' });
    try {
      // Pages, feeds, not-found pages, the guard's redirects and refusals alike.
      for (const path of [
        '/',
        SEED,
        '/news/business/page/2',
        '/rss.xml',
        '/no-such-page',
        '/news/china-news/no-such-story',
        '/tags/Qingdao',
        '/news/%ZZ',
      ]) {
        const response = await request.get(`${staging.url}${path}`, { maxRedirects: 0 });
        expect(response.headers()['x-robots-tag'], path).toBe('noindex, nofollow');
      }
      const robots = await (await request.get(`${staging.url}/robots.txt`)).text();
      expect(robots).toMatch(/^Disallow: \/$/m);
      expect(robots).not.toContain('Sitemap:');
    } finally {
      await staging.stop();
    }
  });
});

test.describe('page metadata', () => {
  test('an article has its headline, canonical, Open Graph, Twitter and robots tags', async ({ page }) => {
    await page.goto(SEED);
    const headline = await page.getByRole('heading', { level: 1 }).textContent();
    await expect(page).toHaveTitle(`${headline} - Shandong On Internet`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE}${SEED}`);
    expect(await meta(page, 'og:type')).toBe('article');
    expect(await meta(page, 'article:published_time')).toBe('2018-06-08T14:17:00+08:00');
    expect(await meta(page, 'article:modified_time')).toBe('2018-06-08T14:17:00+08:00');
    expect(await meta(page, 'article:section')).toBe('China News');
    expect(
      await page
        .locator('meta[property="article:tag"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('content'))),
    ).toEqual(['SCO', 'CIS', 'Qingdao']);
    expect(await meta(page, 'og:site_name')).toBe('Shandong On Internet');
    expect(await meta(page, 'og:locale')).toBe('en_US');
    expect(await meta(page, 'og:image')).toBe(
      `${SITE}/og/china-news/cis-leader-looks-to-closer-ties-with-sco`,
    );
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
    expect(await meta(page, 'og:image:alt')).toBe(headline);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'robots')).toBe('index, follow, max-image-preview:large');
  });

  test('an article with a lead image shares that image', async ({ page }) => {
    await page.goto('/news/business/qingdao-port-reports-steady-growth-in-first-half-cargo-volumes');
    expect(await meta(page, 'og:image')).toMatch(
      new RegExp(`^${SITE}/media/qingdao-harbour-[0-9a-f]{10}-1200\\.jpg$`),
    );
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('675');
    expect(await meta(page, 'og:image:alt')).toBe(
      'Container cranes above stacked boxes on a harbour quay at dawn',
    );
  });

  test('the generated social card is a 1200×630 PNG', async ({ request }) => {
    const response = await request.get('/og/china-news/cis-leader-looks-to-closer-ties-with-sco');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect((await request.get('/og/china-news/no-such-story')).status()).toBe(404);
  });

  for (const [path, title, type] of [
    ['/', 'Shandong On Internet', 'website'],
    ['/news', 'News - Shandong On Internet', 'website'],
    ['/news/business', 'Business - Shandong On Internet', 'website'],
    ['/news/business/page/2', 'Business: page 2 - Shandong On Internet', 'website'],
    ['/introduction', 'Shandong Introduction - Shandong On Internet', 'website'],
    ['/introduction/history', null, 'website'],
  ] as const) {
    test(`${path} is canonical to itself and links the site feeds`, async ({ page }) => {
      await page.goto(path);
      if (title) await expect(page).toHaveTitle(title);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
        path === '/' ? SITE : `${SITE}${path}`,
      );
      expect(await meta(page, 'og:type')).toBe(type);
      expect(await meta(page, 'description')).toBeTruthy();
      for (const [feedType, href] of [
        ['application/rss+xml', `${SITE}/rss.xml`],
        ['application/atom+xml', `${SITE}/atom.xml`],
        ['application/feed+json', `${SITE}/feed.json`],
      ]) {
        await expect(page.locator(`link[rel="alternate"][type="${feedType}"][href="${href}"]`)).toHaveCount(
          1,
        );
      }
    });
  }

  test('a section page links its own feed', async ({ page }) => {
    await page.goto('/news/world-news');
    await expect(page.locator(`link[rel="alternate"][href="${SITE}/news/world-news/rss.xml"]`)).toHaveCount(
      1,
    );
  });
});

test.describe('structured data', () => {
  async function jsonLd(page: Page) {
    return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) =>
      JSON.parse(t),
    );
  }

  test('an article carries a NewsArticle that matches the page, and its breadcrumb', async ({ page }) => {
    await page.goto(SEED);
    const [article, breadcrumb] = await jsonLd(page);
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    expect(article.datePublished).toBe(
      await page.getByRole('main').locator('time').first().getAttribute('datetime'),
    );
    expect(article).toMatchObject({
      dateModified: '2018-06-08T14:17:00+08:00',
      articleSection: 'China News',
      keywords: 'SCO, CIS, Qingdao',
      inLanguage: 'en',
      author: { '@type': 'Organization', name: 'Xinhua' },
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Shandong On Internet',
        logo: { url: `${SITE}/logo.png` },
      },
      mainEntityOfPage: { '@id': `${SITE}${SEED}` },
    });
    expect(breadcrumb['@type']).toBe('BreadcrumbList');
    expect(breadcrumb.itemListElement.map((i: { name: string }) => i.name)).toEqual(['News', 'China News']);
  });

  test('the special-character article keeps its headline in JSON-LD', async ({ page }) => {
    await page.goto('/news/shandong-news/jinan-lantern-show-lights-up-baotu-spring');
    const [article] = await jsonLd(page);
    expect(article.headline).toBe(SPECIAL);
    expect(article.author).toEqual({ '@type': 'Person', name: 'Staff reporter' });
  });

  test('home carries the Organization and the WebSite', async ({ page, request }) => {
    await page.goto('/');
    const types = (await jsonLd(page)).flat().map((d) => d['@type']);
    expect(types).toEqual([['Organization', 'NewsMediaOrganization'], 'WebSite']);
    const logo = await request.get('/logo.png');
    expect(logo.headers()['content-type']).toBe('image/png');
  });
});
