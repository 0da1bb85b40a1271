import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { AuthorIndex } from '@/components/AuthorIndex';
import { authorUrl, listAuthorArticles, paramValue, parsePageNumber } from '@/lib/content';
import { authorMetadata } from '@/lib/seo/metadata';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

async function viewOf(params: PageProps<'/authors/[author]/page/[n]'>['params']) {
  const { author, n } = await params;
  const page = parsePageNumber(n);
  return { page, view: page === undefined ? undefined : listAuthorArticles(paramValue(author), page) };
}

export async function generateMetadata({
  params,
}: PageProps<'/authors/[author]/page/[n]'>): Promise<Metadata> {
  const { view } = await viewOf(params);
  return view ? authorMetadata(view.author, view.page) : {};
}

export default async function AuthorArchivePage({ params }: PageProps<'/authors/[author]/page/[n]'>) {
  const { page, view } = await viewOf(params);
  if (!view) notFound();
  if (page === 1) permanentRedirect(authorUrl(view.author.slug));
  return <AuthorIndex view={view} />;
}
