import Link from 'next/link';
import type { ReactNode } from 'react';
import { Thumbnail } from './Picture';
import type { ArticleCard } from '@/lib/content';

interface StoryItemProps {
  story: ArticleCard;
  /** The title's heading level; without one the title is a plain link (the short lists). */
  heading?: 'h2' | 'h3';
  /** The title as shown, when it is more than text (search marks the words found). */
  title?: ReactNode;
  /** A line under the title: the summary, or the words around a search's match. */
  summary?: ReactNode;
  /** The section as a link to its page (search, where sections are mixed), or as text. */
  sectionLink?: boolean;
  /** The story's thumbnail beside it, when it has a picture. */
  thumbnail?: boolean;
}

/** Every list's story: its title, an optional line under it, "section · time", a thumbnail. */
export function StoryItem({
  story,
  heading: Heading,
  title = story.title,
  summary,
  sectionLink = false,
  thumbnail = false,
}: StoryItemProps) {
  // Not prefetched (with PAGES_WITH_RUNTIME=1, when Next's runtime is in the page): a reader opens
  // one or two stories of a list, and prefetching every one would render them all on the server.
  const link = (
    <Link
      href={story.url}
      prefetch={false}
      className={
        Heading
          ? 'text-ink hover:text-link hover:underline'
          : 'font-semibold leading-snug text-ink hover:text-link hover:underline'
      }
    >
      {title}
    </Link>
  );
  return (
    <article className="flex gap-4">
      <div className="min-w-0 flex-1">
        {Heading ? <Heading className="font-serif text-lg font-semibold leading-snug">{link}</Heading> : link}
        {summary && <p className="mt-1 text-ink-soft">{summary}</p>}
        <p className="mt-1 text-xs text-muted">
          {sectionLink ? (
            <Link href={story.section.url} prefetch={false} className="hover:underline">
              {story.section.name}
            </Link>
          ) : (
            story.section.name
          )}
          {' · '}
          <time dateTime={story.published.iso}>{story.published.line}</time>
        </p>
      </div>
      {thumbnail && story.picture && <Thumbnail picture={story.picture} />}
    </article>
  );
}
