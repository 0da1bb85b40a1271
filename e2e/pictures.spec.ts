import { expect, test, type Page } from '@playwright/test';
import { rawGet } from './http';

const PICTURED = '/news/business/qingdao-port-reports-steady-growth-in-first-half-cargo-volumes';
const PAGE_TYPES = {
  front: '/',
  section: '/news/business',
  topic: '/tags/qingdao',
  search: '/search?q=Qingdao+port',
  article: PICTURED,
};

/** Every `img` of the page with the attributes that reserve its box. */
function images(page: Page) {
  return page.locator('img').evaluateAll((els) =>
    els.map((el) => ({
      src: el.getAttribute('src'),
      width: Number(el.getAttribute('width')),
      height: Number(el.getAttribute('height')),
      loading: el.getAttribute('loading'),
    })),
  );
}

test.describe('pictures on every page type', () => {
  for (const [name, url] of Object.entries(PAGE_TYPES)) {
    test(`the ${name} page shows pictures, each with its width and height`, async ({ page }) => {
      await page.goto(url);
      const found = await images(page);
      expect(found.length, url).toBeGreaterThan(0);
      for (const image of found) {
        expect(image.width, image.src ?? '').toBeGreaterThan(0);
        expect(image.height, image.src ?? '').toBeGreaterThan(0);
      }
    });
  }

  test('boxes are reserved before a picture arrives: nothing moves when they load', async ({ page }) => {
    // Pictures held back until the page has been laid out, then let through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/media/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    // Measured as first painted: with no script in the page, the document can be ready before its
    // stylesheet, which holds the first paint back until it has arrived.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
    );
    const lead = page.getByRole('article', { name: /./ }).first().locator('img');
    const before = await lead.boundingBox();
    const latestBefore = await page.getByRole('region', { name: 'Latest' }).boundingBox();
    release();
    await expect(lead).toHaveJSProperty('complete', true);
    await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await lead.boundingBox()).toEqual(before);
    expect(await page.getByRole('region', { name: 'Latest' }).boundingBox()).toEqual(latestBefore);
  });
});

test.describe('the lead image of an article', () => {
  test('has its alt text, caption and credit, and comes as WebP at a width to fit', async ({ page }) => {
    await page.goto(PICTURED);
    const figure = page.getByRole('figure');
    const img = figure.getByRole('img', {
      name: 'Container cranes above stacked boxes on a harbour quay at dawn',
    });
    await expect(img).toBeVisible();
    await expect(figure).toContainText('Illustration: Shandong On Internet');
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.currentSrc))
      .toMatch(/\/media\/qingdao-harbour-[0-9a-f]{10}-\d+\.webp$/);
    await expect(img).toHaveAttribute('loading', 'eager');
    await expect(img).toHaveAttribute('fetchpriority', 'high');
  });

  test('is preloaded with the page, and pictures further down wait for the scroll', async ({
    page,
    request,
  }) => {
    const response = await request.get(PICTURED);
    const link = response.headers().link;
    expect(link).toMatch(
      /^<\/media\/qingdao-harbour-[0-9a-f]{10}-800\.jpg>; rel=preload; as=image; type="image\/webp"/,
    );
    expect(link).toMatch(/imagesrcset="[^"]*qingdao-harbour-[0-9a-f]{10}-400\.webp 400w, /);
    expect(link).toContain('fetchpriority=high');
    // The front page preloads its lead; a list page has no lead to preload.
    expect((await request.get('/')).headers().link).toMatch(/rel=preload; as=image/);
    expect((await request.get('/news/business')).headers().link).toBeUndefined();
    // Next's router, asking for the page's data, gets no preload.
    expect((await request.get(PICTURED, { headers: { rsc: '1' } })).headers().link).toBeUndefined();

    await page.goto('/news/business');
    const loading = (await images(page)).map((i) => i.loading);
    expect(loading.length).toBeGreaterThan(1);
    expect(loading.every((l) => l === 'lazy')).toBe(true);
  });

  test('a page that links to others fetches none of their pictures', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/media/')) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto('/news/business', { waitUntil: 'networkidle' });
    // Its links are prefetched by then; only its own thumbnails were asked for.
    await expect(page.locator('head link[rel="preload"][as="image"]')).toHaveCount(0);
    const thumbnails = await page.locator('main img').evaluateAll((els) => els.length);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThanOrEqual(thumbnails);
    for (const url of fetched) expect(url).toMatch(/-400\.(webp|jpg)$/);
  });
});

test.describe('/media', () => {
  test('serves a picture for a year, with an ETag that answers 304', async ({ page, request }) => {
    await page.goto(PICTURED);
    const srcset = await page.locator('main picture source').first().getAttribute('srcset');
    const url = srcset!.split(', ')[0].split(' ')[0];
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/webp');
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const body = await response.body();
    expect(body.subarray(8, 12).toString('ascii')).toBe('WEBP');
    const again = await request.get(url, { headers: { 'if-none-match': response.headers().etag } });
    expect(again.status()).toBe(304);
  });

  for (const [name, rawPath, status] of [
    ['a name no build made', '/media/qingdao-harbour-0000000000-800.webp', 404],
    ['a format no build makes', '/media/qingdao-harbour-0000000000-800.png', 404],
    ['a file beside the pictures', '/media/site-index.json', 404],
    ['a nested path', '/media/a/b.webp', 404],
    ['an escaped way out', '/media/..%2f..%2fpackage.json', 404],
  ] as const) {
    test(`answers ${name} with ${status} and no picture`, async ({ baseURL }) => {
      const response = await rawGet(baseURL!, rawPath);
      expect(response.status).toBe(status);
      expect(response.body).not.toContain('WEBP');
    });
  }
});
