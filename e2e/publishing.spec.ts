import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { scriptCommand } from '../scripts/run-script';
import { PUBLISH_SECRET as SECRET, publishingSite } from './publishing-site';

const NEW_SLUG = 'qingdao-opens-a-new-ferry-terminal';
const NEW_PATH = `/news/shandong-news/${NEW_SLUG}`;

function story(title: string, body: string): string {
  return `---\ntitle: "${title}"\ndate: 2018-08-01 09:00\nsummary: "A new terminal opens."\nsource: Qingdao News\n---\n\n${body}\n`;
}

test.describe('publishing without a build', () => {
  // Publishing rewrites the content index: these tests run against servers of their own.
  test(
    'add, edit, delete and a broken file, each live or refused',
    { tag: '@newcomer' },
    async ({ request }) => {
      test.setTimeout(120_000);
      const { work, env, site, publish } = await publishingSite({ POPULAR_CACHE_SECONDS: '0' });
      const file = path.join(work, 'content/news/shandong-news', `${NEW_SLUG}.md`);
      const text = async (url: string) => (await request.get(`${site.url}${url}`)).text();
      try {
        // Add
        writeFileSync(
          file,
          story('Qingdao opens a new ferry terminal', 'Ferries to Dalian leave from the new hall.'),
        );
        const added = publish();
        expect(added.status, added.stderr).toBe(0);
        const article = await request.get(`${site.url}${NEW_PATH}`);
        expect(article.status()).toBe(200);
        expect(await article.text()).toContain('Ferries to Dalian leave from the new hall.');
        expect(await text('/news/shandong-news')).toContain('Qingdao opens a new ferry terminal');
        expect(await text('/rss.xml')).toContain(NEW_PATH);

        // Edit
        writeFileSync(
          file,
          story(
            'Qingdao opens a new ferry terminal',
            'Ferries to Dalian and Incheon leave from the new hall.',
          ),
        );
        expect(publish().status).toBe(0);
        await expect.poll(() => text(NEW_PATH)).toContain('Dalian and Incheon');

        // Broken file: refused with the file and field named, and the site keeps its content
        const broken = path.join(work, 'content/news/shandong-news/broken.md');
        writeFileSync(
          broken,
          '---\ndate: 2018-08-02 10:00\nsummary: "x"\nsource: Xinhua\n---\n\nNo title.\n',
        );
        const refused = publish();
        expect(refused.status).not.toBe(0);
        expect(`${refused.stdout}${refused.stderr}`).toContain('news/shandong-news/broken.md');
        expect(`${refused.stdout}${refused.stderr}`).toMatch(/\btitle\b/);
        expect(await text(NEW_PATH)).toContain('Dalian and Incheon');
        rmSync(broken);

        // Delete
        rmSync(file);
        expect(publish().status).toBe(0);
        expect((await request.get(`${site.url}${NEW_PATH}`)).status()).toBe(404);
        expect(await text('/news/shandong-news')).not.toContain('Qingdao opens a new ferry terminal');
        expect(await text('/rss.xml')).not.toContain(NEW_PATH);

        // Watch: the newsroom's publisher sees a new file without being asked
        const watcher = spawn(...scriptCommand('publish-content.ts', '--watch'), {
          cwd: work,
          env: { ...process.env, ...env, SITE_URL: site.url },
        });
        try {
          let log = '';
          watcher.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
          await expect.poll(() => log, { timeout: 30_000 }).toContain('Watching');
          writeFileSync(
            path.join(work, 'content/news/shandong-news/watched-story.md'),
            story('A watched story', 'Seen by the watcher.'),
          );
          await expect
            .poll(async () => (await request.get(`${site.url}/news/shandong-news/watched-story`)).status(), {
              timeout: 30_000,
            })
            .toBe(200);
          await expect.poll(() => text('/news/shandong-news')).toContain('A watched story');
        } finally {
          watcher.kill();
        }
      } finally {
        await site.stop();
      }
    },
  );

  test('/api/revalidate wants the secret, POST and a list of site paths', async ({ request }) => {
    // The suite's main server has no REVALIDATE_SECRET: revalidation is switched off there.
    const off = await request.post('/api/revalidate', {
      data: '["/"]',
      headers: { authorization: 'Bearer x' },
    });
    expect(off.status()).toBe(503);
    const { startSite } = await import('../scripts/local-servers');
    const site = await startSite({ REVALIDATE_SECRET: SECRET });
    const post = (data: string, authorization?: string) =>
      request.post(`${site.url}/api/revalidate`, {
        data,
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      });
    try {
      expect((await post('["/"]')).status()).toBe(401);
      expect((await post('["/"]', 'Bearer wrong')).status()).toBe(401);
      expect((await post('{"paths": "/"}', `Bearer ${SECRET}`)).status()).toBe(400);
      expect((await post('["../etc"]', `Bearer ${SECRET}`)).status()).toBe(400);
      expect((await post(JSON.stringify(['/'.repeat(120_000)]), `Bearer ${SECRET}`)).status()).toBe(413);
      expect((await request.get(`${site.url}/api/revalidate`)).status()).toBe(405);
      const ok = await post('["/", "/news/china-news"]', `Bearer ${SECRET}`);
      expect(ok.status()).toBe(200);
      expect(await ok.json()).toEqual({ revalidated: ['/', '/news/china-news'] });
      expect(await (await post('{"all": true}', `Bearer ${SECRET}`)).json()).toEqual({ revalidated: 'all' });

      // A publish of any size goes through, in as many requests as it needs.
      const { revalidateSite } = await import('../scripts/revalidate-site');
      const paths = Array.from({ length: 5000 }, (_, i) => `/news/china-news/page/${i + 2}`);
      expect(await revalidateSite(site.url, SECRET, { paths })).toBe(true);
      expect(await revalidateSite(site.url, 'wrong', { paths })).toBe(false);
    } finally {
      await site.stop();
    }
  });

  test('a story taken down leaves every page, feed, sitemap and /api/popular at once', async ({
    request,
  }) => {
    test.setTimeout(120_000);
    // Rankings reused for minutes, as a busy site would: what a page shows must still follow the content.
    const { work, site, publish } = await publishingSite({ POPULAR_CACHE_SECONDS: '600' });
    const victim = '/news/business/tsingtao-brewery-leans-on-premium-beers-as-summer-season-peaks';
    const get = (url: string) => request.get(`${site.url}${url}`);
    const body = async (url: string) => (await get(url)).text();
    // Pages the removal does not touch by itself: another section's article and the guide.
    const pages = [
      '/',
      '/news',
      '/news/business',
      '/news/business/rss.xml',
      '/news/world-news/qingdao-sets-sights-on-sco-trade-cooperation-area-after-summit',
      '/introduction',
      '/rss.xml',
      '/atom.xml',
      '/feed.json',
      '/sitemap.xml',
      '/api/popular?limit=50',
    ];
    try {
      // Readers make the story the most popular one...
      for (const browser of ['Firefox/140.0', 'Chrome/141.0', 'Safari/605.1.15']) {
        const beacon = await request.post(`${site.url}/api/views`, {
          data: JSON.stringify({ path: victim }),
          headers: {
            'content-type': 'text/plain',
            'user-agent': `Mozilla/5.0 (X11; Linux x86_64) ${browser}`,
          },
        });
        expect(await beacon.json()).toEqual({ counted: true });
      }
      expect((await (await get('/api/popular')).json()).items[0].path).toBe(victim);
      // ...and the home page is regenerated with that ranking, which the server then keeps.
      expect(
        (
          await request.post(`${site.url}/api/revalidate`, {
            data: '["/"]',
            headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
          })
        ).status(),
      ).toBe(200);
      for (const page of pages) expect(await body(page), page).toContain(victim);

      rmSync(path.join(work, 'content', `${victim}.md`));
      const removed = publish();
      expect(removed.status, removed.stderr).toBe(0);

      expect((await get(victim)).status()).toBe(404);
      for (const page of pages) expect(await body(page), page).not.toContain(victim);
    } finally {
      await site.stop();
    }
  });
});
