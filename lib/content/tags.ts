import type { ArticleMeta } from './types';

/**
 * A tag's one URL segment: lower case, letters, digits and the marks written with them kept in
 * any script, every other run of characters one hyphen ("World Cup" → "world-cup", "泉城" →
 * "泉城", "हिन्दी" → "हिन्दी"). Spellings that differ only in case, spaces or punctuation are one
 * tag; the content build says so when they come from different spellings (`tagSlugWarnings`).
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^\p{M}+/u, '');
}

/**
 * What an editor should know about the tags of `articles`: spellings that share one tag page
 * though they differ in more than case and spacing ("C++" and "C"), and tags that get no page
 * at all (no letter or digit), each with the files that use them.
 */
export function tagSlugWarnings(articles: readonly ArticleMeta[]): string[] {
  const bySlug = new Map<string, Map<string, Set<string>>>();
  const empty = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const name of article.tags) {
      const slug = tagSlug(name);
      let spellings = slug ? bySlug.get(slug) : empty;
      if (!spellings) bySlug.set(slug, (spellings = new Map()));
      if (!spellings.has(name)) spellings.set(name, new Set());
      spellings.get(name)!.add(article.sourceFilePath);
    }
  }
  const list = (files: Set<string>) => [...files].sort().join(', ');
  const warnings: string[] = [];
  for (const [slug, spellings] of bySlug) {
    // "World Cup" and "world cup" are one tag by design; "C++" and "C" are not the same word.
    const distinct = new Set([...spellings.keys()].map((name) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()));
    if (distinct.size < 2) continue;
    const named = [...spellings]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, files]) => `"${name}" (${list(files)})`).join(', ');
    warnings.push(`tags ${named} share one page, /tags/${slug}: spell them alike or make them differ in letters`);
  }
  for (const [name, files] of empty)
    warnings.push(`tag "${name}" (${list(files)}) has no letter or digit, so it has no page`);
  return warnings;
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
