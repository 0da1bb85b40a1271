import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site';

const appDir = path.resolve(import.meta.dirname, '../app');
const pageFiles = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('page.tsx'),
);

describe('ISR intervals', () => {
  it('covers home, section, archive and article pages', () => {
    expect(pageFiles).toEqual(
      expect.arrayContaining([
        'page.tsx',
        'news/[section]/page.tsx',
        'news/[section]/page/[n]/page.tsx',
        'news/[section]/[slug]/page.tsx',
      ]),
    );
  });

  it.each(pageFiles)('%s revalidates on the interval in lib/site.ts', (file) => {
    const source = readFileSync(path.join(appDir, file), 'utf8');
    const match = /export const revalidate = (\d+);/.exec(source);
    expect(match, `${file} has no "export const revalidate"`).not.toBeNull();
    expect(Number(match![1])).toBe(site.revalidateSeconds);
  });
});
