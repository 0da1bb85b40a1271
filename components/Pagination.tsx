import Link from 'next/link';

interface PaginationProps {
  page: number;
  totalPages: number;
  urlFor: (page: number) => string;
  /** The links to the page before and after: an archive's run from newer to older stories. */
  labels?: { previous: string; next: string };
}

const linkClass = 'block min-w-9 rounded border border-rule px-3 py-1 text-center hover:bg-brand-50';

const ARCHIVE_LABELS = { previous: 'Newer', next: 'Older' };

/** The first, the last and the pages around the current one: a 500-page archive stays a short list. */
export function pageWindow(page: number, totalPages: number, radius = 2): number[] {
  const pages = new Set([1, totalPages]);
  for (let n = Math.max(1, page - radius); n <= Math.min(totalPages, page + radius); n++) pages.add(n);
  return [...pages].sort((a, b) => a - b);
}

export function Pagination({ page, totalPages, urlFor, labels = ARCHIVE_LABELS }: PaginationProps) {
  if (totalPages <= 1) return null;
  const pages = pageWindow(page, totalPages);
  return (
    <nav aria-label="Pagination">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <Link href={urlFor(page - 1)} rel="prev" className={linkClass}>
              {labels.previous}
            </Link>
          </li>
        )}
        {pages.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - pages[i - 1] > 1 && <span aria-hidden="true">…</span>}
            <Link
              href={urlFor(n)}
              aria-current={n === page ? 'page' : undefined}
              aria-label={`Page ${n}`}
              className={`${linkClass} aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
            >
              {n}
            </Link>
          </li>
        ))}
        {page < totalPages && (
          <li>
            <Link href={urlFor(page + 1)} rel="next" className={linkClass}>
              {labels.next}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
