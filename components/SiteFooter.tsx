import Link from 'next/link';

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
          <Link href="/news" className="underline hover:text-link">
            All news
          </Link>{' '}
          ·{' '}
          <Link href="/introduction" className="underline hover:text-link">
            Shandong Introduction
          </Link>
        </p>
      </div>
    </footer>
  );
}
