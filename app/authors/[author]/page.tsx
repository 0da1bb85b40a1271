import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorIndex } from '@/components/AuthorIndex';
import { JsonLd } from '@/components/JsonLd';
import { listAuthorArticles, paramValue, prerenderedAuthorParams } from '@/lib/content';
import { authorMetadata } from '@/lib/seo/metadata';
import { authorJsonLd } from '@/lib/seo/structured-data';

export const revalidate = 60;

export function generateStaticParams() {
  return prerenderedAuthorParams();
}

export async function generateMetadata({ params }: PageProps<'/authors/[author]'>): Promise<Metadata> {
  const view = listAuthorArticles(paramValue((await params).author), 1);
  return view ? authorMetadata(view.author, 1) : {};
}

export default async function AuthorPage({ params }: PageProps<'/authors/[author]'>) {
  const view = listAuthorArticles(paramValue((await params).author), 1);
  if (!view) notFound();
  return (
    <>
      <JsonLd data={authorJsonLd(view.author)} />
      <AuthorIndex view={view} />
    </>
  );
}
