import { describe, expect, it } from 'vitest';
import type { ArticleMeta, SiteIndex } from '@/lib/content/types';
import { checkRevalidateRequest } from '@/lib/http/revalidate-request';
import { REVALIDATE_LIMITS } from '@/lib/http/revalidate-request';
import { publishPlan, revalidationBodies } from '../../scripts/publish-plan';

const article = (section: string, slug: string, date: string, title = slug): ArticleMeta => ({
  section,
  slug,
  title,
  summary: 's',
  date,
  source: 'Xinhua',
  tags: [],
  bodyFile: `bodies/${slug}.html`,
  sourceFilePath: `content/news/${section}/${slug}.md`,
  words: 100,
  related: [],
});

const sections = [
  { id: 'china-news', name: 'China News', description: 'd', order: 1 },
  { id: 'business', name: 'Business', description: 'd', order: 2 },
];
const index = (articles: ArticleMeta[], extra: Partial<SiteIndex> = {}): SiteIndex => ({
  builtAt: '2026-11-28T00:00:00.000Z',
  sectionPageSize: 2,
  sections,
  articles,
  pages: [],
  ...extra,
});

const a = article('china-news', 'a', '2018-06-03T00:00:00.000Z');
const b = article('china-news', 'b', '2018-06-02T00:00:00.000Z');
const c = article('china-news', 'c', '2018-06-01T00:00:00.000Z');
const x = article('business', 'x', '2018-06-01T00:00:00.000Z');

describe('publishPlan', () => {
  it('asks for nothing when no article changed', () => {
    expect(publishPlan(index([a, b, x]), index([a, b, x], { builtAt: 'later' }))).toEqual({ paths: [] });
  });

  it('revalidates an added article, its section pages, its neighbours and the site-wide lists', () => {
    const plan = publishPlan(index([a, c, x]), index([a, b, c, x]));
    expect('paths' in plan && plan.paths.sort()).toEqual(
      [
        '/',
        '/atom.xml',
        '/feed.json',
        '/news',
        '/news-sitemap.xml',
        '/rss.xml',
        '/sitemap.xml',
        '/news/china-news',
        '/news/china-news/page/2',
        '/news/china-news/rss.xml',
        '/news/china-news/b',
        '/og/china-news/b',
        '/news/china-news/a',
        '/news/china-news/c',
      ].sort(),
    );
  });

  it('revalidates an edited article where it is', () => {
    const edited = publishPlan(index([a, b]), index([a, { ...b, title: 'New title' }]));
    expect('paths' in edited && edited.paths).toEqual(
      expect.arrayContaining(['/news/china-news/b', '/news/china-news/a']),
    );
    expect('paths' in edited && edited.paths).not.toContain('/news/business');
  });

  it('revalidates the pages and feeds of every tag an article has or had, and the list of tags', () => {
    const tagged = { ...b, tags: ['World Cup', 'Qingdao'] };
    const retagged = { ...tagged, tags: ['Qingdao', 'ports'] };
    const plan = publishPlan(index([a, tagged]), index([a, retagged]));
    expect('paths' in plan && plan.paths).toEqual(
      expect.arrayContaining([
        '/tags',
        '/tags/world-cup',
        '/tags/world-cup/rss.xml',
        '/tags/qingdao',
        '/tags/ports',
        '/tags/ports/rss.xml',
      ]),
    );
    // An article whose related stories changed is an article that changed.
    const relisted = publishPlan(index([a, b]), index([{ ...a, related: ['china-news/b'] }, b]));
    expect('paths' in relisted && relisted.paths).toContain('/news/china-news/a');
  });

  it('revalidates every page when an article is taken down: "Most popular" may link it anywhere', () => {
    expect(publishPlan(index([a, b, x]), index([a, b]))).toEqual({ all: true });
  });

  it('takes down a story readers saw and no longer see, whatever the edit: rescheduled, drafted or moved', () => {
    const at = Date.parse('2018-07-01T00:00:00.000Z');
    const later = { ...b, date: '2018-08-01T00:00:00.000Z' };
    expect(publishPlan(index([a, b]), index([later, a]), at)).toEqual({ all: true });
    expect(publishPlan(index([a, b]), index([a, { ...b, section: 'business' }]), at)).toEqual({ all: true });
    // A story still scheduled, changed or deleted, was never seen: its own pages only.
    expect(publishPlan(index([later, a]), index([{ ...later, title: 'New' }, a]), at)).toHaveProperty(
      'paths',
    );
    expect(publishPlan(index([later, a]), index([a]), at)).toHaveProperty('paths');
    // Moved to an earlier time, still seen: an edit.
    expect(
      publishPlan(index([a, b]), index([a, { ...b, date: '2018-06-01T12:00:00.000Z' }]), at),
    ).toHaveProperty('paths');
  });

  it('revalidates everything when sections or introduction pages change, or there was no index', () => {
    expect(publishPlan(index([a]), index([a], { sections: sections.slice(0, 1) }))).toEqual({ all: true });
    expect(publishPlan(undefined, index([a]))).toEqual({ all: true });
  });
});

