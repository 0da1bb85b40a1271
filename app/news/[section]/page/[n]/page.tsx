import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { SectionIndex } from '@/components/SectionIndex';
import {
  listSectionArticles,
  listSections,
  parsePageNumber,
  sectionPageCount,
  sectionUrl,
} from '@/lib/content';
import { sectionMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const revalidate = 60;

export function generateStaticParams() {
  return listSections().flatMap((section) =>
    Array.from(
      { length: Math.min(sectionPageCount(section.id), site.prerenderSectionPages) - 1 },
      (_, i) => ({
        section: section.id,
        n: String(i + 2),
      }),
    ),
  );
}

export async function generateMetadata({ params }: PageProps<'/news/[section]/page/[n]'>): Promise<Metadata> {
  const { section, n } = await params;
  const view = listSectionArticles(section, parsePageNumber(n) ?? 0);
  return view ? sectionMetadata(view.section, view.page) : {};
}

export default async function SectionArchivePage({ params }: PageProps<'/news/[section]/page/[n]'>) {
  const { section, n } = await params;
  const page = parsePageNumber(n);
  if (page === undefined) notFound();
  const view = listSectionArticles(section, page);
  if (!view) notFound();
  if (page === 1) permanentRedirect(sectionUrl(section));
  return <SectionIndex view={view} />;
}
