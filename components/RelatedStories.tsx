import { StoryItem } from './StoryItem';
import type { ArticleCard } from '@/lib/content';

/** Stories on the same subject: the way on from the end of an article. */
export function RelatedStories({ stories }: { stories: ArticleCard[] }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="related-stories" className="space-y-2 border-t border-rule pt-4 print:hidden">
      <h2 id="related-stories" className="font-serif text-xl font-semibold text-ink">
        Related stories
      </h2>
      <ul className="space-y-2">
        {stories.map((story) => (
          <li key={story.url}>
            <StoryItem story={story} />
          </li>
        ))}
      </ul>
    </section>
  );
}
