import { absoluteUrl } from '../seo/urls';
import type { SearchOutcome, SearchRequest } from './index';
import type { MarkedText } from './store';

const plain = (parts: MarkedText) => parts.map((part) => part.text).join('');

/** GET /api/search's body (README, "Search"): the results page's results, as data. */
export function searchResultsJson(
  request: SearchRequest,
  outcome: Extract<SearchOutcome, { kind: 'results' }>,
) {
  return {
    query: {
      q: request.text,
      section: request.section ?? null,
      from: request.from ?? null,
      to: request.to ?? null,
      sort: request.sort,
      page: request.page,
    },
    total: outcome.total,
    /** True when more stories match than `total` counts (the count stops at the last page). */
    totalIsAtLeast: outcome.more,
    page: outcome.page,
    totalPages: outcome.totalPages,
    results: outcome.results.map(({ story, title, snippet }) => ({
      title: plain(title),
      url: absoluteUrl(story.url),
      section: { id: story.section.id, name: story.section.name },
      published: story.published.iso,
      summary: story.summary,
      snippet: plain(snippet),
      /** The snippet in parts, the searched words marked. */
      snippetParts: snippet,
    })),
  };
}
