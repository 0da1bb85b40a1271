import type { ArticleMeta } from './types';

/**
 * A tag's one URL segment: lower case, letters and digits of any script kept, every other run of
 * characters one hyphen ("World Cup" → "world-cup", "泉城" → "泉城"). Spellings that differ only
 * in case, spaces or punctuation are one tag.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export interface TagMeta {
  slug: string;
  /** The spelling most articles use (the first seen on a tie). */
  name: string;
  /** Published articles with the tag, newest first. */
  articles: ArticleMeta[];
}

/** Every tag of the published articles (newest first), by slug. */
export function tagsOf(articles: readonly ArticleMeta[]): Map<string, TagMeta> {
  const tags = new Map<string, TagMeta & { spellings: Map<string, number> }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const name of article.tags) {
      const slug = tagSlug(name);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      let tag = tags.get(slug);
      if (!tag) tags.set(slug, (tag = { slug, name, articles: [], spellings: new Map() }));
      tag.articles.push(article);
      tag.spellings.set(name, (tag.spellings.get(name) ?? 0) + 1);
    }
  }
  const result = new Map<string, TagMeta>();
  for (const [slug, { spellings, ...tag }] of tags) {
    let best = tag.name;
    for (const [name, count] of spellings) if (count > (spellings.get(best) ?? 0)) best = name;
    result.set(slug, { ...tag, name: best });
  }
  return result;
}
