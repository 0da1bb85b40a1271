export const newsUrl = '/news';
export const introductionUrl = '/introduction';

export function sectionUrl(section: string): string {
  return `/news/${section}`;
}

export function sectionPageUrl(section: string, page: number): string {
  return page <= 1 ? sectionUrl(section) : `/news/${section}/page/${page}`;
}

export function articleUrl(section: string, slug: string): string {
  return `/news/${section}/${slug}`;
}

export function introductionPageUrl(slug: string): string {
  return `/introduction/${slug}`;
}
