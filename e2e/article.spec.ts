import { expect, test } from '@playwright/test';

const SEED = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';

test.describe('article page', () => {
  test('shows its corrections at the foot, dated, and is updated at the latest', async ({ page }) => {
    await page.goto('/news/china-news/boao-forum-hears-pledge-of-wider-opening-up');
    const corrections = page.getByRole('region', { name: 'Correction' });
    await expect(corrections.getByRole('listitem')).toHaveCount(1);
    await expect(corrections.locator('time')).toHaveText('2018-04-11 09:40');
    await expect(corrections).toContainText('This story said: that the forum meets in Guangdong province.');
    await expect(corrections).toContainText('In fact: The forum meets in Boao, in Hainan province.');
    await expect(page.getByRole('main').getByText('Updated: 2018-04-11 09:40')).toBeVisible();
    const article = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')]
        .map((s) => JSON.parse(s.textContent!))
        .find((data) => data['@type'] === 'NewsArticle'),
    );
    expect(article.dateModified).toBe('2018-04-11T09:40:00+08:00');
  });

  test('shows the seed article as the newsroom wrote it', { tag: '@newcomer' }, async ({ page }) => {
    const response = await page.goto(SEED);
    expect(response?.status()).toBe(200);

    await expect(page.getByRole('link', { name: 'Shandong On Internet' })).toHaveAttribute('href', '/');
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Shandong Introduction' }).first(),
    ).toBeVisible();

    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb).toHaveText('Your Location: News > China News');
    await expect(breadcrumb.getByRole('link', { name: 'News', exact: true })).toHaveAttribute(
      'href',
      '/news',
    );
    await expect(breadcrumb.getByRole('link', { name: 'China News' })).toHaveAttribute(
      'href',
      '/news/china-news',
    );

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'CIS leader looks to closer ties with SCO ahead of Qingdao summit',
    );
    await expect(page.locator('h1')).toHaveCount(1);
    const main = page.getByRole('main');
    await expect(main.getByText('Source: Xinhua')).toBeVisible();
    await expect(main.getByText('memorandum of understanding')).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Security first' })).toBeVisible();
    await expect(main.getByRole('list').filter({ hasText: 'CIS' }).getByRole('listitem')).toHaveText([
      'SCO',
      'CIS',
      'Qingdao',
    ]);
  });

  test('dates the article in Beijing time with its offset, whatever the server zone', async ({ page }) => {
    await page.goto(SEED);
    const dateLine = page.getByRole('main').getByText('Date: 2018-06-08 14:17', { exact: true });
    await expect(dateLine).toBeVisible();
    await expect(dateLine.locator('time')).toHaveAttribute('datetime', '2018-06-08T14:17:00+08:00');
  });

  test('links to the previous and next article of the section', async ({ page }) => {
    await page.goto(SEED);
    const more = page.getByRole('navigation', { name: 'More from China News' });
    const next = more.locator('a[rel="next"]');
    const previous = more.locator('a[rel="prev"]');
    await expect(next).toHaveText('SCO leaders sign Qingdao Declaration as summit closes');
    await expect(previous).toHaveText('Qingdao puts final touches to SCO summit preparations');
    await previous.click();
    await expect(page).toHaveURL(
      /\/news\/china-news\/qingdao-puts-final-touches-to-sco-summit-preparations$/,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Qingdao puts final touches to SCO summit preparations',
    );
  });

  test('shows a lead image with its alt text, caption and credit', async ({ page }) => {
    await page.goto('/news/business/qingdao-port-reports-steady-growth-in-first-half-cargo-volumes');
    const figure = page.getByRole('figure');
    await expect(
      figure.getByRole('img', { name: 'Container cranes above stacked boxes on a harbour quay at dawn' }),
    ).toBeVisible();
    await expect(figure.locator('figcaption')).toHaveText(
      'Boxes wait on a Qingdao quay as the port handles more cargo than a year ago. Illustration: Shandong On Internet',
    );
  });

  test('renders an archive article that was not built ahead, and serves it again', async ({ request }) => {
    const url = '/news/china-news/spring-festival-travel-rush-gets-under-way';
    const first = await request.get(url);
    expect(first.status()).toBe(200);
    expect(await first.text()).toContain(
      '<time dateTime="2018-02-01T09:20:00+08:00">2018-02-01 09:20</time>',
    );
    const again = await request.get(url);
    expect(again.status()).toBe(200);
    // From the cache: fresh, or stale when another page's link prefetched it over a minute ago.
    expect(['HIT', 'STALE']).toContain(again.headers()['x-nextjs-cache']);
  });

  test('sends the security headers', async ({ request }) => {
    const response = await request.get(SEED);
    const headers = response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['permissions-policy']).toContain('camera=()');
  });
});
