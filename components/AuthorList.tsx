import Link from 'next/link';
import { PageHeading } from './PageHeading';
import type { AuthorView } from '@/lib/content';

/** /authors: everyone who writes for the site, A to Z, with their role and number of stories. */
export function AuthorList({ authors }: { authors: AuthorView[] }) {
  return (
    <div className="space-y-4">
      <PageHeading title="Authors" intro="The people who write our stories." />
      <ul className="divide-y divide-rule">
        {authors.map((author) => (
          <li key={author.slug} className="py-3">
            <h2 className="font-serif text-lg font-semibold">
              <Link href={author.url} className="text-ink hover:text-link hover:underline">
                {author.name}
              </Link>
            </h2>
            <p className="text-sm text-muted">
              {author.role && <span>{author.role} · </span>}
              {author.count === 1 ? '1 story' : `${author.count} stories`}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
