import { expect, test } from '@playwright/test';
import { rawGet } from './http';

const NOT_FOUND = [
  '/news/sport',
  '/news/china-news/no-such-story',
  '/news/china-news/page/0',
  '/news/china-news/page/abc',
  '/news/china-news/page/3',
  '/news/business/page/3',
  '/news/business/shandong-trade-figures-for-august',
  '/news/china-news/cis-leader-looks-to-closer-ties-with-sco/more',
  '/introduction/no-such-page',
  '/no/such/path',
];

test.describe('not found', () => {
  for (const url of NOT_FOUND) {
    test(`${url} answers 404 with the not-found page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('main').getByRole('link', { name: 'Home page' })).toHaveAttribute(
        'href',
        '/',
      );
    });
  }

  for (const rawPath of [
    '/news/%2e%2e',
    '/news/china-news/%2e%2e',
    '/news/%2E%2E/china-news',
    '/news/china-news/..',
  ]) {
    test(`the dot segment in ${rawPath} answers 404, not the page it resolves to`, async ({ baseURL }) => {
      const { status, body } = await rawGet(baseURL!, rawPath);
      expect(status).toBe(404);
      expect(body).toContain('Page not found');
    });
  }
});
