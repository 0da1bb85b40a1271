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
    expect(
      marks.every((mark) => /^(qingdao|ports?)$/i.test(mark)),
      marks.join(),
    ).toBe(true);
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
      expect(secondPage.some((title) => firstPage.includes(title))).toBe(false);

      await page.getByRole('combobox', { name: 'Section' }).selectOption('business');
      await page.getByRole('combobox', { name: 'Order' }).selectOption('newest');
      await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/section=business/);
      const sections = await page
        .getByRole('main')
        .getByRole('article')
        .getByRole('link', { name: 'Business' })
        .count();
      expect(sections).toBe(await page.getByRole('main').getByRole('article').count());
      const times = await page
        .getByRole('main')
        .getByRole('article')
        .locator('time')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!));
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
 * What no form of ours sends, with the status of the results page and of the JSON search: 200 or
 * 400 with a reason, never 5xx. The JSON search refuses a search without a word to look for.
 */
const JUNK: [query: string, page: number, api: number][] = [
  ['q=%22', 200, 400],
  ['q=%22unbalanced', 200, 200],
  ['q=*', 200, 400],
  ['q=NEAR(qingdao%20jinan)', 200, 200],
  ['q=NEAR(', 200, 200],
  ['q=title:qingdao', 200, 200],
  ['q=%7Btitle%20body%7D:port', 200, 200],
  ['q=AND%20OR%20NOT', 200, 200],
  ['q=(((', 200, 400],
  ['q=%00', 200, 400],
  ['q=port%00operators', 200, 200],
  ['q=%F0%9F%9A%A2', 200, 400],
  ['q=%E6%B3%89%E5%9F%8E', 200, 200],
  ['q=caf%C3%A9', 200, 200],
  ['q=', 200, 400],
  ['', 200, 400],
  ['q=%ZZ', 200, 200],
  ['q=%C3', 200, 400],
  ['q=a&q=b', 200, 200],
  [`q=${'x'.repeat(200)}`, 200, 200],
  [`q=${'x'.repeat(2000)}`, 400, 400],
  ['q=port&page=0', 400, 400],
  ['q=port&page=51', 400, 400],
  ['q=port&page=1e3', 400, 400],
  ['q=port&page=-1', 400, 400],
  ['q=port&page=99999999999999999999999', 400, 400],
  ['q=port&section=sport', 400, 400],
  ['q=port&section=..%2F..%2Fetc', 400, 400],
  ['q=port&from=2018-02-30', 400, 400],
  ['q=port&from=2018-12-01&to=2018-01-01', 400, 400],
  ['q=port&sort=oldest', 400, 400],
];

test.describe('junk searches', () => {
  for (const [query, status, apiStatus] of JUNK) {
    test(`/search?${query.slice(0, 60)} answers ${status}`, async ({ baseURL }) => {
      const page = await rawGet(baseURL!, `/search?${query}`);
      expect(page.status).toBe(status);
      if (status === 400) expect(page.body).toContain('Search not understood');
      const api = await rawGet(baseURL!, `/api/search?${query}`);
      expect(api.status).toBe(apiStatus);
      if (apiStatus === 400) expect(JSON.parse(api.body).error).toMatch(/\w/);
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
