import Link from 'next/link';
import { PageHeading } from './PageHeading';
import type { TagView } from '@/lib/content';

/** Every topic, A to Z, with the number of stories: the way into the archive by subject. */
export function TagCloud({ tags }: { tags: TagView[] }) {
  return (
    <div className="space-y-4">
      <PageHeading
        title="Topics"
        intro="Every topic our stories are tagged with, and how many stories each has."
      />
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={tag.url}
              className="inline-block rounded border border-rule px-2 py-1 text-sm text-ink hover:border-brand-600 hover:text-link"
            >
              {tag.name} <span className="text-muted">({tag.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
