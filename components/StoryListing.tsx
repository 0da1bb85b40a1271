import type { ReactNode } from 'react';
import { ArticleList } from './ArticleList';
import { Breadcrumb } from './Breadcrumb';
import { PageHeading } from './PageHeading';
import { Pagination } from './Pagination';
import type { ArticleCard } from '@/lib/content';

interface StoryListingProps {
  crumbs: { name: string; url: string }[];
  /** The listing's name: "page n of m" is added past the first page. */
  name: string;
  intro: string;
  /** Shown between the heading and the stories (an author's profile). */
  about?: ReactNode;
  items: ArticleCard[];
  page: number;
  totalPages: number;
  urlFor: (page: number) => string;
}

/** One page of a list of stories, newest first: a section's, a topic's or an author's. */
export function StoryListing({
  crumbs,
  name,
  intro,
  about,
  items,
  page,
  totalPages,
  urlFor,
}: StoryListingProps) {
  return (
    <div className="space-y-4">
      <Breadcrumb crumbs={crumbs} />
      <PageHeading title={page > 1 ? `${name}: page ${page} of ${totalPages}` : name} intro={intro} />
      {about}
      <ArticleList articles={items} />
      <Pagination page={page} totalPages={totalPages} urlFor={urlFor} />
    </div>
  );
}
