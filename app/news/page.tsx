import type { Metadata } from 'next';
import { ArticleList } from '@/components/ArticleList';
import { PageHeading } from '@/components/PageHeading';
import { latestArticles } from '@/lib/content';
import { site } from '@/lib/site';

export const revalidate = 60;

export const metadata: Metadata = {
  title: 'News',
  description: 'The newest stories from every section.',
};

export default function NewsPage() {
  return (
    <div className="space-y-4">
      <PageHeading title="News" intro="The newest stories from every section." />
      <ArticleList articles={latestArticles(site.newsIndexSize)} showSection />
    </div>
  );
}
