import { describe, expect, it } from 'vitest';
import { findContentProblems, formatContentProblems } from '@/lib/content/validate';

const sections = ['china-news', 'business'];
const article = (file: string, section: string, slug: string) => ({ sourceFilePath: file, section, slug });

describe('findContentProblems', () => {
  it.each([
    { name: 'valid articles', articles: [article('a.md', 'china-news', 'a'), article('b.md', 'business', 'a')], expected: [] },
    {
      name: 'an unknown section',
      articles: [article('news/sport/a.md', 'sport', 'a')],
      expected: [{ file: 'news/sport/a.md', field: 'section' }],
    },
    {
      name: 'a slug used twice in one section',
      articles: [article('one.md', 'china-news', 'same'), article('two.md', 'china-news', 'same')],
      expected: [{ file: 'two.md', field: 'slug' }],
    },
    {
      name: 'a slug that is not URL-safe',
      articles: [article('x.md', 'china-news', 'Hello World')],
      expected: [{ file: 'x.md', field: 'slug' }],
    },
    { name: 'a reserved slug', articles: [article('p.md', 'business', 'page')], expected: [{ file: 'p.md', field: 'slug' }] },
  ])('reports $name', ({ articles, expected }) => {
    const problems = findContentProblems(articles, sections);
    expect(problems.map(({ file, field }) => ({ file, field }))).toEqual(expected);
  });

  it('refuses an update or a correction dated in the future, past a few minutes of clock skew', () => {
    const at = Date.parse('2026-03-01T12:00:00.000Z');
    const story = (updated: string, correction: string) => ({
      ...article('u.md', 'business', 'u'),
      date: '2026-02-01T00:00:00.000Z',
      updated,
      corrections: [{ date: correction, wrong: 'w', right: 'r' }],
    });
    const fields = (updated: string, correction: string) =>
      findContentProblems([story(updated, correction)], sections, [], at).map((p) => p.field);
    expect(fields('2026-03-01T12:04:00.000Z', '2026-03-01T11:00:00.000Z')).toEqual([]);
    expect(fields('2030-01-01T00:00:00.000Z', '2026-03-01T11:00:00.000Z')).toEqual(['updated']);
    expect(fields('2026-03-01T11:00:00.000Z', '2026-03-01T12:06:00.000Z')).toEqual(['corrections[0].date']);
  });

  it('names the first file when a slug is repeated', () => {
    const [problem] = findContentProblems([article('one.md', 'business', 's'), article('two.md', 'business', 's')], sections);
    expect(problem.message).toContain('one.md');
  });

  it('formats every problem on its own line with file and field', () => {
    const text = formatContentProblems([
      { file: 'a.md', field: 'section', message: 'no such section' },
      { file: 'b.md', field: 'slug', message: 'taken' },
    ]);
    expect(text).toContain('2 problems');
    expect(text).toContain('a.md: field "section": no such section');
    expect(text).toContain('b.md: field "slug": taken');
  });
});
