import Link from 'next/link';
import { PLACES, type SectionLink } from '@/lib/content';
import { SearchBox } from './SearchBox';

interface SiteHeaderProps {
  siteName: string;
  sections: SectionLink[];
  searchMaxLength: number;
}

export function SiteHeader({ siteName, sections, searchMaxLength }: SiteHeaderProps) {
  const { news, introduction } = PLACES;
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight hover:underline sm:text-3xl">
          {siteName}
        </Link>
        <div className="flex w-full flex-wrap items-center gap-x-6 gap-y-3 sm:w-auto">
          <Link
            href={introduction.url}
            className="text-sm font-medium text-brand-100 hover:text-white hover:underline"
          >
            {introduction.name}
          </Link>
          <SearchBox maxLength={searchMaxLength} />
        </div>
      </div>
      <nav aria-label="Sections" className="bg-brand-900">
        <ul className="mx-auto flex max-w-page flex-wrap gap-x-1 px-2 text-sm font-medium">
          <li>
            <Link href={news.url} className="block px-2 py-2 hover:bg-brand-700 hover:underline">
              {news.name}
            </Link>
          </li>
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={section.url} className="block px-2 py-2 hover:bg-brand-700 hover:underline">
                {section.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href={introduction.url} className="block px-2 py-2 hover:bg-brand-700 hover:underline">
              {introduction.name}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
