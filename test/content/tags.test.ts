import { beforeAll, describe, expect, it } from 'vitest';
import { relatedStories, RELATED_STORIES } from '@/lib/content/related';
import { tagSlug, tagSlugWarnings, tagsOf } from '@/lib/content/tags';
import type { ArticleMeta } from '@/lib/content/types';
import { useFixtureContent } from '../helpers/fixture-content';

describe('tagSlug', () => {
  it.each([
    ['Qingdao', 'qingdao'],
    ['World Cup', 'world-cup'],
    ['  world   cup ', 'world-cup'],
    ['World-Cup!', 'world-cup'],
    ['SCO summit 2018', 'sco-summit-2018'],
    ['Zürich', 'zürich'],
    ['泉城', '泉城'],
    ['Ｑｉｎｇｄａｏ', 'qingdao'],
    ['---', ''],
    ['हिन्दी', 'हिन्दी'],
    ['தமிழ் நாடு', 'தமிழ்-நாடு'],
    ['C++', 'c'],
  ])('%s → %s', (tag, slug) => expect(tagSlug(tag)).toBe(slug));
});

describe('tagSlugWarnings', () => {
  it('names the files of spellings that share a page, and of tags with no page', () => {
    const warnings = tagSlugWarnings([
      story('a', ['C++', 'World Cup'], 1),
      story('b', ['C', 'world  cup'], 2),
      story('c', ['C#', '+++'], 3, 'business'),
    ]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/"C" \(news\/china-news\/b\.md\), "C#" \(news\/business\/c\.md\), "C\+\+" \(news\/china-news\/a\.md\)/);
    expect(warnings[0]).toContain('/tags/c');
    expect(warnings[1]).toBe('tag "+++" (news/business/c.md) has no letter or digit, so it has no page');
  });

  it('says nothing of spellings that differ in case and spacing only', () => {
    expect(tagSlugWarnings([story('a', ['World Cup'], 1), story('b', ['world  cup'], 2)])).toEqual([]);
  });
});

function story(slug: string, tags: string[], day: number, section = 'china-news'): ArticleMeta {
  return {
    section,
    slug,
    title: slug,
    summary: '',
    date: new Date(Date.UTC(2018, 5, day)).toISOString(),
    source: 'Xinhua',
    tags,
    bodyFile: `bodies/${slug}.html`,
    sourceFilePath: `news/${section}/${slug}.md`,
    words: 100,
    related: [],
  };
}

describe('tagsOf', () => {
  it('makes one tag of spellings that share a slug, named as most stories spell it', () => {
    const tags = tagsOf([
      story('c', ['world cup'], 3),
      story('b', ['World Cup', 'Qingdao'], 2),
      story('a', ['World Cup', 'World Cup'], 1),
    ]);
    expect([...tags.keys()]).toEqual(['world-cup', 'qingdao']);
    expect(tags.get('world-cup')).toMatchObject({ name: 'World Cup' });
    expect(tags.get('world-cup')!.articles.map((a) => a.slug)).toEqual(['c', 'b', 'a']);
  });
});

describe('relatedStories', () => {
  // Newest first, as the index holds them.
  const articles = [
    story('port-c', ['Qingdao', 'ports'], 20),
    story('port-b', ['Qingdao', 'ports'], 19, 'business'),
    story('summit', ['SCO', 'Qingdao'], 18),
    story('festival', ['culture'], 17),
    story('weather', [], 16),
    story('port-a', ['Qingdao', 'ports'], 2),
    story('beer', ['Qingdao'], 1, 'business'),
  ];
  const related = relatedStories(articles);
  const of = (slug: string) => related.get(articles.find((a) => a.slug === slug)!)!;

  it('ranks stories sharing more tags first, then the same section, then the nearer in time', () => {
    // port-a and port-b share both tags; port-a is of the same section (1) though 18 days older
    // (closeness 0.63 against 0.97); summit shares one tag, beer one in another section.
    expect(of('port-c')).toEqual(['china-news/port-a', 'business/port-b', 'china-news/summit', 'business/beer']);
  });

  it('never lists the story itself, and lists at most five', () => {
    expect(related.size).toBe(articles.length);
    for (const [article, keys] of related) {
      expect(keys).not.toContain(`${article.section}/${article.slug}`);
      expect(keys.length).toBeLessThanOrEqual(RELATED_STORIES.max);
    }
  });

  it('fills a story with few shared tags from its own section, nearest first', () => {
    expect(of('weather').length).toBeGreaterThanOrEqual(RELATED_STORIES.min);
    expect(of('weather')[0]).toBe('china-news/festival');
  });
});

describe('tag pages from the content', () => {
  type Content = typeof import('@/lib/content');
  let content: Content;
  let known: typeof import('@/lib/content/known-paths');
  beforeAll(async () => {
    useFixtureContent();
    content = await import('@/lib/content');
    known = await import('@/lib/content/known-paths');
  });

  it('lists every tag with its count, and pages of its stories', () => {
    const tags = content.listTags();
    expect(tags.length).toBeGreaterThan(0);
    const [first] = tags;
    expect(first.url).toBe(`/tags/${first.slug}`);
    const view = content.listTagArticles(first.slug, 1)!;
    expect(view.items.length).toBe(Math.min(first.count, 10));
    expect(content.listTagArticles(first.slug, 2)).toBeUndefined();
    expect(content.listTagArticles('no-such-tag', 1)).toBeUndefined();
  });

  it('knows the one URL of each tag, and sends other spellings to it', () => {
    const [tag] = content.listTags();
    expect(known.judgeContentPath(['tags'])).toBe(true);
    expect(known.judgeContentPath(['tags', tag.slug])).toBe(true);
    expect(known.judgeContentPath(['tags', tag.slug, 'rss.xml'])).toBe(true);
    expect(known.judgeContentPath(['tags', tag.slug, 'page', '2'])).toBe(false);
    expect(known.judgeContentPath(['tags', tag.slug.toUpperCase()])).toBe(`/tags/${tag.slug}`);
    expect(known.judgeContentPath(['tags', ` ${tag.name} `, 'rss.xml'])).toBe(`/tags/${tag.slug}/rss.xml`);
    expect(known.judgeContentPath(['tags', tag.slug, 'page', '1'])).toBe(`/tags/${tag.slug}`);
    expect(known.judgeContentPath(['news', 'china-news', 'page', '1'])).toBe('/news/china-news');
    expect(known.judgeContentPath(['tags', 'no-such-tag'])).toBe(false);
    expect(known.judgeContentPath(['tags', tag.slug, 'more'])).toBe(false);
  });
});
