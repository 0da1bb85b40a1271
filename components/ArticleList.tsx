import Link from 'next/link';
import { Thumbnail } from './Picture';
import type { ArticleCard } from '@/lib/content';

interface ArticleListProps {
  articles: ArticleCard[];
  /** Heading level of each story's title inside the list. */
  headingLevel?: 'h2' | 'h3';
  showSection?: boolean;
  showSummary?: boolean;
}

export function ArticleList({
  articles,
  headingLevel: Heading = 'h2',
  showSection = false,
  showSummary = true,
}: ArticleListProps) {
  return (
    <ul className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.url} className="py-3">
          <article className="flex gap-4">
            <div className="min-w-0 flex-1">
              <Heading className="font-serif text-lg font-semibold leading-snug">
                <Link href={article.url} className="text-ink hover:text-link hover:underline">
                  {article.title}
                </Link>
              </Heading>
              {showSummary && <p className="mt-1 text-ink-soft">{article.summary}</p>}
              <p className="mt-1 text-xs text-muted">
                {showSection && <span>{article.section.name} · </span>}
                <time dateTime={article.published.iso}>{article.published.line}</time>
              </p>
            </div>
            {article.picture && <Thumbnail picture={article.picture} />}
          </article>
        </li>
      ))}
    </ul>
  );
}
