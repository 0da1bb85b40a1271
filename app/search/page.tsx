import type { Metadata } from 'next';
import { PageHeading } from '@/components/PageHeading';
import { SearchForm } from '@/components/SearchForm';
import { SearchResults } from '@/components/SearchResults';
import { listSections } from '@/lib/content';
import { readSearchRequest, searchStories, type SearchRequest } from '@/lib/search';
import { searchParamsOf } from '@/lib/search/paths';
import { documentTitle } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

// Every search is its own answer: nothing is rendered ahead or kept in the page cache.
export const dynamic = 'force-dynamic';

const EMPTY: SearchRequest = { text: '', sort: 'relevance', page: 1 };

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  const parsed = readSearchRequest(searchParamsOf(await searchParams));
  const text = parsed.ok ? parsed.request.text : '';
  return {
    title: documentTitle(text ? `Search: ${text}` : 'Search'),
    description: `Search the stories of ${site.name}.`,
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  // proxy.ts answers a request this cannot read with 400 before the page renders.
  const parsed = readSearchRequest(searchParamsOf(await searchParams));
  const request = parsed.ok ? parsed.request : EMPTY;
  return (
    <div className="space-y-6">
      <PageHeading title={request.text ? `Search: ${request.text}` : 'Search'} />
      <SearchForm request={request} sections={listSections()} maxLength={site.search.maxQueryLength} />
      {parsed.ok ? (
        <SearchResults request={request} outcome={await searchStories(request)} />
      ) : (
        <p role="alert">{parsed.reason}</p>
      )}
    </div>
  );
}
