import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionIndex } from '@/components/SectionIndex';
import { getSection, listSectionArticles, listSections } from '@/lib/content';
import { sectionMetadata } from '@/lib/seo/metadata';

export const revalidate = 60;

export function generateStaticParams() {
  return listSections().map((section) => ({ section: section.id }));
}

export async function generateMetadata({ params }: PageProps<'/news/[section]'>): Promise<Metadata> {
  const section = getSection((await params).section);
  return section ? sectionMetadata(section, 1) : {};
}

export default async function SectionPage({ params }: PageProps<'/news/[section]'>) {
  const view = listSectionArticles((await params).section, 1);
  if (!view) notFound();
  return <SectionIndex view={view} />;
}
