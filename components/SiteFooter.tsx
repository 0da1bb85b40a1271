import Link from 'next/link';
import { PLACES } from '@/lib/content';

interface SiteFooterProps {
  siteName: string;
  description: string;
}

export function SiteFooter({ siteName, description }: SiteFooterProps) {
  return (
    <footer className="border-t border-rule bg-surface text-sm text-ink-soft print:hidden">
      <div className="mx-auto max-w-page space-y-2 px-4 py-6">
        <p className="font-semibold text-ink">{siteName}</p>
        <p>{description}</p>
        <p>
          <Link href={PLACES.news.url} className="underline hover:text-link">
            {PLACES.news.name}
          </Link>{' '}
          ·{' '}
          <Link href={PLACES.introduction.url} className="underline hover:text-link">
            {PLACES.introduction.name}
          </Link>
        </p>
      </div>
    </footer>
  );
}
