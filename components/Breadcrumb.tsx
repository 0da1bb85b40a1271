import Link from 'next/link';

export interface Crumb {
  name: string;
  url: string;
}

/** "Your Location: News > China News", every step a link. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted print:hidden">
      <span>Your Location: </span>
      <ol className="inline">
        {crumbs.map((crumb, i) => (
          <li key={crumb.url} className="inline">
            {i > 0 && <span aria-hidden="true"> &gt; </span>}
            <Link href={crumb.url} className="text-link underline underline-offset-2 hover:text-brand-900">
              {crumb.name}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
