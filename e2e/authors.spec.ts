import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';

const SHARED = '/news/business/rizhao-soybean-crushers-brace-for-tariffs-on-us-beans';

test.describe('authors', () => {
  test('a byline links each author to their page, with their profile, stories and feeds', async ({
    page,
    request,
  }) => {
    await page.goto(SHARED);
    const header = page.getByRole('main').locator('article header');
    await expect(header.getByText('By Chen Yuting and Wang Xiaolin')).toBeVisible();
    await header.getByRole('link', { name: 'Wang Xiaolin' }).click();

    await expect(page).toHaveURL(/\/authors\/wang-xiaolin$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Wang Xiaolin' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'About Wang Xiaolin' })).toContainText('Shouguang');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveText(
      'Your Location: Authors > Wang Xiaolin',
    );
    const stories = page.getByRole('main').getByRole('article');
    await expect(stories).toHaveCount(2);
    // Newest first.
    await expect(stories.first()).toContainText('Rizhao soybean crushers');
    await expect(stories.nth(1)).toContainText('Shouguang');

    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) =>
      JSON.parse(t),
    );
    const profile = data.find((d) => d['@type'] === 'ProfilePage');
    expect(profile.mainEntity).toMatchObject({ '@type': 'Person', name: 'Wang Xiaolin' });

    for (const format of ['rss', 'atom'] as const) {
      const href = await page
        .locator(`link[rel="alternate"][href$="/authors/wang-xiaolin/${format}.xml"]`)
        .count();
      expect(href, format).toBe(1);
      const feed = await request.get(`/authors/wang-xiaolin/${format}.xml`);
      expect(feed.status()).toBe(200);
      const parsed = parseFeed(await feed.text()).toJSON();
      // Absolute, on the site's own address (SITE_URL).
      expect(parsed.items.map((item) => new URL(item.url!).pathname)).toContain(SHARED);
    }

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Authors' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Authors' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(10);
  });

  test('an author who does not exist is a 404 answered before any page renders', async ({ request }) => {
    for (const path of ['/authors/nobody', '/authors/nobody/rss.xml', '/authors/wang-xiaolin/page/2']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['cache-control'], path).toBe('no-store');
    }
  });
});
