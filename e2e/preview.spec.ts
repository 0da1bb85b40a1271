import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signPreview } from '../lib/preview';
import { scriptCommand } from '../scripts/run-script';
import { publishingSite } from './publishing-site';

// Private previews of drafts and scheduled stories (docs/adr/018-private-preview.md).
const PREVIEW_SECRET = 'e2e-preview-secret-of-32-characters-or-more';
const DRAFT = { slug: 'ferry-timetable-for-the-winter', title: 'Ferry timetable for the winter' };
const SCHEDULED = { slug: 'harbour-lights-switched-on', title: 'Harbour lights switched on' };

function storyFile(title: string, front: string, body: string): string {
  return `---\ntitle: "${title}"\n${front}\nsummary: "Not for readers yet."\nsource: Qingdao News\ntags: [Winter Ferries]\n---\n\n${body}\n`;
}

test('a preview link shows a draft and a scheduled story as they will look, to nobody else and for a time', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const { work, env, site } = await publishingSite({ PREVIEW_SECRET });
  const preview = (...args: string[]) =>
    spawnSync(...scriptCommand('preview.ts', ...args), {
      cwd: work,
      env: { ...process.env, ...env, SITE_URL: site.url },
      encoding: 'utf8',
      timeout: 60_000,
    });
  const linkIn = (output: string) => new RegExp(`${site.url}/preview/[\\w.-]+`).exec(output)?.[0];
  try {
    const draftFile = `content/news/shandong-news/${DRAFT.slug}.md`;
    writeFileSync(
      path.join(work, draftFile),
      storyFile(DRAFT.title, 'date: 2018-11-01 08:00\ndraft: true', 'Sailings to Dalian drop to one a day.'),
    );
    const scheduledFile = `content/news/shandong-news/${SCHEDULED.slug}.md`;
    writeFileSync(
      path.join(work, scheduledFile),
      storyFile(SCHEDULED.title, 'date: 2999-01-01 20:00', 'The new lights run the length of the pier.'),
    );

    const made = preview(draftFile, '--hours', '2');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain(`Preview of "${DRAFT.title}" (a draft)`);
    const link = linkIn(made.stdout)!;
    expect(link).toBeDefined();

    // The editor sees the story whole, in the site's own page, told that it is a preview.
    const answer = await page.goto(link);
    expect(answer!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: DRAFT.title })).toBeVisible();
    await expect(page.getByText('Sailings to Dalian drop to one a day.')).toBeVisible();
    await expect(page.getByRole('note')).toContainText('This story is not published');
    await expect(page.getByRole('link', { name: 'Winter Ferries' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    // Never counted: the page names no path for the view beacon.
    await expect(page.locator('[data-view-path]')).toHaveCount(0);
    const headers = answer!.headers();
    expect(headers['cache-control']).toBe('private, no-store');
    expect(headers['x-robots-tag']).toMatch(/noindex/);
    expect(headers['x-nextjs-cache']).toBeUndefined();

    // Readers find neither story anywhere.
    for (const slug of [DRAFT.slug, SCHEDULED.slug]) {
      expect((await request.get(`${site.url}/news/shandong-news/${slug}`)).status()).toBe(404);
      expect(await (await request.get(`${site.url}/news/shandong-news`)).text()).not.toContain(slug);
      expect(await (await request.get(`${site.url}/rss.xml`)).text()).not.toContain(slug);
    }

    const scheduled = preview(scheduledFile);
    expect(scheduled.status, scheduled.stderr).toBe(0);
    expect(scheduled.stdout).toContain('(scheduled)');
    const scheduledPage = await request.get(linkIn(scheduled.stdout)!);
    expect(scheduledPage.status()).toBe(200);
    expect(await scheduledPage.text()).toContain('The new lights run the length of the pier.');

    // An altered, unsigned or expired link is a 404 that says nothing of the story.
    const [grant, signature] = link.split('/preview/')[1].split('.');
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    const expired = signPreview(
      { story: `shandong-news/${DRAFT.slug}`, expires: Date.now() - 1_000 },
      PREVIEW_SECRET,
    );
    for (const wrong of [`${grant}.${flipped}`, grant, expired, `${grant}.${signature}x`]) {
      const refused = await request.get(`${site.url}/preview/${wrong}`);
      expect(refused.status(), wrong).toBe(404);
      const text = await refused.text();
      expect(text).not.toContain(DRAFT.title);
      expect(text).not.toContain('Sailings to Dalian');
      expect(refused.headers()['cache-control']).toBe('no-store');
    }

    // What the command refuses: a file that is not a story, a bad time, no secret.
    expect(preview('package.json').status).toBe(2);
    expect(preview('content/news/shandong-news').status).toBe(2);
    expect(preview(draftFile, '--hours', '0').status).toBe(2);
    expect(preview(draftFile, '--hours', 'a day').status).toBe(2);
    const noSecret = spawnSync(...scriptCommand('preview.ts', draftFile), {
      cwd: work,
      env: { ...process.env, ...env, PREVIEW_SECRET: '' },
      encoding: 'utf8',
    });
    expect(noSecret.status).toBe(2);
    expect(noSecret.stderr).toContain('PREVIEW_SECRET');
  } finally {
    await site.stop();
  }
});
