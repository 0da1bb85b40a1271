import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { Breadcrumb } from '@/components/Breadcrumb';
import { PageHeading } from '@/components/PageHeading';
import { getIntroductionPage, listIntroductionPages, PLACES } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

export const revalidate = 60;

export function generateStaticParams() {
  return listIntroductionPages().map((page) => ({ slug: page.slug }));
}

export async function generateMetadata({ params }: PageProps<'/introduction/[slug]'>): Promise<Metadata> {
  const page = await getIntroductionPage((await params).slug);
  return page ? pageMetadata({ title: page.title, description: page.summary, path: page.url }) : {};
}

export default async function IntroductionPage({ params }: PageProps<'/introduction/[slug]'>) {
  const page = await getIntroductionPage((await params).slug);
  if (!page) notFound();
  return (
    <article className="space-y-5">
      <Breadcrumb crumbs={[PLACES.introduction, { name: page.title, url: page.url }]} />
      <PageHeading title={page.title} intro={page.summary} />
      <ArticleBody html={page.html} />
    </article>
  );
}
