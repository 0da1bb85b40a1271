import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/PageHeading';
import { PLACES } from '@/lib/content';
import { documentTitle } from '@/lib/seo/metadata';

export const metadata: Metadata = { title: documentTitle('Page not found') };

export default function NotFound() {
  return (
    <div className="space-y-4">
      <PageHeading
        title="Page not found"
        intro="There is no page at this address. It may have moved, or the link may be mistyped."
      />
      <ul className="list-disc space-y-1 pl-5">
        {[PLACES.home, PLACES.news, PLACES.introduction].map((place) => (
          <li key={place.url}>
            <Link href={place.url} className="text-link underline">
              {place.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
