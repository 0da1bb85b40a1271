import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_TEXTS, markdownText } from '../test/helpers/hostile-text';
import { publishingSite } from './publishing-site';

// Story text must never change how its page is served: every field of a story, its author's
// profile and the banner hold text that looks like what the server looks for in a page, and each
// page is still sent whole, without Next's scripts, under the strict policy, the text shown as text.

const yaml = (text: string) => JSON.stringify(text);
const linkTitle = (text: string) => text.replace(/[\\"&]/g, '\\$&');
const slugOf = (i: number) => `hostile-story-${i}`;
const storyPath = (i: number) => `/news/business/${slugOf(i)}`;
const SITE_NAME = 'Shandong On Internet';
const BANNER = 'US$\'s slide $& $` $$ <!--$?--> <script>x</script> ]]> </title> <div id="breaking-news">';

function story(i: number, text: string): string {
  const minute = String(i).padStart(2, '0');
  return [
    '---',
    `title: ${yaml(`Story ${i} ${text}`)}`,
    `date: 2018-09-01 08:${minute}`,
    `summary: ${yaml(`Summary ${text}`)}`,
    `source: ${yaml(`Source ${text}`)}`,
    `byline: ${yaml(`Byline ${text}`)}`,
    `authors: [${slugOf(i)}]`,
    'tags: [hostile text]',
    'image:',
    '  src: images/qingdao-harbour.jpg',
    `  alt: ${yaml(`Alt ${text}`)}`,
    `  caption: ${yaml(`Caption ${text}`)}`,
    `  credit: ${yaml(`Credit ${text}`)}`,
    `updated: 2018-09-02 08:${minute}`,
    'corrections:',
    `  - date: 2018-09-02 08:${minute}`,
    `    wrong: ${yaml(`Wrong ${text}`)}`,
    `    right: ${yaml(`Right ${text}`)}`,
    '---',
    '',
    `Paragraph ${markdownText(text)}`,
    '',
    `## Heading ${markdownText(text)}`,
    '',
    `A [link ${markdownText(text)}](https://example.com/?q=${encodeURIComponent(text)} "${linkTitle(text)}") and *${markdownText(text)}* and \`\` ${text} \`\`.`,
    '',
    `![Picture ${markdownText(text)}](/media/none.png "${linkTitle(text)}")`,
    '',
    '```',
    text,
    '```',
    '',
    `> Quote ${markdownText(text)}`,
    '',
    `- Item ${markdownText(text)}`,
    '',
    `Note[^1] ${markdownText(text)}`,
    '',
    'The last sentence.',
    '',
  ].join('\n');
}

function author(i: number, text: string): string {
  return [
    `name: ${yaml(`Author ${i} ${text}`)}`,
    `role: ${yaml(`Role ${text}`)}`,
    `bio: ${yaml(`Bio ${text}`)}`,
    '',
  ].join('\n');
}

/** The page at `url`: sent whole, without Next's scripts, under the strict policy, in a real browser. */
async function expectServedWhole(page: Page, url: string) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  const policy = response?.headers()['content-security-policy'] ?? '';
  const scriptPolicy = policy.split(';').find((directive) => directive.trim().startsWith('script-src'));
  expect(scriptPolicy?.trim(), url).toBe("script-src 'self'");
  const html = (await response?.text()) ?? '';
  expect(html, url).not.toMatch(/<script[^>]*src="\/_next\/|self\.__next_f/);
  expect(html.trimEnd().endsWith('</html>'), url).toBe(true);
  await expect(page.locator('footer'), url).toHaveCount(1);
  await expect(page.locator('footer'), url).toBeVisible();
  await expect(page.locator('#breaking-news'), url).toHaveCount(1);
  await expect(page.locator('#breaking-news'), url).toContainText(BANNER);
  const scripts = await page
    .locator('script')
    .evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).type || (s as HTMLScriptElement).src));
  for (const script of scripts)
    expect(script, url).toMatch(/^application\/ld\+json$|\/assets\/site\.[0-9a-f]{12}\.js$/);
  expect(violations, url).toEqual([]);
}

test.describe('hostile story text', () => {
  test('every field of a story, its author and the banner can hold any text', async ({ page }) => {
    test.setTimeout(600_000);
    const { work, site, publish } = await publishingSite({ POPULAR_CACHE_SECONDS: '0' });
    try {
      const content = path.join(work, 'content');
      mkdirSync(path.join(content, 'authors'), { recursive: true });
      HOSTILE_TEXTS.forEach((text, i) => {
        writeFileSync(path.join(content, 'news/business', `${slugOf(i)}.md`), story(i, text));
        writeFileSync(path.join(content, 'authors', `${slugOf(i)}.yml`), author(i, text));
      });
      writeFileSync(path.join(content, 'breaking.yml'), `text: ${yaml(BANNER)}\nlink: ${storyPath(0)}\n`);
      const published = publish();
      expect(published.status, published.stdout + published.stderr).toBe(0);

      for (const [i, text] of HOSTILE_TEXTS.entries()) {
        const url = `${site.url}${storyPath(i)}`;
        await expectServedWhole(page, url);
        const article = page.locator('article').first();
        await expect(page.locator('h1'), url).toHaveText(`Story ${i} ${text}`);
        await expect(page, url).toHaveTitle(`Story ${i} ${text} - ${SITE_NAME}`);
        for (const part of [
          'Summary',
          'Source',
          'Byline',
          'Caption',
          'Credit',
          'Paragraph',
          'Heading',
          'Quote',
          'Item',
          'Wrong',
          'Right',
        ])
          await expect(article, `${url} ${part}`).toContainText(`${part} ${text}`);
        await expect(article.locator('pre code'), url).toHaveText(text);
        await expect(article.locator('.prose a[title]'), url).toHaveAttribute('title', text);
        await expect(
          article.locator(`img[alt="Picture ${text.replace(/["\\]/g, '\\$&')}"]`),
          url,
        ).toHaveCount(1);
        await expect(article, url).toContainText('The last sentence.');
        await expectServedWhole(page, `${site.url}/authors/${slugOf(i)}`);
        await expect(page.locator('main'), url).toContainText(`Bio ${text}`);
      }
      // Lists show the newest stories first.
      const newest = HOSTILE_TEXTS.length - 1;
      for (const [list, shown] of [
        ['/', `Story ${newest} ${HOSTILE_TEXTS[newest]}`],
        ['/news/business', `Story ${newest} ${HOSTILE_TEXTS[newest]}`],
        ['/tags/hostile-text', `Story ${newest} ${HOSTILE_TEXTS[newest]}`],
        ['/authors', `Author ${newest} ${HOSTILE_TEXTS[newest]}`],
      ]) {
        await expectServedWhole(page, `${site.url}${list}`);
        await expect(page.locator('main'), list).toContainText(shown);
      }
      // A search's words are a page title too.
      const query = "US$'s slide";
      await expectServedWhole(page, `${site.url}/search?q=${encodeURIComponent(query)}`);
      await expect(page).toHaveTitle(`Search: ${query} - ${SITE_NAME}`);
    } finally {
      await site.stop();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
