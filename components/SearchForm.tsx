import type { SectionLink } from '@/lib/content';
import { SEARCH_PATH } from '@/lib/search/paths';
import type { SearchRequest } from '@/lib/search/query';

interface SearchFormProps {
  request: SearchRequest;
  sections: SectionLink[];
  maxLength: number;
}

const fieldClass = 'mt-1 block w-full rounded border border-field bg-page px-2 py-1.5 text-ink';
const DAY_FIELDS = [
  { name: 'from', label: 'From' },
  { name: 'to', label: 'To' },
] as const;
const labelClass = 'block text-sm font-medium text-ink';

/** The results page's own form: the words again, and the filters and order that narrow them. */
export function SearchForm({ request, sections, maxLength }: SearchFormProps) {
  return (
    <search>
      <form action={SEARCH_PATH} method="get" className="space-y-3">
        <div>
          <label htmlFor="search-words" className={labelClass}>
            Search for
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id="search-words"
              type="search"
              name="q"
              defaultValue={request.text}
              maxLength={maxLength}
              className="min-w-0 flex-1 rounded border border-field bg-page px-3 py-2 text-ink"
            />
            <button
              type="submit"
              className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600"
            >
              Search
            </button>
          </div>
        </div>
        <fieldset className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <legend className="sr-only">Narrow the results</legend>
          <div className="col-span-2 sm:col-span-1">
            <label htmlFor="search-section" className={labelClass}>
              Section
            </label>
            <select
              id="search-section"
              name="section"
              defaultValue={request.section ?? ''}
              className={fieldClass}
            >
              <option value="">All sections</option>
              {sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          </div>
          {DAY_FIELDS.map(({ name, label }) => (
            <div key={name}>
              <label htmlFor={`search-${name}`} className={labelClass}>
                {label}
              </label>
              <input
                id={`search-${name}`}
                type="date"
                name={name}
                defaultValue={request[name]}
                className={fieldClass}
              />
            </div>
          ))}
          <div className="col-span-2 sm:col-span-1">
            <label htmlFor="search-sort" className={labelClass}>
              Order
            </label>
            <select id="search-sort" name="sort" defaultValue={request.sort} className={fieldClass}>
              <option value="relevance">Best match</option>
              <option value="newest">Newest first</option>
            </select>
          </div>
        </fieldset>
      </form>
    </search>
  );
}
