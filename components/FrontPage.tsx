import Link from 'next/link';
import { ArticleList } from './ArticleList';
import { StoryItem } from './StoryItem';
import { Picture } from './Picture';
import type { ArticleCard, FrontPageView } from '@/lib/content';
import { PICTURE_SIZES } from '@/lib/media/picture';

const sectionHeading = 'border-b-2 border-brand-700 pb-1 font-serif text-xl font-bold';

/** The lead story: its picture across the column, the largest paint of the front page. */
function LeadStory({ story }: { story: ArticleCard }) {
  return (
    <article aria-labelledby="lead-story" className="space-y-3">
      {story.picture && (
        <Picture
          picture={story.picture}
          sizes={PICTURE_SIZES.lead}
          priority
          className="h-auto w-full rounded"
        />
      )}
      <h2 id="lead-story" className="font-serif text-2xl font-bold leading-tight sm:text-3xl">
        <Link href={story.url} className="text-ink hover:text-link hover:underline">
          {story.title}
        </Link>
      </h2>
      <p className="text-lg text-ink-soft">{story.summary}</p>
      <p className="text-xs text-muted">
        <Link href={story.section.url} className="hover:underline">
          {story.section.name}
        </Link>
        {' · '}
        <time dateTime={story.published.iso}>{story.published.line}</time>
      </p>
    </article>
  );
}

function LatestStories({ stories }: { stories: ArticleCard[] }) {
  return (
    <section aria-labelledby="home-latest">
      <h2 id="home-latest" className={sectionHeading}>
        Latest
      </h2>
      <ol className="divide-y divide-rule">
        {stories.map((story) => (
          <li key={story.url} className="py-2">
            <StoryItem story={story} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The front page: lead and latest side by side on a wide screen, then the sections. */
export function FrontPage({ view }: { view: FrontPageView }) {
  return (
    <div className="space-y-8">
      <div className="grid gap-8 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        {view.lead && <LeadStory story={view.lead} />}
        {view.latest.length > 0 && <LatestStories stories={view.latest} />}
      </div>
      <div className="space-y-8">
        {view.sections.map(({ section, stories }) => (
          <section key={section.id} aria-labelledby={`home-${section.id}`}>
            <h2 id={`home-${section.id}`} className={sectionHeading}>
              <Link href={section.url} className="hover:text-link hover:underline">
                {section.name}
              </Link>
            </h2>
            <ArticleList articles={stories} headingLevel="h3" showSummary={false} />
          </section>
        ))}
      </div>
    </div>
  );
}
