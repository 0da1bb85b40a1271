/** The shape of the site index that the content build writes and the site reads at run time. */

/** What the content build made of a lead image (lib/media/derive.ts). */
export interface DerivedPicture {
  /** The derivatives' common name: `/media/<name>-<width>.<webp|jpg>`. */
  name: string;
  width: number;
  height: number;
  /** The widths made, narrowest first. */
  widths: number[];
  /** The picture's dominant colour (`#rrggbb`): the ground shown while it loads. */
  color: string;
}

export interface LeadImageMeta {
  /** The source file, relative to the content folder: `images/<name>.jpg`. */
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** Set by the content build's picture step; an index written without it (`npm run dev`) shows no picture. */
  picture?: DerivedPicture;
}

export interface SectionMeta {
  id: string;
  name: string;
  description: string;
  order: number;
}

/** A correction shown at the foot of its article: when, what the story said, what is right. */
export interface CorrectionMeta {
  /** ISO 8601 instant (UTC). */
  date: string;
  wrong: string;
  right: string;
}

export interface ArticleMeta {
  section: string;
  slug: string;
  title: string;
  summary: string;
  /** ISO 8601 instant (UTC). */
  date: string;
  /** The later of the front matter's `updated` and the latest correction. */
  updated?: string;
  /** Oldest first; absent when there are none. */
  corrections?: CorrectionMeta[];
  source: string;
  /** A credit in plain text ("Staff reporter", an agency), shown when no author profile is named. */
  byline?: string;
  /** Slugs of the author profiles the byline links to, in the order given; absent when none. */
  authors?: string[];
  tags: string[];
  image?: LeadImageMeta;
  /** The body's HTML file, relative to the Contentlayer folder. */
  bodyFile: string;
  /** Words in the body, for the reading time. */
  words: number;
  /** Keys (`<section>/<slug>`) of the related stories, best first, computed over the whole index. */
  related: string[];
  sourceFilePath: string;
}

/** An author's profile (content/authors/<slug>.yml): their page is /authors/<slug>. */
export interface AuthorMeta {
  slug: string;
  name: string;
  role?: string;
  bio: string;
  /** A portrait, made by the picture step like a lead image. */
  image?: LeadImageMeta;
  /** Relative to the content folder. */
  sourceFilePath: string;
}

export interface PageMeta {
  slug: string;
  title: string;
  summary: string;
  order: number;
  bodyFile: string;
}

export interface SiteIndex {
  builtAt: string;
  /** Articles per section page when this index was built: publishing works out which pages changed. */
  sectionPageSize: number;
  sections: SectionMeta[];
  /** Published articles (embargoed ones included), newest first. */
  articles: ArticleMeta[];
  /**
   * Articles marked `draft: true`, for private preview links only (lib/preview.ts): no list,
   * page, feed, sitemap or search reads them. Without related stories.
   */
  drafts?: ArticleMeta[];
  pages: PageMeta[];
  /** Author profiles by slug order (absent in an index written before there were any). */
  authors?: AuthorMeta[];
}

export const SITE_INDEX_FILE = 'site-index.json';
export const PENDING_SITE_INDEX_FILE = 'site-index.pending.json';
/** What the last good content build read: the builder's fingerprint and every content file's hash. */
export const CONTENT_SOURCES_FILE = 'content-sources.json';
