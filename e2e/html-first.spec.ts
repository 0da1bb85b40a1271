import { expect, test, type Browser, type Page, type Request } from '@playwright/test';

// Pages reach the browser as HTML (docs/adr/015-pages-as-html.md): these are its budgets, exact
// on any machine, read from what a phone-sized browser with an empty cache actually fetched.

const KB = 1024;
const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const PICTURED = '/news/business/qingdao-port-reports-steady-growth-in-first-half-cargo-volumes';

interface PageType {
  url: string;
  /** The page's HTML, uncompressed, at most. */
  html?: number;
  /** Every response the page loads, as sent (compressed, headers included), at most. */
  total?: number;
  /** An article: it loads the site's script and sends a view beacon. */
  article?: boolean;
}

const PAGE_TYPES: Record<string, PageType> = {
  home: { url: '/', html: 32 * KB, total: 150 * KB },
  section: { url: '/news/china-news' },
  'section page': { url: '/news/china-news/page/2' },
  tags: { url: '/tags' },
  tag: { url: '/tags/qingdao' },
  article: { url: ARTICLE, html: 24 * KB, total: 60 * KB, article: true },
  'article with lead picture': { url: PICTURED, html: 24 * KB, total: 100 * KB, article: true },
  introduction: { url: '/introduction' },
  'introduction page': { url: '/introduction/cities' },
  search: { url: '/search?q=qingdao' },
  'not found': { url: '/news/china-news/no-such-story' },
};

interface Visit {
  page: Page;
  status: number;
  html: string;
  requests: Request[];
  afterLoad: Request[];
  cspErrors: string[];
  close: () => Promise<void>;
}

/** A phone-sized browser with nothing cached opens `url`, and waits past the page's load for more requests. */
async function visit(browser: Browser, url: string, { javaScript = true } = {}): Promise<Visit> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  const requests: Request[] = [];
  const afterLoad: Request[] = [];
  const cspErrors: string[] = [];
  let loaded = false;
  page.on('request', (request) => (loaded ? afterLoad : requests).push(request));
  page.on('load', () => (loaded = true));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  // Long enough for a script's prefetches or a late fetch to start.
  await page.waitForTimeout(1_000);
  return {
    page,
    status: response!.status(),
    html: (await response!.body()).toString('utf8'),
    requests,
    afterLoad,
    cspErrors,
    close: () => context.close(),
  };
}

