import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/PageHeading';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="space-y-4">
      <PageHeading
        title="Page not found"
        intro="There is no page at this address. It may have moved, or the link may be mistyped."
      />
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link href="/" className="text-link underline">
            Home page
          </Link>
        </li>
        <li>
          <Link href="/news" className="text-link underline">
            All news
          </Link>
        </li>
        <li>
          <Link href="/introduction" className="text-link underline">
            Shandong Introduction
          </Link>
        </li>
      </ul>
    </div>
  );
}
