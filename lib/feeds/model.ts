import { statSync } from 'node:fs';
import path from 'node:path';
import {
  authorFeedUrl,
  getArticle,
  getAuthor,
  getSection,
  latestAuthorArticles,
  latestArticles,
  latestTagArticles,
  listTagArticles,
  tagFeedUrl,
  type ArticleCard,
  type ArticleView,
} from '../content';
import type { PictureFile } from '../media/picture';
import { MEDIA_DIR } from '../media/recipe';
import { absoluteUrl, absolutizeHtml } from '../seo/urls';
import { site } from '../site';

export interface FeedEnclosure {
  url: string;
  type: string;
  length: number;
}

export interface FeedEntry {
  title: string;
  link: string;
  published: Date;
  updated: Date;
  summary: string;
  html: string;
  category: { id: string; name: string };
  /** Who wrote it: the authors with a profile, else the byline's credit; none for neither. */
  authors: string[];
  image?: FeedEnclosure;
}

export interface FeedModel {
  title: string;
  description: string;
  link: string;
  /** Absolute addresses of this feed in each format it is served in. */
  self: { rss: string; atom?: string; json?: string };
  /** The newest change among the entries: Last-Modified and lastBuildDate. */
  updated: Date;
  entries: FeedEntry[];
}

/** A lead image as an RSS enclosure: its JPEG for social cards, which every feed reader shows. */
function enclosureOf(file: PictureFile): FeedEnclosure {
  const local = statSync(path.join(site.editionDir, MEDIA_DIR, file.file), { throwIfNoEntry: false });
  return { url: absoluteUrl(file.url), type: file.type, length: local?.size ?? 0 };
}

function entryOf(article: ArticleView): FeedEntry {
  return {
    title: article.title,
    link: absoluteUrl(article.url),
    published: new Date(article.published.iso),
    updated: new Date((article.updated ?? article.published).iso),
    summary: article.summary,
    html: absolutizeHtml(article.html),
    category: { id: article.section.id, name: article.section.name },
    authors: articleAuthors(article),
    image: article.image && enclosureOf(article.image.large),
  };
}

/** The names a byline shows: the authors with a profile, else the credit in plain text. */
export function articleAuthors(article: ArticleView): string[] {
  if (article.authors.length > 0) return article.authors.map((author) => author.name);
  return article.byline ? [article.byline] : [];
}

/** Whose newest articles a feed lists: an author, a tag, else a section, else the whole site. */
export interface FeedScope {
  section?: string;
  tag?: string;
  author?: string;
}

/** The newest articles of the site, a section or a tag; undefined for an unknown section or tag. */
export async function buildFeedModel(scope: FeedScope = {}): Promise<FeedModel | undefined> {
  const listing = scopeOf(scope);
  if (!listing) return undefined;
  const articles = await Promise.all(listing.cards.map((card) => getArticle(card.section.id, card.slug)));
  const entries = articles.flatMap((article) => (article ? [entryOf(article)] : []));
  const updated = new Date(Math.max(0, ...entries.map((e) => e.updated.getTime())));
  return { ...listing.about, updated, entries };
}

type FeedAbout = Pick<FeedModel, 'title' | 'description' | 'link' | 'self'>;

function scopeOf(scope: FeedScope): { about: FeedAbout; cards: ArticleCard[] } | undefined {
  if (scope.author !== undefined) {
    const author = getAuthor(scope.author);
    if (!author) return undefined;
    return {
      about: {
        title: `${author.name} - ${site.name}`,
        description: `Stories by ${author.name} from ${site.name}.`,
        link: absoluteUrl(author.url),
        self: {
          rss: absoluteUrl(authorFeedUrl(author.slug)),
          atom: absoluteUrl(authorFeedUrl(author.slug, 'atom')),
        },
      },
      cards: latestAuthorArticles(author.slug, site.feedSize),
    };
  }
  if (scope.tag !== undefined) {
    const view = listTagArticles(scope.tag, 1);
    if (!view) return undefined;
    const { tag } = view;
    return {
      about: {
        title: `${tag.name} - ${site.name}`,
        description: `Stories about ${tag.name} from ${site.name}.`,
        link: absoluteUrl(tag.url),
        self: { rss: absoluteUrl(tagFeedUrl(tag.slug)) },
      },
      cards: latestTagArticles(tag.slug, site.feedSize),
    };
  }
  if (scope.section !== undefined) {
    const section = getSection(scope.section);
    if (!section) return undefined;
    return {
      about: {
        title: `${section.name} - ${site.name}`,
        description: section.description,
        link: absoluteUrl(section.url),
        self: { rss: absoluteUrl(`${section.url}/rss.xml`) },
      },
      cards: latestArticles(site.feedSize, section.id),
    };
  }
  return {
    about: {
      title: site.name,
      description: site.description,
      link: absoluteUrl('/'),
      self: { rss: absoluteUrl('/rss.xml'), atom: absoluteUrl('/atom.xml'), json: absoluteUrl('/feed.json') },
    },
    cards: latestArticles(site.feedSize),
  };
}