describe('checkRevalidateRequest', () => {
  const SECRET = 'correct horse battery staple, long enough';
  it.each([
    ['no secret configured', 'Bearer x', '["/"]', undefined, 503],
    ['no Authorization', null, '["/"]', SECRET, 401],
    ['a wrong secret', 'Bearer wrong', '["/"]', SECRET, 401],
    ['another scheme', `Basic ${SECRET}`, '["/"]', SECRET, 401],
    ['invalid JSON', `Bearer ${SECRET}`, '[', SECRET, 400],
    ['an empty list', `Bearer ${SECRET}`, '[]', SECRET, 400],
    ['a path that is not a site path', `Bearer ${SECRET}`, '["https://example.test/"]', SECRET, 400],
    ['a dot segment', `Bearer ${SECRET}`, '["/news/../x"]', SECRET, 400],
    ['all: false', `Bearer ${SECRET}`, '{"all": false}', SECRET, 400],
  ])('refuses %s', (_, authorization, body, secret, status) => {
    const check = checkRevalidateRequest(authorization, body, secret);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.status).toBe(status);
  });

  it('accepts a list of paths or everything', () => {
    expect(checkRevalidateRequest(`Bearer ${SECRET}`, '["/", "/news/china-news/a"]', SECRET)).toEqual({
      ok: true,
      target: { paths: ['/', '/news/china-news/a'] },
    });
    expect(checkRevalidateRequest(`Bearer ${SECRET}`, '{"all": true}', SECRET)).toEqual({
      ok: true,
      target: { all: true },
    });
  });
});

describe('revalidationBodies', () => {
  const SECRET = 'a-secret-of-the-right-length-000000';
  const longPath = (i: number) => `/news/china-news/${String(i).padStart(6, '0')}-${'x'.repeat(270)}`;

  it.each([
    ['5,000 short paths', Array.from({ length: 5000 }, (_, i) => `/news/china-news/page/${i + 2}`)],
    ['5,000 paths near the longest', Array.from({ length: 5000 }, (_, i) => longPath(i))],
  ])('splits %s into requests the endpoint accepts, losing none', (_, paths) => {
    const bodies = revalidationBodies({ paths });
    expect(bodies.length).toBeGreaterThan(1);
    const carried: string[] = [];
    for (const body of bodies) {
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(REVALIDATE_LIMITS.bytes);
      const check = checkRevalidateRequest(`Bearer ${SECRET}`, body, SECRET);
      expect(check.ok && 'paths' in check.target).toBe(true);
      if (check.ok && 'paths' in check.target) carried.push(...check.target.paths);
    }
    expect(carried).toEqual(paths);
  });

  it('sends a small plan in one request and "all" as itself', () => {
    expect(revalidationBodies({ paths: ['/', '/news'] })).toEqual(['["/","/news"]']);
    expect(revalidationBodies({ all: true })).toEqual(['{"all":true}']);
  });
});
