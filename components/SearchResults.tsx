import Link from 'next/link';
import { PLACES } from '@/lib/content';
import type { SearchOutcome, SearchRequest } from '@/lib/search';
import { searchUrl } from '@/lib/search/paths';
import { MarkedText } from './MarkedText';
import { Pagination } from './Pagination';
import { StoryItem } from './StoryItem';

interface SearchResultsProps {
  request: SearchRequest;
  outcome: SearchOutcome;
}

function NothingFound({ request }: { request: SearchRequest }) {
  const narrowed = Boolean(request.section || request.from || request.to);
  return (
    <div className="space-y-2 text-ink">
      <p className="font-medium">No stories match “{request.text}”.</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>Check the spelling, or try another word for the same thing.</li>
        <li>Use fewer words: every word must appear in a story.</li>
        {narrowed && (
          <li>
            <Link
              href={searchUrl({ text: request.text, sort: request.sort })}
              className="text-link underline"
            >
              Search every section and date
            </Link>
          </li>
        )}
        <li>
          <Link href={PLACES.news.url} className="text-link underline">
            Browse all news
          </Link>
        </li>
      </ul>
    </div>
  );
}

/** A search's answer: how many stories match, a page of them, and the way to the others. */
export function SearchResults({ request, outcome }: SearchResultsProps) {
  if (outcome.kind === 'nothing-asked') {
    return <p className="text-ink-soft">Type a name, a place or a topic to find the stories about it.</p>;
  }
  if (outcome.kind === 'unavailable') {
    return <p role="status">Search is not available right now. Please try again in a few minutes.</p>;
  }
  if (outcome.kind === 'busy') {
    return <p role="status">Search is busy. Please try again in a moment.</p>;
  }
  if (outcome.total === 0) return <NothingFound request={request} />;
  const { total, more, page, totalPages, results } = outcome;
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm text-ink-soft">
        {more
          ? `More than ${total.toLocaleString('en')} stories`
          : total === 1
            ? '1 story'
            : `${total.toLocaleString('en')} stories`}{' '}
        match “{request.text}”{totalPages > 1 && ` · page ${page} of ${totalPages}`}
      </p>
      {results.length === 0 ? (
        <p>
          There are no results on this page.{' '}
          <Link href={searchUrl({ ...request, page: 1 })} className="text-link underline">
            Go to the first page
          </Link>
        </p>
      ) : (
        <ol className="divide-y divide-rule">
          {results.map(({ story, title, snippet }) => (
            <li key={story.url} className="py-3">
              <StoryItem
                story={story}
                heading="h2"
                title={<MarkedText parts={title} />}
                summary={<MarkedText parts={snippet} />}
                sectionLink
                thumbnail
              />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        totalPages={totalPages}
        urlFor={(n) => searchUrl({ ...request, page: n })}
        labels={{ previous: 'Previous', next: 'Next' }}
      />
    </div>
  );
}
