import Link from 'next/link';
import type { TagLink } from '@/lib/content';

export function ArticleTags({ tags }: { tags: TagLink[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <h2 className="font-semibold">Topics</h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={tag.url}
              rel="tag"
              className="rounded bg-surface px-2 py-0.5 text-ink hover:underline"
            >
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
