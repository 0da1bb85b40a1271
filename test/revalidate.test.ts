import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site';

const appDir = path.resolve(import.meta.dirname, '../app');
const routeFiles = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
  /(^|\/)(page\.tsx|route\.tsx?)$/.test(f),
);
const pageFiles = routeFiles.filter((f) => f.endsWith('page.tsx'));
const handlerFiles = routeFiles.filter((f) => !f.endsWith('page.tsx'));
const source = (file: string) => readFileSync(path.join(appDir, file), 'utf8');
const revalidateOf = (file: string) => /export const revalidate = (\d+);/.exec(source(file))?.[1];

describe('ISR intervals', () => {
  it('covers home, section, archive and article pages, and the cached route handlers', () => {
    expect(pageFiles).toEqual(
      expect.arrayContaining([
        'page.tsx',
        'news/[section]/page.tsx',
        'news/[section]/page/[n]/page.tsx',
        'news/[section]/[slug]/page.tsx',
      ]),
    );
    expect(handlerFiles).toEqual(
      expect.arrayContaining([
        'sitemap.xml/route.ts',
        'sitemaps/[file]/route.ts',
        'og/[section]/[slug]/route.tsx',
      ]),
    );
  });

  // Pages that show content regenerate on the interval; the search results page and a private
  // preview are their own answer to each request and keep nothing in the page cache.
  const dynamicPages = ['search/page.tsx', 'preview/[token]/page.tsx'];
  it.each(pageFiles.filter((file) => !dynamicPages.includes(file)))(
    '%s revalidates on the interval in lib/site.ts',
    (file) => {
      const seconds = revalidateOf(file);
      expect(seconds, `${file} has no "export const revalidate"`).toBeDefined();
      expect(Number(seconds)).toBe(site.revalidateSeconds);
    },
  );

  it.each(dynamicPages)('%s renders on every request', (file) => {
    expect(source(file)).toContain("export const dynamic = 'force-dynamic';");
    expect(revalidateOf(file)).toBeUndefined();
  });

  // A route handler is either rendered on every request, static for good, or regenerated on the
  // same interval as the pages that link to it.
  it.each(handlerFiles)('%s is dynamic, static, or revalidates on the interval in lib/site.ts', (file) => {
    const dynamic = /export const dynamic = '(force-dynamic|force-static)';/.test(source(file));
    const seconds = revalidateOf(file);
    expect(dynamic || seconds !== undefined, `${file} says neither "dynamic" nor "revalidate"`).toBe(true);
    if (seconds !== undefined) expect(Number(seconds)).toBe(site.revalidateSeconds);
  });
});
