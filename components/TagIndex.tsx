import { ArticleList } from './ArticleList';
import { Breadcrumb } from './Breadcrumb';
import { PageHeading } from './PageHeading';
import { Pagination } from './Pagination';
import { tagPageUrl, tagsUrl, type TagPageView } from '@/lib/content';

export function TagIndex({ view }: { view: TagPageView }) {
  const { tag, page, totalPages } = view;
  const title = page > 1 ? `${tag.name}: page ${page} of ${totalPages}` : tag.name;
  const count = tag.count === 1 ? '1 story' : `${tag.count.toLocaleString('en')} stories`;
  return (
    <div className="space-y-4">
      <Breadcrumb
        crumbs={[
          { name: 'Topics', url: tagsUrl },
          { name: tag.name, url: tag.url },
        ]}
      />
      <PageHeading title={title} intro={`${count} tagged “${tag.name}”, newest first.`} />
      <ArticleList articles={view.items} />
      <Pagination page={page} totalPages={totalPages} urlFor={(n) => tagPageUrl(tag.slug, n)} />
    </div>
  );
}
