import { StoryItem } from './StoryItem';
import type { ArticleCard } from '@/lib/content';

interface ArticleListProps {
  articles: ArticleCard[];
  /** Heading level of each story's title inside the list. */
  headingLevel?: 'h2' | 'h3';
  showSummary?: boolean;
}

/** A list of stories with their thumbnails: a section's, a topic's, an author's, the front page's. */
export function ArticleList({ articles, headingLevel = 'h2', showSummary = true }: ArticleListProps) {
  return (
    <ul className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.url} className="py-3">
          <StoryItem
            story={article}
            heading={headingLevel}
            summary={showSummary ? article.summary : undefined}
            thumbnail
          />
        </li>
      ))}
    </ul>
  );
}
