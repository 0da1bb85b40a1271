import { createHmac } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/lib/clock';
import { openPreview, signPreview } from '@/lib/preview';
import { useFixtureContent } from './helpers/fixture-content';

// Private preview links (docs/adr/018-private-preview.md).
const SECRET = 'preview-secret-for-tests-0123456789abcdef';
const AT = Date.parse('2018-06-12T00:00:00Z');
const DAY = 24 * 3_600_000;

afterEach(() => setClock(undefined));

describe('a preview link', () => {
  const token = signPreview({ story: 'china-news/unfinished', expires: AT + DAY }, SECRET);

  it('opens until the moment it expires, and not from then on', () => {
    expect(openPreview(token, SECRET, AT)).toEqual({ story: 'china-news/unfinished', expires: AT + DAY });
    expect(openPreview(token, SECRET, AT + DAY - 1)?.story).toBe('china-news/unfinished');
    expect(openPreview(token, SECRET, AT + DAY)).toBeUndefined();
    expect(openPreview(token, SECRET, AT + 2 * DAY)).toBeUndefined();
  });

  it('takes its time from the site clock', () => {
    setClock(new Date(AT));
    expect(openPreview(token, SECRET)).toBeDefined();
    setClock(new Date(AT + DAY));
    expect(openPreview(token, SECRET)).toBeUndefined();
  });

  it('does not open when altered, unsigned, signed with another secret, or with previews off', () => {
    const [grant, signature] = token.split('.');
    const otherStory = Buffer.from(JSON.stringify({ s: 'china-news/other', e: AT + DAY })).toString(
      'base64url',
    );
    const longer = Buffer.from(JSON.stringify({ s: 'china-news/unfinished', e: AT + 99 * DAY })).toString(
      'base64url',
    );
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    // The last character's unused bits: another spelling of the same bytes is refused too.
    const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelled = signature.slice(0, -1) + last[last.indexOf(signature.at(-1)!) ^ 1];
    for (const altered of [
      `${grant}.${respelled}`,
      `${otherStory}.${signature}`,
      `${longer}.${signature}`,
      `${grant}.${flipped}`,
      grant,
      `${grant}.`,
      '',
      'x'.repeat(5000),
      signPreview({ story: 'china-news/unfinished', expires: AT + DAY }, `${SECRET}-another`),
    ])
      expect(openPreview(altered, SECRET, AT), altered.slice(0, 60)).toBeUndefined();
    expect(openPreview(token, undefined, AT)).toBeUndefined();
    // A secret too short to be safe switches previews off, even for a link it signed.
    expect(
      openPreview(signPreview({ story: 'a/b', expires: AT + DAY }, 'short'), 'short', AT),
    ).toBeUndefined();
  });

  it('does not open when signed over a grant that is not a story and a time', () => {
    // Signed as the site signs (an HMAC-SHA256 of "preview:<grant>"): only the grant is wrong.
    const signed = (value: unknown) => {
      const encoded = Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${encoded}.${createHmac('sha256', SECRET).update(`preview:${encoded}`).digest('base64url')}`;
    };
    expect(openPreview(signed({ s: 'china-news/unfinished', e: AT + DAY }), SECRET, AT)).toBeDefined();
    for (const grant of [
      { s: '../etc/passwd', e: AT + DAY },
      { s: 'China-News/unfinished', e: AT + DAY },
      { s: 'china-news/unfinished', e: 'tomorrow' },
      { s: 'china-news/unfinished', e: 1e400 },
      { s: 'china-news/unfinished' },
      null,
      [],
    ])
      expect(openPreview(signed(grant), SECRET, AT), JSON.stringify(grant)).toBeUndefined();
  });
});

describe('a preview of the fixture content', () => {
  type Content = typeof import('@/lib/content');
  let content: Content;
  let guard: typeof import('@/lib/server/guard');
  const SCHEDULED = 'china-news/harbour-night-works';

  beforeAll(async () => {
    process.env.PREVIEW_SECRET = SECRET;
    useFixtureContent({
      'news/china-news/harbour-night-works.md': `---
title: "Harbour night works"
date: 2018-06-20 10:00
summary: "Scheduled for later."
source: Xinhua
tags: [Night Works]
---

Work goes on through the night.
`,
    });
    content = await import('@/lib/content');
    guard = await import('@/lib/server/guard');
  });

  const head = (url: string) => ({ method: 'GET', url, httpVersionMajor: 1, hosts: 1 });
  const link = (story: string, expires = AT + DAY) => `/preview/${signPreview({ story, expires }, SECRET)}`;

  it('shows a draft and a scheduled story whole, neither of which readers can find', async () => {
    setClock(new Date(AT));
    const draft = await content.getPreviewArticle('china-news/unfinished');
    expect(draft).toMatchObject({ title: 'Not ready', url: '/news/china-news/unfinished' });
    expect(draft!.html).toContain('Draft body.');
    const scheduled = await content.getPreviewArticle(SCHEDULED);
    expect(scheduled!.html).toContain('Work goes on through the night.');
    // Its tag has no page yet, but the preview shows it as the story will.
    expect(scheduled!.tags.map((t) => t.name)).toEqual(['Night Works']);
    expect(await content.getArticle('china-news', 'unfinished')).toBeUndefined();
    expect(await content.getArticle('china-news', 'harbour-night-works')).toBeUndefined();
    expect(content.latestArticles(50).map((a) => a.title)).not.toContain('Not ready');
    expect(await content.getPreviewArticle('china-news/no-such-story')).toBeUndefined();
  });

  it('is let through to the page only when the link opens and names a story', () => {
    setClock(new Date(AT));
    expect(guard.judgeRequest(head(link('china-news/unfinished'))).kind).toBe('pass');
    expect(guard.judgeRequest(head(link(SCHEDULED))).kind).toBe('pass');
    for (const url of [
      link('china-news/unfinished', AT),
      link('china-news/no-such-story'),
      `${link('china-news/unfinished')}x`,
      '/preview',
      '/preview/',
      '/preview/abc.def',
      `${link('china-news/unfinished')}/more`,
    ])
      expect(guard.judgeRequest(head(url)).kind, url).toBe('not-found');
    setClock(new Date(AT + DAY));
    expect(guard.judgeRequest(head(link('china-news/unfinished'))).kind).toBe('not-found');
  });
});
