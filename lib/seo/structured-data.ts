import type { ArticleView } from '../content';
import { site } from '../site';
import { articleImage } from './metadata';
import { absoluteUrl } from './urls';

export const LOGO = { path: '/logo.png', width: 600, height: 60 };

function publisher() {
  return {
    '@type': 'NewsMediaOrganization',
    name: site.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO.path), width: LOGO.width, height: LOGO.height },
  };
}

export function newsArticleJsonLd(article: ArticleView) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.published.iso,
    dateModified: (article.updated ?? article.published).iso,
    author: article.byline
      ? { '@type': 'Person', name: article.byline }
      : { '@type': 'Organization', name: article.source },
    publisher: publisher(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(article.url) },
    image: [articleImage(article).url],
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name).join(', '),
    inLanguage: site.language,
  };
}

/** Mirrors the "Your Location" breadcrumb. */
export function breadcrumbJsonLd(crumbs: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.url),
    })),
  };
}

export function homeJsonLd() {
  return [
    { '@context': 'https://schema.org', ...publisher(), '@type': ['Organization', 'NewsMediaOrganization'] },
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.name,
      url: absoluteUrl('/'),
      inLanguage: site.language,
      description: site.description,
    },
  ];
}
