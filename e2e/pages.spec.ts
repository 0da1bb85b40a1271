import { expect, test } from '@playwright/test';

const SECTIONS = ['China News', 'Shandong News', 'World News', 'Business'];

test.describe('layout', () => {
  test('has the landmarks, the section nav and one h1', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    for (const name of SECTIONS) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Shandong Introduction' })).toHaveAttribute(
      'href',
      '/introduction',
    );
    await expect(page.locator('h1')).toHaveCount(1);
  });

  test('lets a keyboard user skip to the main content', async ({ page }) => {
    await page.goto('/news/china-news');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('fits a 320 px wide phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const url of [
      '/',
      '/news/china-news',
      '/news/china-news/cis-leader-looks-to-closer-ties-with-sco',
    ]) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('home and news index', () => {
  test('the front page leads with a story and its picture, then the latest, then every section', async ({
    page,
  }) => {
    await page.goto('/');
    const main = page.getByRole('main');
    const lead = main.getByRole('article').first();
    await expect(lead.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(lead.getByRole('img')).toHaveAttribute('alt', /\w/);
    await expect(lead.getByRole('img')).toHaveAttribute('fetchpriority', 'high');
    await expect(main.getByRole('region', { name: 'Latest' }).getByRole('listitem')).toHaveCount(6);
    for (const name of SECTIONS) {
      const region = main.getByRole('region', { name });
      await expect(region.getByRole('heading', { level: 2 })).toHaveText(name);
      await expect(region.getByRole('article')).toHaveCount(4);
    }
    // Most popular, as on every page.
    await expect(
      page.getByRole('complementary').getByRole('heading', { name: 'Most popular' }),
    ).toBeVisible();
  });

  test('the front page shows each story once, and thumbnails in the section lists', async ({ page }) => {
    await page.goto('/');
    const main = page.getByRole('main');
    const storyLinks = await main
      .locator('a[href^="/news/"]')
      .evaluateAll((links) =>
        links.map((a) => a.getAttribute('href')!).filter((href) => href.split('/').length === 4),
      );
    expect(storyLinks.length).toBe(1 + 6 + 4 * SECTIONS.length);
    expect(new Set(storyLinks).size).toBe(storyLinks.length);
    const thumbnails = main.getByRole('region', { name: 'China News' }).locator('img[alt=""]');
    expect(await thumbnails.count()).toBeGreaterThan(0);
  });

  for (const [name, viewport, beside] of [
    ['a desktop', { width: 1280, height: 800 }, true],
    ['a phone', { width: 390, height: 844 }, false],
  ] as const) {
    test(`on ${name} the latest list is ${beside ? 'beside' : 'below'} the lead story`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      const lead = (await page.getByRole('main').getByRole('article').first().boundingBox())!;
      const latest = (await page.getByRole('region', { name: 'Latest' }).boundingBox())!;
      if (beside) {
        expect(latest.x).toBeGreaterThanOrEqual(lead.x + lead.width);
        expect(latest.y).toBeLessThan(lead.y + lead.height);
      } else {
        expect(latest.y).toBeGreaterThanOrEqual(lead.y + lead.height);
        expect(Math.round(latest.width)).toBe(Math.round(lead.width));
      }
    });
  }

  test('/news lists the newest stories of all sections, newest first', async ({ page }) => {
    await page.goto('/news');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    const times = await page
      .getByRole('main')
      .locator('article time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(times).toHaveLength(20);
    expect([...times].sort().reverse()).toEqual(times);
  });
});

test.describe('section pages', () => {
  test('page 1 lists ten stories and links onward', async ({ page }) => {
    await page.goto('/news/business');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveText(
      'Your Location: News > Business',
    );
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(10);
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await expect(pagination.locator('a[rel="prev"]')).toHaveCount(0);
    await pagination.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/news\/business\/page\/2$/);
  });

  test('page 2 holds the rest and links back', async ({ page }) => {
    await page.goto('/news/business/page/2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business: page 2 of 2');
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await expect(pagination.locator('a[rel="next"]')).toHaveCount(0);
    await expect(pagination.locator('a[rel="prev"]')).toHaveAttribute('href', '/news/business');
  });

  test('page/1 sends readers to the section page', async ({ page }) => {
    await page.goto('/news/business/page/1');
    await expect(page).toHaveURL(/\/news\/business$/);
  });

  test('drafts are not listed', async ({ page }) => {
    await page.goto('/news/business');
    await expect(page.getByText('Shandong foreign trade figures for August')).toHaveCount(0);
  });
});

test.describe('Shandong Introduction', () => {
  test('the index links every page, and a page reads in full', async ({ page }) => {
    await page.goto('/introduction');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shandong Introduction');
    const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(6);
    await links.first().click();
    await expect(page).toHaveURL(/\/introduction\/overview$/);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Shandong Introduction');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
  });
});
