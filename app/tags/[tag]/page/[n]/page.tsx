import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { TagIndex } from '@/components/TagIndex';
import { listTagArticles, paramValue, parsePageNumber, tagUrl } from '@/lib/content';
import { tagMetadata } from '@/lib/seo/metadata';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

async function viewOf(params: PageProps<'/tags/[tag]/page/[n]'>['params']) {
  const { tag, n } = await params;
  const page = parsePageNumber(n);
  return { page, view: page === undefined ? undefined : listTagArticles(paramValue(tag), page) };
}

export async function generateMetadata({ params }: PageProps<'/tags/[tag]/page/[n]'>): Promise<Metadata> {
  const { view } = await viewOf(params);
  return view ? tagMetadata(view.tag, view.page) : {};
}

export default async function TagArchivePage({ params }: PageProps<'/tags/[tag]/page/[n]'>) {
  const { page, view } = await viewOf(params);
  if (!view) notFound();
  if (page === 1) permanentRedirect(tagUrl(view.tag.slug));
  return <TagIndex view={view} />;
}
