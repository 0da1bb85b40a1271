import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { publishingSite } from './publishing-site';

const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';

test.describe('topics', () => {
  test('every tag has a page with its count, reached from the list and from its stories', async ({
    page,
  }) => {
    await page.goto('/tags');
    await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
    const qingdao = page.getByRole('main').getByRole('link', { name: /^Qingdao \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec((await qingdao.textContent())!)![1]);
    await qingdao.click();
    await expect(page).toHaveURL('/tags/qingdao');
    await expect(page.getByRole('heading', { level: 1, name: 'Qingdao' })).toBeVisible();
    await expect(page.getByText(`${count} stories tagged “Qingdao”`)).toBeVisible();
    const stories = page.getByRole('main').getByRole('article');
    expect(await stories.count()).toBe(Math.min(count, 10));

    await page.goto(ARTICLE);
    await page.getByRole('link', { name: 'SCO', exact: true }).click();
    await expect(page).toHaveURL('/tags/sco');
    await expect(
      page.getByRole('main').getByRole('link', { name: /CIS leader looks to closer ties/ }),
    ).toBeVisible();
  });

  test('a tag has one URL: other spellings redirect, unknown tags and pages are not found', async ({
    request,
  }) => {
    for (const [asked, goesTo] of [
      ['/tags/Qingdao', '/tags/qingdao'],
      ['/tags/QINGDAO/rss.xml', '/tags/qingdao/rss.xml'],
      ['/tags/world%20cup', '/tags/world-cup'],
      ['/tags/qingdao/page/1', '/tags/qingdao'],
    ]) {
      const answer = await request.get(asked, { maxRedirects: 0 });
      expect(answer.status(), asked).toBe(308);
      expect(new URL(answer.headers().location, 'http://x').pathname, asked).toBe(goesTo);
    }
    for (const missing of [
      '/tags/no-such-topic',
      '/tags/qingdao/page/99',
      '/tags/qingdao/extra',
      '/tags/no-such/rss.xml',
    ])
      expect((await request.get(missing)).status(), missing).toBe(404);
  });

  test('a tag feed lists that tag’s stories, and the sitemap lists tag pages', async ({ request }) => {
    const feed = await request.get('/tags/qingdao/rss.xml');
    expect(feed.headers()['content-type']).toContain('application/rss+xml');
    const { rss } = new XMLParser().parse(await feed.text());
    expect(rss.channel.title).toBe('Qingdao - Shandong On Internet');
    const items = [rss.channel.item].flat();
    expect(items.length).toBeGreaterThan(2);
    const page = await (await request.get('/tags/qingdao')).text();
    for (const item of items.slice(0, 10)) expect(page).toContain(new URL(item.link).pathname);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toMatch(/<loc>[^<]*\/tags\/qingdao<\/loc>/);
    expect(sitemap).toMatch(/<loc>[^<]*\/tags<\/loc>/);
  });
});

test.describe('an article page', () => {
  test('leads on to three to five related stories, never itself', async ({ page }) => {
    await page.goto(ARTICLE);
    const related = page.getByRole('region', { name: 'Related stories' }).getByRole('link');
    const count = await related.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);
    const hrefs = await related.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(hrefs).not.toContain(ARTICLE);
    await related.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('says how long it takes to read, and when it was updated', async ({ page }) => {
    await page.goto('/news/business/qingdao-port-reports-steady-growth-in-first-half-cargo-volumes');
    await expect(page.getByText(/^\d+ min read$/)).toBeVisible();
    await expect(page.getByText('Updated: 2018-07-12 16:45')).toBeVisible();
    await page.goto(ARTICLE);
    await expect(page.getByText(/^Updated:/)).toHaveCount(0);
  });

  test('shares through plain links, and no script from another site loads', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(ARTICLE);
    const share = page.getByRole('navigation', { name: 'Share this story' });
    for (const name of ['Email', 'X', 'Facebook', 'LinkedIn', 'WhatsApp', 'Weibo']) {
      const href = await share.getByRole('link', { name, exact: true }).getAttribute('href');
      expect(href, name).toContain(
        encodeURIComponent(`/news/china-news/cis-leader-looks-to-closer-ties-with-sco`),
      );
    }
    await expect(share.getByRole('button', { name: 'Share or copy link' })).toBeVisible();
    // The share button's own script, from the site itself.
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('offers the story’s own link to copy', async ({ page }) => {
      await page.goto(ARTICLE);
      const share = page.getByRole('navigation', { name: 'Share this story' });
      await expect(share.getByRole('link', { name: 'Link to this story' })).toHaveAttribute(
        'href',
        /^http.*sco$/,
      );
    });
  });

  test('prints as the article alone, black on white, with its link targets', async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(ARTICLE);
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('complementary', { name: 'Sidebar' }),
      page.getByRole('contentinfo'),
      page.getByRole('navigation', { name: 'Breadcrumb' }),
      page.getByRole('navigation', { name: 'Share this story' }),
    ])
      await expect(hidden).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const colours = await page.evaluate(() => {
      const body = getComputedStyle(document.querySelector('main p')!);
      const html = getComputedStyle(document.documentElement);
      const tag = document.querySelector('main a[rel="tag"]')!;
      return { ink: body.color, page: html.backgroundColor, after: getComputedStyle(tag, '::after').content };
    });
    expect(colours.ink).toBe('rgb(0, 0, 0)');
    expect(colours.page).toBe('rgb(255, 255, 255)');
    expect(colours.after).toContain('/tags/');
  });
});

test.describe('dark mode', () => {
  test('follows the system setting from the first paint, with no script', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const { ground, ink } = await page.evaluate(() => ({
      ground: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.querySelector('h1')!).color,
    }));
    expect(ground).toBe('rgb(11, 18, 32)');
    expect(ink).toBe('rgb(241, 245, 249)');
    await context.close();
  });
});

test.describe('publishing', () => {
  test('a new story’s tag gets its page and feed, and its related stories are worked out anew', async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const { work, site, publish } = await publishingSite();
    const file = path.join(work, 'content/news/shandong-news/glass-bridge-opens.md');
    try {
      expect((await request.get(`${site.url}/tags/glass-bridges`)).status()).toBe(404);
      writeFileSync(
        file,
        '---\ntitle: "Glass bridge opens over a Taishan valley"\ndate: 2018-08-02 09:00\nsummary: "Visitors queued."\nsource: Jinan Daily\ntags: [Glass bridges, tourism, Tai\'an]\n---\n\nThe bridge is 200 metres long.\n',
      );
      const added = publish();
      expect(added.status, added.stderr).toBe(0);
      const tagPage = await request.get(`${site.url}/tags/glass-bridges`);
      expect(tagPage.status()).toBe(200);
      expect(await tagPage.text()).toContain('Glass bridge opens over a Taishan valley');
      expect(await (await request.get(`${site.url}/tags`)).text()).toContain('Glass bridges');
      expect(await (await request.get(`${site.url}/tags/glass-bridges/rss.xml`)).text()).toContain(
        'Glass bridge opens',
      );
      const story = await (await request.get(`${site.url}/news/shandong-news/glass-bridge-opens`)).text();
      expect(story).toContain('Related stories');

      rmSync(file);
      const removed = publish();
      expect(removed.status, removed.stderr).toBe(0);
      expect((await request.get(`${site.url}/tags/glass-bridges`)).status()).toBe(404);
    } finally {
      await site.stop();
    }
  });
});