async function bytesSent(requests: Request[]): Promise<number> {
  let total = 0;
  for (const request of requests) {
    const sizes = await request.sizes();
    total += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  return total;
}

test.describe('pages as HTML', () => {
  for (const [name, type] of Object.entries(PAGE_TYPES)) {
    test(`${name}: no script of Next's, only the site's own where used, within budget`, async ({
      browser,
    }) => {
      const seen = await visit(browser, type.url);
      try {
        expect(seen.status, type.url).toBe(name === 'not found' ? 404 : 200);
        const scripts = seen.requests.filter((r) => r.resourceType() === 'script').map((r) => r.url());
        expect(scripts.filter((url) => url.includes('/_next/'))).toEqual([]);
        // In the HTML: no inline script but JSON-LD, no script preload, nothing of the flight data.
        expect(seen.html).not.toMatch(/self\.__next_f|<link[^>]+as="script"|rel="modulepreload"/);
        const inline = await seen.page.evaluate(() =>
          [...document.scripts]
            .filter((s) => !s.src && s.type !== 'application/ld+json')
            .map((s) => s.outerHTML.slice(0, 80)),
        );
        expect(inline).toEqual([]);

        const own = seen.requests.filter((r) => new URL(r.url()).pathname.startsWith('/assets/'));
        expect(own.map((r) => r.url())).toHaveLength(type.article ? 1 : 0);
        if (type.article) {
          const response = await own[0].response();
          expect(response?.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
          expect(response?.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
          expect((await own[0].sizes()).responseBodySize).toBeLessThanOrEqual(2 * KB);
        }

        // After load, nothing but the view beacon of an article (sent as soon as the page is
        // parsed), and pictures the browser loads lazily as they near the screen. The browser
        // fetches the tab's icon when it pleases: no page asks for it.
        const said = (r: Request) => `${r.method()} ${new URL(r.url()).pathname}`;
        const later = seen.afterLoad
          .filter((r) => !(r.resourceType() === 'image' && new URL(r.url()).pathname.startsWith('/media/')))
          .map(said)
          .filter(
            (request) => !/^GET \/(icon\/|favicon\.ico)/.test(request) && request !== 'POST /api/views',
          );
        expect(later).toEqual([]);
        const beacons = [...seen.requests, ...seen.afterLoad]
          .map(said)
          .filter((r) => r === 'POST /api/views');
        expect(beacons).toHaveLength(type.article ? 1 : 0);
        expect(seen.cspErrors).toEqual([]);

        if (type.html) expect(Buffer.byteLength(seen.html), 'HTML bytes').toBeLessThanOrEqual(type.html);
        if (type.total) expect(await bytesSent(seen.requests), 'bytes sent').toBeLessThanOrEqual(type.total);
      } finally {
        await seen.close();
      }
    });
  }

  test('a page first rendered on demand is sent without Next’s scripts too', async ({ browser, request }) => {
    // The test build prerenders five stories a section: the section's second page lists older ones.
    const listing = await (await request.get('/news/china-news/page/2')).text();
    const older = [...listing.matchAll(/href="(\/news\/china-news\/[a-z0-9-]+)"/g)]
      .map((m) => m[1])
      .find((url) => !url.endsWith('/page') && url !== ARTICLE);
    expect(older).toBeDefined();
    const seen = await visit(browser, older!);
    try {
      expect(seen.status).toBe(200);
      expect(
        seen.requests.filter((r) => r.url().includes('/_next/') && r.resourceType() === 'script'),
      ).toEqual([]);
      expect(seen.html).not.toContain('self.__next_f');
    } finally {
      await seen.close();
    }
  });

  test('the share button opens the share sheet or copies the link, and the view is counted', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // No share sheet here: the button copies the link.
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined }),
    );
    const page = await context.newPage();
    const beacon = page.waitForRequest((r) => r.url().endsWith('/api/views') && r.method() === 'POST');
    await page.goto(ARTICLE);
    expect((await beacon).postDataJSON()).toEqual({ path: ARTICLE });
    const share = page.getByRole('navigation', { name: 'Share this story' });
    await expect(share.getByRole('link', { name: 'Link to this story' })).toBeHidden();
    await share.getByRole('button', { name: 'Share or copy link' }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^https?:\/\/[^/]+\/news\/china-news\/cis-leader-looks-to-closer-ties-with-sco$/,
    );
    await context.close();
  });

  test('a stale client’s RSC request gets Next’s payload or a clean 4xx, never an error', async ({
    request,
  }) => {
    for (const [url, headers] of [
      [ARTICLE, { rsc: '1' }],
      [ARTICLE, { rsc: '1', 'next-router-prefetch': '1' }],
      [`${ARTICLE}?_rsc=stale`, {}],
      ['/?_rsc=stale', { rsc: '1' }],
      ['/news/china-news', { rsc: '1', 'next-router-state-tree': '%5B%22%22%5D' }],
    ] as const) {
      const response = await request.get(url, { headers });
      expect(response.status(), `${url} ${JSON.stringify(headers)}`).toBeLessThan(500);
      if (response.ok() && 'rsc' in headers)
        expect(response.headers()['content-type'], url).toContain('text/x-component');
    }
  });

  test('answers from the site carry a script policy with no inline scripts', async ({ request }) => {
    for (const url of ['/', ARTICLE, '/search?q=port', '/no-such-page', '/rss.xml']) {
      const policy = (await request.get(url)).headers()['content-security-policy'];
      expect(
        policy.split('; ').find((d) => d.startsWith('script-src')),
        url,
      ).toBe("script-src 'self'");
    }
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader walks home → section → article → tag → search', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'China News' })
      .click();
    await expect(page).toHaveURL('/news/china-news');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('China News');

    await page.getByRole('main').getByRole('article').first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/news\/china-news\/[a-z0-9-]+$/);
    await expect(page.locator('main article h1')).toBeVisible();
    const share = page.getByRole('navigation', { name: 'Share this story' });
    await expect(share.getByRole('link', { name: 'Link to this story' })).toBeVisible();
    await expect(share.getByRole('button')).toBeHidden();

    const tag = page.locator('main a[rel="tag"]').first();
    const tagName = (await tag.textContent())!.trim();
    await tag.click();
    await expect(page).toHaveURL(/\/tags\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(tagName.replace(/^#/, ''));

    const box = page.getByRole('search').first().getByRole('searchbox', { name: 'Search stories' });
    await box.fill('Qingdao');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=Qingdao/);
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  });
});
