import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleDetail, articleCrumbs } from '@/components/ArticleDetail';
import { JsonLd } from '@/components/JsonLd';
import { articleMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/structured-data';
import { getArticle, prerenderedArticleParams } from '@/lib/content';

export const revalidate = 60;
// Only the newest articles are built ahead; the archive renders on first request and is cached.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedArticleParams();
}

export async function generateMetadata({ params }: PageProps<'/news/[section]/[slug]'>): Promise<Metadata> {
  const { section, slug } = await params;
  const article = await getArticle(section, slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: PageProps<'/news/[section]/[slug]'>) {
  const { section, slug } = await params;
  const article = await getArticle(section, slug);
  if (!article) notFound();
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article)} />
      <JsonLd data={breadcrumbJsonLd(articleCrumbs(article))} />
      <ArticleDetail article={article} />
    </>
  );
}
