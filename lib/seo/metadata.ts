import type { Metadata } from 'next';
import {
  authorFeedUrl,
  authorPageUrl,
  authorsUrl,
  sectionFeedUrl,
  sectionPageUrl,
  socialCardUrl,
  tagFeedUrl,
  tagPageUrl,
  tagsUrl,
  type ArticleView,
  type AuthorView,
  type SectionView,
  type TagView,
} from '../content';
import { SOCIAL_CARD_WIDTH } from '../media/picture';
import { site } from '../site';
import { siteFeeds, type FeedLink } from './feeds';
import { productionBuild } from './indexing';
import { absoluteUrl } from './urls';

export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

interface PageSeo {
  /** The page's own title; the layout's template adds the site name. Omitted on home. */
  title?: string;
  description: string;
  /** Canonical path: paginated pages are canonical to themselves. */
  path: string;
  /** Feeds of this page besides the site's own. */
  feeds?: FeedLink[];
  image?: SocialImage;
  article?: { publishedTime: string; modifiedTime: string; section: string; tags: string[] };
}

export const OG_IMAGE_SIZE = { width: 1200, height: 630 };

/** `<link rel="alternate">` for the site's feeds and any of the page's own. */
export function feedAlternates(extra: FeedLink[] = []): Record<string, { url: string; title: string }[]> {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const feed of [...siteFeeds(site.name), ...extra]) {
    (types[feed.type] ??= []).push({ url: feed.url, title: feed.title });
  }
  return types;
}

/**
 * A page's whole title, "<title> - <site>", given whole: Next fills a layout's title template with
 * String.replace, where a `$'` or `$&` in a headline or a search would be a pattern, not text.
 */
export function documentTitle(title?: string): { absolute: string } {
  return { absolute: title ? `${title} - ${site.name}` : site.name };
}

/** The layout's defaults, for pages that set nothing of their own. */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(site.url),
    title: documentTitle(),
    description: site.description,
    robots: robotsMetadata(),
    alternates: { types: feedAlternates() },
    openGraph: { siteName: site.name, locale: 'en_US', type: 'website' },
    twitter: { card: 'summary_large_image' },
  };
}

/** Next replaces, not merges, `alternates` and `openGraph` between layout and page: every page states them whole. */
export function pageMetadata(seo: PageSeo): Metadata {
  const types = feedAlternates(seo.feeds);
  const title = seo.title ?? site.name;
  const images = seo.image ? [seo.image] : undefined;
  return {
    title: documentTitle(seo.title),
    description: seo.description,
    alternates: { canonical: seo.path, types },
    openGraph: {
      siteName: site.name,
      locale: 'en_US',
      url: seo.path,
      title,
      description: seo.description,
      images,
      ...(seo.article ? { type: 'article', ...seo.article } : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title, description: seo.description, images },
  };
}

/** A section's index page: its own feed, and each page canonical to itself. */
export function sectionMetadata(section: SectionView, page: number): Metadata {
  return pageMetadata({
    title: page > 1 ? `${section.name}: page ${page}` : section.name,
    description: section.description,
    path: sectionPageUrl(section.id, page),
    feeds: [
      {
        type: 'application/rss+xml',
        url: sectionFeedUrl(section.id),
        title: `${section.name} - ${site.name} (RSS)`,
      },
    ],
  });
}

/** /tags: every topic. */
export function tagsMetadata(): Metadata {
  return pageMetadata({
    title: 'Topics',
    description: `Every topic the stories of ${site.name} are tagged with.`,
    path: tagsUrl,
  });
}

/** A tag's page: its own feed, and each page canonical to itself. */
export function tagMetadata(tag: TagView, page: number): Metadata {
  return pageMetadata({
    title: page > 1 ? `${tag.name}: page ${page}` : tag.name,
    description: `Stories about ${tag.name} from ${site.name}, newest first.`,
    path: tagPageUrl(tag.slug, page),
    feeds: [
      { type: 'application/rss+xml', url: tagFeedUrl(tag.slug), title: `${tag.name} - ${site.name} (RSS)` },
    ],
  });
}

/** /authors: everyone who writes for the site. */
export function authorsMetadata(): Metadata {
  return pageMetadata({
    title: 'Authors',
    description: `The people who write the stories of ${site.name}.`,
    path: authorsUrl,
  });
}

/** An author's page: their own feeds, and each page canonical to itself. */
export function authorMetadata(author: AuthorView, page: number): Metadata {
  return pageMetadata({
    title: page > 1 ? `${author.name}: page ${page}` : author.name,
    description: author.bio,
    path: authorPageUrl(author.slug, page),
    feeds: [
      {
        type: 'application/rss+xml',
        url: authorFeedUrl(author.slug),
        title: `${author.name} - ${site.name} (RSS)`,
      },
      {
        type: 'application/atom+xml',
        url: authorFeedUrl(author.slug, 'atom'),
        title: `${author.name} - ${site.name} (Atom)`,
      },
    ],
  });
}

/** The article's lead image when it is large enough for a social card, else the card generated for it. */
export function articleImage(article: ArticleView): SocialImage {
  const large = article.image?.large;
  if (large && large.width >= SOCIAL_CARD_WIDTH) {
    return { url: absoluteUrl(large.url), width: large.width, height: large.height, alt: article.image!.alt };
  }
  return {
    url: absoluteUrl(socialCardUrl(article.section.id, article.slug)),
    ...OG_IMAGE_SIZE,
    alt: article.title,
  };
}

export function articleMetadata(article: ArticleView): Metadata {
  return pageMetadata({
    title: article.title,
    description: article.summary,
    path: article.url,
    image: articleImage(article),
    article: {
      publishedTime: article.published.iso,
      modifiedTime: (article.updated ?? article.published).iso,
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
    },
  });
}

/**
 * What every page's robots meta says. Pages are rendered at build and regenerated at run time, so
 * this depends on nothing that can differ between the two: a production build is indexable, and
 * `next dev` is not. A staging server opts out at run time instead (`serverWideHeaders`).
 */
export function robotsMetadata(): Metadata['robots'] {
  const indexable = productionBuild();
  return { index: indexable, follow: indexable, 'max-image-preview': 'large' };
}
