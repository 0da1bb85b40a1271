import type { ArticleView, AuthorView } from '../content';
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
    author: articleAuthorJsonLd(article),
    publisher: publisher(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(article.url) },
    image: [articleImage(article).url],
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name).join(', '),
    inLanguage: site.language,
  };
}

/** The authors with a profile, each a Person with their page; else the byline's credit; else the source. */
function articleAuthorJsonLd(article: ArticleView) {
  if (article.authors.length > 0)
    return article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(author.url),
    }));
  return article.byline
    ? { '@type': 'Person', name: article.byline }
    : { '@type': 'Organization', name: article.source };
}

/** An author's page: a ProfilePage whose main entity is the Person. */
export function authorJsonLd(author: AuthorView) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absoluteUrl(author.url),
    mainEntity: {
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(author.url),
      description: author.bio,
      ...(author.role && { jobTitle: author.role }),
      ...(author.portrait && { image: absoluteUrl(author.portrait.src) }),
      worksFor: { '@type': 'NewsMediaOrganization', name: site.name, url: absoluteUrl('/') },
    },
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
