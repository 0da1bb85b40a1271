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
  items: ArticleCard[];
  page: number;
  totalPages: number;
  urlFor: (page: number) => string;
}

/** One page of a list of stories, newest first: a section's or a topic's. */
export function StoryListing({ crumbs, name, intro, items, page, totalPages, urlFor }: StoryListingProps) {
  return (
    <div className="space-y-4">
      <Breadcrumb crumbs={crumbs} />
      <PageHeading title={page > 1 ? `${name}: page ${page} of ${totalPages}` : name} intro={intro} />
      <ArticleList articles={items} />
      <Pagination page={page} totalPages={totalPages} urlFor={urlFor} />
    </div>
  );
}
