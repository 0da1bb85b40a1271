import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/PageHeading';
import { listIntroductionPages, PLACES } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

export const revalidate = 60;

const description = 'A guide to Shandong province: its history, land, economy, culture and cities.';

export const metadata: Metadata = pageMetadata({
  title: PLACES.introduction.name,
  description,
  path: PLACES.introduction.url,
});

export default function IntroductionIndexPage() {
  return (
    <div className="space-y-4">
      <PageHeading title={PLACES.introduction.name} intro={description} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {listIntroductionPages().map((page) => (
          <li key={page.slug} className="rounded border border-rule p-4">
            <h2 className="font-serif text-lg font-semibold">
              <Link href={page.url} className="text-ink hover:text-link hover:underline">
                {page.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-ink-soft">{page.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
