import { expect, test, type Page } from '@playwright/test';

/** One page of every type the site serves, the not-found page included. */
const PAGES = [
  '/',
  '/news',
  '/news/china-news',
  '/news/business/page/2',
  '/news/china-news/cis-leader-looks-to-closer-ties-with-sco',
  '/news/business/qingdao-port-reports-steady-growth-in-first-half-cargo-volumes',
  '/introduction',
  '/introduction/overview',
  '/news/china-news/no-such-story',
  '/search?q=Qingdao',
];

/** Everything that went wrong while `url` loaded, other than the page's own status. */
async function problemsLoading(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('status of 404'))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    const ownStatus = response.request().isNavigationRequest();
    if (!ownStatus && response.status() >= 400) problems.push(`${response.url()}: ${response.status()}`);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Browsers ask for the icons a page names, and for /favicon.ico, in their own time: ask as they do.
  const icons = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  for (const href of [...icons, new URL('/favicon.ico', page.url()).href]) {
    const response = await page.request.get(href);
    if (!response.ok()) problems.push(`${href}: ${response.status()}`);
  }
  return problems;
}

test.describe('icons and a clean console', () => {
  for (const url of PAGES) {
    test(`${url} loads with no console error and no failed request`, async ({ page }) => {
      expect(await problemsLoading(page, url)).toEqual([]);
    });
  }

  test('every page names its icons, manifest and theme colour', async ({ page }) => {
    await page.goto('/news/china-news');
    const icons = page.locator('link[rel="icon"]');
    expect(await icons.evaluateAll((links) => links.map((l) => l.getAttribute('sizes')))).toEqual(
      expect.arrayContaining(['32x32', '192x192', '512x512']),
    );
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('sizes', '180x180');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#123b62');
  });

  test('/favicon.ico is an icon, and the icons are PNGs of the sizes they claim', async ({ request }) => {
    const favicon = await request.get('/favicon.ico');
    expect(favicon.headers()['content-type']).toBe('image/x-icon');
    const ico = await favicon.body();
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(ico.subarray(22, 26).toString('latin1')).toBe('\x89PNG');
    for (const [path, size] of [
      ['/icon/192', 192],
      ['/icon/512', 512],
      ['/apple-icon', 180],
    ] as const) {
      const response = await request.get(path);
      expect(response.headers()['content-type'], path).toBe('image/png');
      const png = await response.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([size, size]);
    }
  });

  test('the web app manifest names the site, its colours and icons a phone can use', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({
      name: 'Shandong On Internet',
      start_url: '/',
      theme_color: '#123b62',
      background_color: '#ffffff',
    });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  });
});
