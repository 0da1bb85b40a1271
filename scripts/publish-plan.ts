// Works out which site paths show an article that a publish added, changed or removed.
import { tagSlug } from '../lib/content/tags';
import {
  articleUrl,
  authorFeedUrl,
  authorPageUrl,
  authorsUrl,
  listPageCountFor,
  newsUrl,
  sectionFeedUrl,
  sectionPageUrl,
  socialCardUrl,
  tagFeedUrl,
  tagPageUrl,
  tagsUrl,
} from '../lib/content/urls';
import type { ArticleMeta, SiteIndex } from '../lib/content/types';
import { nowMs } from '../lib/clock';
import { isReleased } from '../lib/content/store';
import { REVALIDATE_LIMITS } from '../lib/http/revalidate-request';
import { siteFeeds } from '../lib/seo/feeds';
import { NEWS_SITEMAP_PATH, SITEMAP_PATH } from '../lib/seo/sitemaps';
import { site } from '../lib/site';

export type PublishPlan = { all: true } | { paths: string[] };

/** What lists the newest articles of the whole site. */
const SITE_WIDE = [
  '/',
  newsUrl,
  ...siteFeeds(site.name).map((feed) => feed.url),
  SITEMAP_PATH,
  NEWS_SITEMAP_PATH,
];

const key = (a: ArticleMeta) => `${a.section}/${a.slug}`;

function sectionPages(section: string, articleCount: number, pageSize: number): string[] {
  const paths = [sectionFeedUrl(section)];
  for (let n = 1; n <= listPageCountFor(articleCount, pageSize); n++) paths.push(sectionPageUrl(section, n));
  return paths;
}

/**
 * The paths to revalidate after `next` replaced `previous` (either may be undefined), or
 * `{ all: true }` when what changed shows on every page: sections, introduction pages, or a story
 * taken down. A story readers could see at `at` before the publish and cannot after it is taken
 * down, whatever the edit: deleted, made a draft, moved, or dated later (rescheduled).
 */
export function publishPlan(
  previous: SiteIndex | undefined,
  next: SiteIndex | undefined,
  at = nowMs(),
): PublishPlan {
  if (!previous || !next) return { all: true };
  // A profile shows in every byline that names it.
  if (
    !same(previous.sections, next.sections) ||
    !same(previous.pages, next.pages) ||
    !same(previous.authors ?? [], next.authors ?? [])
  )
    return { all: true };
  const { changed } = articleChanges(previous, next);
  if (changed.size === 0) return { paths: [] };
  // A story taken down may be linked from "Most popular" and related stories on any page.
  const seenAfter = readersSee(next, at);
  if ([...readersSee(previous, at)].some((k) => changed.has(k) && !seenAfter.has(k))) return { all: true };
  return { paths: pagesShowingChanges(previous, next) };
}

/** The keys of the stories readers see at `at` (docs/adr/017: a story dated later is embargoed). */
function readersSee(index: SiteIndex, at: number): Set<string> {
  return new Set(index.articles.filter((a) => isReleased(a, at)).map(key));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function articleChanges(previous: SiteIndex, next: SiteIndex) {
  const before = new Map(previous.articles.map((a) => [key(a), a]));
  const after = new Map(next.articles.map((a) => [key(a), a]));
  const keys = new Set([...before.keys(), ...after.keys()]);
  const changed = new Set([...keys].filter((k) => !same(before.get(k), after.get(k))));
  return { before, after, changed };
}

/**
 * The pages that show an article added, changed or taken down between the two indexes: the
 * article itself, its neighbours, its section's pages and feed, its tags' and its authors' pages
 * and feeds, and
 * the site-wide lists, feeds and sitemaps. A publish asks the proxy in front for these again,
 * also when Next revalidates every page (a takedown), so that nginx drops its copies at once.
 */
export function pagesShowingChanges(previous: SiteIndex, next: SiteIndex): string[] {
  const { before, after, changed } = articleChanges(previous, next);
  if (changed.size === 0) return [];
  const paths = new Set(SITE_WIDE);
  const touchedSections = new Set<string>();
  for (const k of changed) {
    const [section, slug] = k.split('/');
    touchedSections.add(section);
    paths.add(articleUrl(section, slug));
    paths.add(socialCardUrl(section, slug));
  }
  for (const section of touchedSections) {
    const count = (list: ArticleMeta[]) => list.filter((a) => a.section === section).length;
    const most = Math.max(count(previous.articles), count(next.articles));
    for (const p of sectionPages(section, most, next.sectionPageSize)) paths.add(p);
    // The neighbours of a changed article link to it by title.
    for (const list of [previous.articles, next.articles]) {
      const inSection = list.filter((a) => a.section === section);
      inSection.forEach((a, i) => {
        if (!changed.has(key(a))) return;
        for (const neighbour of [inSection[i - 1], inSection[i + 1]]) {
          if (neighbour) paths.add(articleUrl(neighbour.section, neighbour.slug));
        }
      });
    }
  }
  // The tag pages and feeds of every tag a changed article has or had, and the list of tags.
  const touchedTags = new Set<string>();
  for (const k of changed)
    for (const article of [before.get(k), after.get(k)])
      for (const tag of article?.tags ?? []) if (tagSlug(tag)) touchedTags.add(tagSlug(tag));
  if (touchedTags.size > 0) paths.add(tagsUrl);
  for (const slug of touchedTags) {
    const count = (list: ArticleMeta[]) => list.filter((a) => a.tags.some((t) => tagSlug(t) === slug)).length;
    const most = Math.max(count(previous.articles), count(next.articles));
    paths.add(tagFeedUrl(slug));
    for (let n = 1; n <= listPageCountFor(most, next.sectionPageSize); n++) paths.add(tagPageUrl(slug, n));
  }
  // The pages and feeds of every author a changed article names or named, and the list of authors.
  const touchedAuthors = new Set<string>();
  for (const k of changed)
    for (const article of [before.get(k), after.get(k)])
      for (const author of article?.authors ?? []) touchedAuthors.add(author);
  if (touchedAuthors.size > 0) paths.add(authorsUrl);
  for (const slug of touchedAuthors) {
    const count = (list: ArticleMeta[]) => list.filter((a) => a.authors?.includes(slug)).length;
    const most = Math.max(count(previous.articles), count(next.articles));
    paths.add(authorFeedUrl(slug));
    paths.add(authorFeedUrl(slug, 'atom'));
    for (let n = 1; n <= listPageCountFor(most, next.sectionPageSize); n++) paths.add(authorPageUrl(slug, n));
  }
  return [...paths];
}

/**
 * The request bodies that carry a plan, each within what /api/revalidate takes: a publish of any
 * size goes through as several requests, the paths in their plan's order.
 */
export function revalidationBodies(plan: PublishPlan, limits = REVALIDATE_LIMITS): string[] {
  if ('all' in plan) return [JSON.stringify({ all: true })];
  const bodies: string[] = [];
  let batch: string[] = [];
  let bytes = 2; // []
  for (const p of plan.paths) {
    const cost = JSON.stringify(p).length + 1; // the path and a comma
    if (batch.length > 0 && (batch.length === limits.paths || bytes + cost > limits.bytes)) {
      bodies.push(JSON.stringify(batch));
      batch = [];
      bytes = 2;
    }
    batch.push(p);
    bytes += cost;
  }
  if (batch.length > 0) bodies.push(JSON.stringify(batch));
  return bodies;
}
