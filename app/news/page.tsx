import type { Metadata } from 'next';
import { ArticleList } from '@/components/ArticleList';
import { PageHeading } from '@/components/PageHeading';
import { latestArticles, newsUrl } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const revalidate = 60;

const description = 'The newest stories from every section.';

export const metadata: Metadata = pageMetadata({ title: 'News', description, path: newsUrl });

export default function NewsPage() {
  return (
    <div className="space-y-4">
      <PageHeading title="News" intro={description} />
      <ArticleList articles={latestArticles(site.newsIndexSize)} />
    </div>
  );
}
