import { SEARCH_PATH } from '@/lib/search/paths';

interface SearchBoxProps {
  maxLength: number;
}

/** The header's search: a plain GET form, so it works before (and without) any JavaScript. */
export function SearchBox({ maxLength }: SearchBoxProps) {
  return (
    <search className="w-full sm:w-auto">
      <form action={SEARCH_PATH} method="get" className="flex">
        <label htmlFor="header-search" className="sr-only">
          Search stories
        </label>
        <input
          id="header-search"
          type="search"
          name="q"
          maxLength={maxLength}
          placeholder="Search stories"
          className="min-w-0 flex-1 rounded-l border border-brand-100 bg-page px-3 py-1.5 text-sm text-ink placeholder:text-muted sm:w-56"
        />
        <button
          type="submit"
          className="rounded-r border border-l-0 border-brand-100 bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
        >
          Search
        </button>
      </form>
    </search>
  );
}
