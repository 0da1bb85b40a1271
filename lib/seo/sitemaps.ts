import {
  authorPageUrl,
  authorsUrl,
  contentVersion,
  latestAuthorArticles,
  listAuthors,
  introductionUrl,
  latestArticles,
  latestTagArticles,
  listIntroductionPages,
  listSections,
  listTags,
  newsUrl,
  sectionPageUrl,
  tagPageUrl,
  tagsUrl,
  listPageCountFor,
  type ArticleCard,
} from '../content';
import { now as clockNow } from '../clock';
import { site } from '../site';
import { absoluteUrl } from './urls';

export interface SitemapEntry {
  loc: string;
  /** Only where the content says when it changed: never the build time. */
  lastmod?: string;
}

export interface NewsSitemapEntry {
  loc: string;
  title: string;
  published: string;
}

/** A sitemap file holds at most 50,000 URLs; the site switches to an index well before that. */
export const SITEMAP_FILE_LIMIT = 45_000;
export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
export const NEWS_SITEMAP_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1_000;

/** The latest of some times written with the site's one offset (so they compare as strings). */
function newest(times: (string | undefined)[]): string | undefined {
  return times.reduce<string | undefined>((max, t) => (t && (!max || t > max) ? t : max), undefined);
}

/** The pages of a section's, a topic's or an author's list, each dated by the newest story on it. */
function listingPages(stories: ArticleCard[], urlFor: (page: number) => string): SitemapEntry[] {
  const pages: SitemapEntry[] = [];
  for (let page = 1; page <= listPageCountFor(stories.length); page++) {
    const onPage = stories.slice((page - 1) * site.sectionPageSize, page * site.sectionPageSize);
    pages.push({ loc: absoluteUrl(urlFor(page)), lastmod: newest(onPage.map((a) => a.modified.iso)) });
  }
  return pages;
}

/** Every page of the site, each with the time its content last changed where it has one. */
export function sitemapEntries(): SitemapEntry[] {
  const articles = latestArticles(Number.MAX_SAFE_INTEGER);
  const newestOf = (list: typeof articles) => newest(list.map((a) => a.modified.iso));
  const entries: SitemapEntry[] = [
    { loc: absoluteUrl('/'), lastmod: newestOf(articles) },
    { loc: absoluteUrl(newsUrl), lastmod: newestOf(articles) },
  ];
  for (const section of listSections()) {
    const inSection = articles.filter((a) => a.section.id === section.id);
    entries.push(...listingPages(inSection, (page) => sectionPageUrl(section.id, page)));
  }
  for (const article of articles)
    entries.push({ loc: absoluteUrl(article.url), lastmod: article.modified.iso });
  entries.push({ loc: absoluteUrl(tagsUrl), lastmod: newestOf(articles) });
  for (const tag of listTags())
    entries.push(
      ...listingPages(latestTagArticles(tag.slug, Infinity), (page) => tagPageUrl(tag.slug, page)),
    );
  entries.push({ loc: absoluteUrl(authorsUrl), lastmod: newestOf(articles) });
  for (const author of listAuthors())
    entries.push(
      ...listingPages(latestAuthorArticles(author.slug, Infinity), (page) =>
        authorPageUrl(author.slug, page),
      ),
    );
  entries.push({ loc: absoluteUrl(introductionUrl) });
  for (const page of listIntroductionPages()) entries.push({ loc: absoluteUrl(page.url) });
  return entries;
}

/** Articles published in the last 48 hours, newest first, at most 1,000 (Google News sitemap rules). */
export function newsSitemapEntries(now = clockNow(), limit = NEWS_SITEMAP_LIMIT): NewsSitemapEntry[] {
  const since = now.getTime() - NEWS_SITEMAP_HOURS * 3_600_000;
  return latestArticles(Number.MAX_SAFE_INTEGER)
    .filter((a) => {
      const published = Date.parse(a.published.iso);
      return published >= since && published <= now.getTime();
    })
    .slice(0, limit)
    .map((a) => ({ loc: absoluteUrl(a.url), title: a.title, published: a.published.iso }));
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`,
  );
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function renderUrlset(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (e) => `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`,
  );
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function renderSitemapIndex(files: SitemapEntry[]): string {
  const items = files.map(
    (f) =>
      `<sitemap><loc>${escapeXml(f.loc)}</loc>${f.lastmod ? `<lastmod>${f.lastmod}</lastmod>` : ''}</sitemap>`,
  );
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

export function renderNewsSitemap(entries: NewsSitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `<url><loc>${escapeXml(e.loc)}</loc><news:news><news:publication><news:name>${escapeXml(site.name)}</news:name>` +
      `<news:language>${site.language}</news:language></news:publication>` +
      `<news:publication_date>${e.published}</news:publication_date><news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
  );
  return (
    `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ` +
    `xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`
  );
}

/** The sitemap files: one when the site fits, else chunks listed by an index at /sitemap.xml. */
export function sitemapChunks(entries: SitemapEntry[], limit = SITEMAP_FILE_LIMIT): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += limit) chunks.push(entries.slice(i, i + limit));
  return chunks;
}

let chunkCount: { version: string; count: number } | undefined;

/** Whether `/sitemaps/<segments[1]>` is a chunk file of today's sitemap; undefined for other paths. */
export function isSitemapChunkPath(segments: readonly string[]): boolean | undefined {
  if (segments[0] !== 'sitemaps') return undefined;
  const match = segments.length === 2 ? /^([1-9][0-9]{0,4})\.xml$/.exec(segments[1]) : null;
  if (!match) return false;
  const version = contentVersion();
  if (chunkCount?.version !== version)
    chunkCount = { version, count: sitemapChunks(sitemapEntries()).length };
  return chunkCount.count > 1 && Number(match[1]) <= chunkCount.count;
}

export function sitemapChunkUrl(n: number): string {
  return absoluteUrl(`/sitemaps/${n}.xml`);
}

/** /sitemap.xml: the urlset itself, or the index of its chunks. */
export function renderSitemapXml(entries: SitemapEntry[], limit = SITEMAP_FILE_LIMIT): string {
  const chunks = sitemapChunks(entries, limit);
  if (chunks.length <= 1) return renderUrlset(entries);
  return renderSitemapIndex(
    chunks.map((chunk, i) => ({
      loc: sitemapChunkUrl(i + 1),
      lastmod: newest(chunk.map((e) => e.lastmod)),
    })),
  );
}
