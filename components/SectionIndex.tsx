import { ArticleList } from './ArticleList';
import { Breadcrumb } from './Breadcrumb';
import { PageHeading } from './PageHeading';
import { Pagination } from './Pagination';
import { newsUrl, sectionPageUrl, type SectionPageView } from '@/lib/content';

export function SectionIndex({ view }: { view: SectionPageView }) {
  const { section, page, totalPages } = view;
  const title = page > 1 ? `${section.name}: page ${page} of ${totalPages}` : section.name;
  return (
    <div className="space-y-4">
      <Breadcrumb
        crumbs={[
          { name: 'News', url: newsUrl },
          { name: section.name, url: section.url },
        ]}
      />
      <PageHeading title={title} intro={section.description} />
      <ArticleList articles={view.items} />
      <Pagination page={page} totalPages={totalPages} urlFor={(n) => sectionPageUrl(section.id, n)} />
    </div>
  );
}
