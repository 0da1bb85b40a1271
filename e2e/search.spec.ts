import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, test, type Page } from '@playwright/test';
import { rawGet } from './http';
import { publishingSite } from './publishing-site';

const LANTERN_SHOW = 'Jinan lantern show lights up Baotu Spring';

async function searchFromHeader(page: Page, words: string, submit: 'enter' | 'button') {
  const box = page.getByRole('search').first().getByRole('searchbox', { name: 'Search stories' });
  await box.fill(words);
  if (submit === 'enter') await box.press('Enter');
  else await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
}

async function expectResultsFor(page: Page, words: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Search: ${words}`);
  await expect(page.getByRole('status')).toContainText(/\d+ stor(y|ies) match/);
  const results = page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 });
  expect(await results.count()).toBeGreaterThan(0);
  await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
}

test.describe('the search box in the header', () => {
  test('searches from any page by keyboard', async ({ page }) => {
    await page.goto('/news/china-news');
    await searchFromHeader(page, 'Qingdao port', 'enter');
    await expectResultsFor(page, 'Qingdao port');
    const marks = await page.getByRole('main').locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^(qingdao|ports?)$/i);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('searches, pages and filters', async ({ page }) => {
      await page.goto('/');
      await searchFromHeader(page, 'Qingdao', 'button');
      await expectResultsFor(page, 'Qingdao');
      await expect(page.getByRole('status')).toContainText('page 1 of 3');
      const firstPage = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();

      await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next' }).click();
      await expect(page.getByRole('status')).toContainText('page 2 of 3');
      const secondPage = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
      expect(firstPage).toHaveLength(10);
      expect(secondPage).toHaveLength(10);
      expect(secondPage.some((title) => firstPage.includes(title))).toBe(false);

      await page.getByRole('combobox', { name: 'Section' }).selectOption('business');
      await page.getByRole('combobox', { name: 'Order' }).selectOption('newest');
      await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/section=business/);
      const stories = page.getByRole('main').getByRole('article');
      const count = await stories.count();
      expect(count).toBeGreaterThan(1);
      await expect(stories.getByRole('link', { name: 'Business' })).toHaveCount(count);
      const times = await stories
        .locator('time')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!));
      expect(times).toHaveLength(count);
      expect(times).toEqual([...times].sort().reverse());
    });
  });

  test.describe('at phone width', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    test('fits the screen and searches', async ({ page }) => {
      await page.goto('/');
      const box = page.getByRole('searchbox', { name: 'Search stories' });
      await expect(box).toBeInViewport();
      const button = page.getByRole('search').first().getByRole('button', { name: 'Search' });
      const { x, width } = (await button.boundingBox())!;
      expect(x + width).toBeLessThanOrEqual(360);
      await searchFromHeader(page, '泉城', 'enter');
      await expect(
        page.getByRole('main').getByRole('link', { name: new RegExp(LANTERN_SHOW) }),
      ).toBeVisible();
    });
  });
});

test('a search without results says so and how to go on', async ({ page }) => {
  await page.goto('/search?q=zzzyzx&section=business');
  await expect(page.getByText('No stories match “zzzyzx”.')).toBeVisible();
  await page.getByRole('link', { name: 'Search every section and date' }).click();
  await expect(page).toHaveURL('/search?q=zzzyzx');
});

test('results are not for search engines, and browsers can add the search', async ({ page, request }) => {
  const response = await page.goto('/search?q=Qingdao');
  expect(response!.headers()['x-robots-tag']).toBe('noindex');
  expect(response!.headers()['cache-control']).toBe('public, max-age=45');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Disallow: \/search$/m);

  for (const url of ['/', '/news/business', '/search?q=port', '/news/china-news/no-such-story']) {
    await page.goto(url);
    await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', '/opensearch.xml');
  }
  const description = await request.get('/opensearch.xml');
  expect(description.headers()['content-type']).toContain('application/opensearchdescription+xml');
  const { OpenSearchDescription: parsed } = new XMLParser({ ignoreAttributes: false }).parse(
    await description.text(),
  );
  expect(parsed.ShortName.length).toBeLessThanOrEqual(16);
  const html = parsed.Url.find((url: Record<string, string>) => url['@_type'] === 'text/html');
  expect(html['@_template']).toMatch(/\/search\?q=\{searchTerms\}$/);
});

test('the JSON search answers with the results page’s results', async ({ page, request }) => {
  const response = await request.get('/api/search?q=Qingdao&page=2');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ query: { q: 'Qingdao', page: 2, sort: 'relevance' }, page: 2, totalPages: 3 });
  await page.goto('/search?q=Qingdao&page=2');
  const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(body.results.map((result: { title: string }) => result.title)).toEqual(titles);
  expect(body.results[0].url).toMatch(/^http.*\/news\//);
});

/**
 * What no form of ours sends, and what it comes to: refused (400 with a reason, page and JSON),
 * nothing asked (no word to look for: the results page invites one, the JSON search refuses),
 * or a search that finds stories or finds none. Never a 5xx.
 */
type JunkOutcome = 'refused' | 'nothing asked' | 'found' | 'none';
const JUNK: [query: string, outcome: JunkOutcome][] = [
  ['q=%22', 'nothing asked'],
  ['q=%22unbalanced', 'none'],
  ['q=*', 'nothing asked'],
  ['q=NEAR(qingdao%20jinan)', 'none'],
  ['q=NEAR(', 'found'],
  ['q=title:qingdao', 'none'],
  ['q=%7Btitle%20body%7D:port', 'none'],
  ['q=AND%20OR%20NOT', 'found'],
  ['q=(((', 'nothing asked'],
  ['q=%00', 'nothing asked'],
  ['q=port%00operators', 'found'],
  ['q=%F0%9F%9A%A2', 'nothing asked'],
  ['q=%E6%B3%89%E5%9F%8E', 'found'],
  ['q=caf%C3%A9', 'none'],
  ['q=', 'nothing asked'],
  ['', 'nothing asked'],
  ['q=%ZZ', 'none'],
  ['q=%C3', 'nothing asked'],
  ['q=a&q=b', 'found'],
  [`q=${'x'.repeat(200)}`, 'none'],
  [`q=${'x'.repeat(2000)}`, 'refused'],
  ['q=port&page=0', 'refused'],
  ['q=port&page=51', 'refused'],
  ['q=port&page=1e3', 'refused'],
  ['q=port&page=-1', 'refused'],
  ['q=port&page=99999999999999999999999', 'refused'],
  ['q=port&section=sport', 'refused'],
  ['q=port&section=..%2F..%2Fetc', 'refused'],
  ['q=port&from=2018-02-30', 'refused'],
  ['q=port&from=2018-12-01&to=2018-01-01', 'refused'],
  ['q=port&sort=oldest', 'refused'],
];

/** The results page's status and a line it shows, the JSON search's status and body, for each outcome. */
const ANSWERS: Record<JunkOutcome, { page: [number, RegExp]; api: [number, (body: unknown) => void] }> = {
  refused: {
    page: [400, /Search not understood/],
    api: [400, (body) => expect(body).toEqual({ error: expect.stringMatching(/\w/) })],
  },
  'nothing asked': {
    page: [200, /Type a name, a place or a topic/],
    api: [400, (body) => expect(body).toEqual({ error: 'Say what to search for: ?q=<words>.' })],
  },
  found: {
    page: [200, /\d+ stor(y|ies) match/],
    api: [
      200,
      (body) => {
        expect(body).toMatchObject({ total: expect.any(Number), results: expect.any(Array) });
        const { total, results } = body as { total: number; results: unknown[] };
        expect(total).toBeGreaterThan(0);
        expect(results.length).toBe(Math.min(total, 10));
      },
    ],
  },
  none: {
    page: [200, /No stories match/],
    api: [200, (body) => expect(body).toMatchObject({ total: 0, totalPages: 0, results: [] })],
  },
};

test.describe('junk searches', () => {
  for (const [query, outcome] of JUNK) {
    test(`/search?${query.slice(0, 60)}: ${outcome}`, async ({ baseURL }) => {
      const expected = ANSWERS[outcome];
      const page = await rawGet(baseURL!, `/search?${query}`);
      expect(page.status).toBe(expected.page[0]);
      // Without the markers React puts between the parts of a text.
      expect(page.body.replaceAll('<!-- -->', '')).toMatch(expected.page[1]);
      const api = await rawGet(baseURL!, `/api/search?${query}`);
      expect(api.status).toBe(expected.api[0]);
      expected.api[1](JSON.parse(api.body));
    });
  }
});

test.describe('publishing', () => {
  test('a published story is found when the publish returns, and never again once removed', async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const { work, site, publish } = await publishingSite();
    const file = path.join(work, 'content/news/shandong-news/glasswing-butterflies.md');
    const found = async () => (await (await request.get(`${site.url}/api/search?q=glasswing`)).json()).total;
    try {
      expect(await found()).toBe(0);
      writeFileSync(
        file,
        '---\ntitle: "Glasswing butterflies hatch at Jinan botanical garden"\ndate: 2018-08-02 09:00\nsummary: "A first for the garden."\nsource: Jinan Daily\n---\n\nKeepers counted forty glasswing butterflies.\n',
      );
      const added = publish();
      expect(added.status, added.stderr).toBe(0);
      expect(await found()).toBe(1);
      const page = await (await request.get(`${site.url}/search?q=glasswing`)).text();
      expect(page).toContain('Glasswing butterflies hatch at Jinan botanical garden');

      rmSync(file);
      const removed = publish();
      expect(removed.status, removed.stderr).toBe(0);
      expect(await found()).toBe(0);
      expect(await (await request.get(`${site.url}/search?q=glasswing`)).text()).toContain(
        'No stories match',
      );
    } finally {
      await site.stop();
    }
  });
});
