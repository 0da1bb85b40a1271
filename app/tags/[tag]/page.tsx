import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagIndex } from '@/components/TagIndex';
import { listTagArticles, paramValue, prerenderedTagParams } from '@/lib/content';
import { tagMetadata } from '@/lib/seo/metadata';

export const revalidate = 60;

export function generateStaticParams() {
  return prerenderedTagParams();
}

export async function generateMetadata({ params }: PageProps<'/tags/[tag]'>): Promise<Metadata> {
  const view = listTagArticles(paramValue((await params).tag), 1);
  return view ? tagMetadata(view.tag, 1) : {};
}

export default async function TagPage({ params }: PageProps<'/tags/[tag]'>) {
  const view = listTagArticles(paramValue((await params).tag), 1);
  if (!view) notFound();
  return <TagIndex view={view} />;
}
