import { tagSlug as tagSlugOf, tagsOf } from './tags';
import type { ArticleMeta } from './types';

/** Stories linked under an article: at most this many, and as many as exist up to `min`. */
export const RELATED_STORIES = { min: 3, max: 5 };
/** Of each tag, only the stories nearest in time are weighed: a tag such as a city spans the archive. */
const NEAREST_PER_TAG = 40;
/** Section neighbours weighed when shared tags give too few. */
const NEAREST_IN_SECTION = 6;
const DAY_MS = 86_400_000;

const keyOf = (a: ArticleMeta) => `${a.section}/${a.slug}`;

/** Stories around position `at` of `list`, nearest first, at most `count`. */
function around<T>(list: readonly T[], at: number, count: number): T[] {
  const result: T[] = [];
  for (let step = 1; result.length < count && (at - step >= 0 || at + step < list.length); step++) {
    if (at - step >= 0) result.push(list[at - step]);
    if (at + step < list.length && result.length < count) result.push(list[at + step]);
  }
  return result;
}

/**
 * Each article's related stories, best first, as keys (`<section>/<slug>`): scored by shared tags
 * (3 each), the same section (1) and closeness in time (up to 1, halving at 30 days apart); when
 * tags give fewer than `RELATED_STORIES.min`, the nearest stories of the same section fill in.
 * Computed over the whole index at every content build, so a publish corrects every list.
 */
export function relatedStories(articles: readonly ArticleMeta[]): Map<ArticleMeta, string[]> {
  const tags = tagsOf(articles);
  const positionInTag = new Map<string, Map<ArticleMeta, number>>();
  for (const [slug, tag] of tags) positionInTag.set(slug, new Map(tag.articles.map((a, i) => [a, i])));
  const bySection = new Map<string, ArticleMeta[]>();
  for (const article of articles) {
    const list = bySection.get(article.section) ?? [];
    list.push(article);
    bySection.set(article.section, list);
  }
  const positionInSection = new Map<ArticleMeta, number>();
  for (const list of bySection.values()) list.forEach((a, i) => positionInSection.set(a, i));

  const times = new Map(articles.map((a) => [a, Date.parse(a.date)]));
  const related = new Map<ArticleMeta, string[]>();
  for (const article of articles) {
    const time = times.get(article)!;
    const scores = new Map<ArticleMeta, number>();
    const closeness = (other: ArticleMeta) => 1 / (1 + Math.abs(times.get(other)! - time) / (30 * DAY_MS));
    const ownTags = [...new Set(article.tags.map((t) => tags.get(tagSlugOf(t))?.slug).filter(Boolean))] as string[];
    for (const slug of ownTags) {
      const list = tags.get(slug)!.articles;
      for (const other of around(list, positionInTag.get(slug)!.get(article)!, NEAREST_PER_TAG)) {
        const base = scores.get(other) ?? (other.section === article.section ? 1 : 0) + closeness(other);
        scores.set(other, base + 3);
      }
    }
    if (scores.size < RELATED_STORIES.min) {
      const list = bySection.get(article.section)!;
      for (const other of around(list, positionInSection.get(article)!, NEAREST_IN_SECTION)) {
        if (!scores.has(other)) scores.set(other, 1 + closeness(other));
      }
    }
    const ranked = [...scores.entries()]
      .sort(([a, x], [b, y]) => y - x || times.get(b)! - times.get(a)! || keyOf(a).localeCompare(keyOf(b)))
      .slice(0, RELATED_STORIES.max)
      .map(([other]) => keyOf(other));
    related.set(article, ranked);
  }
  return related;
}
