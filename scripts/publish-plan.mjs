// Works out which site paths show an article that a publish added, changed or removed.

const SITE_WIDE = ['/', '/news', '/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/news-sitemap.xml'];

const key = (a) => `${a.section}/${a.slug}`;

function sectionPages(section, articleCount, pageSize) {
  const pages = Math.max(1, Math.ceil(articleCount / pageSize));
  const paths = [`/news/${section}`, `/news/${section}/rss.xml`];
  for (let n = 2; n <= pages; n++) paths.push(`/news/${section}/page/${n}`);
  return paths;
}

/**
 * The paths to revalidate after `next` replaced `previous` (either may be undefined), or
 * `{ all: true }` when what changed shows on every page: sections, introduction pages, or an
 * article taken down.
 */
export function publishPlan(previous, next) {
  if (!previous || !next) return { all: true };
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(previous.sections, next.sections) || !same(previous.pages, next.pages)) return { all: true };

  const before = new Map(previous.articles.map((a) => [key(a), a]));
  const after = new Map(next.articles.map((a) => [key(a), a]));
  const keys = new Set([...before.keys(), ...after.keys()]);
  const changed = new Set([...keys].filter((k) => !same(before.get(k), after.get(k))));
  if (changed.size === 0) return { paths: [] };
  // A story taken down (deleted or made a draft) may be linked from "Most popular" on any page.
  if ([...changed].some((k) => !after.has(k))) return { all: true };

  const paths = new Set(SITE_WIDE);
  const touchedSections = new Set();
  for (const k of changed) {
    const [section, slug] = k.split('/');
    touchedSections.add(section);
    paths.add(`/news/${section}/${slug}`);
    paths.add(`/og/${section}/${slug}`);
  }
  for (const section of touchedSections) {
    const count = (list) => list.filter((a) => a.section === section).length;
    const most = Math.max(count(previous.articles), count(next.articles));
    for (const p of sectionPages(section, most, next.sectionPageSize)) paths.add(p);
    // The neighbours of a changed article link to it by title.
    for (const list of [previous.articles, next.articles]) {
      const inSection = list.filter((a) => a.section === section);
      inSection.forEach((a, i) => {
        if (!changed.has(key(a))) return;
        for (const neighbour of [inSection[i - 1], inSection[i + 1]]) {
          if (neighbour) paths.add(`/news/${neighbour.section}/${neighbour.slug}`);
        }
      });
    }
  }
  return { paths: [...paths] };
}

/**
 * What one revalidation request may carry: `REVALIDATE_LIMITS` in lib/http/revalidate-request.ts,
 * which test/publishing/plan-and-request.test.ts keeps equal to this.
 */
export const REVALIDATE_LIMITS = { paths: 1000, bytes: 100_000 };

/**
 * The request bodies that carry a plan, each within the limits: a publish of any size goes
 * through as several requests, the paths in their plan's order.
 */
export function revalidationBodies(plan, limits = REVALIDATE_LIMITS) {
  if ('all' in plan) return [JSON.stringify({ all: true })];
  const bodies = [];
  let batch = [];
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
