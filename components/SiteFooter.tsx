import Link from 'next/link';

interface SiteFooterProps {
  siteName: string;
  description: string;
}

export function SiteFooter({ siteName, description }: SiteFooterProps) {
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-page space-y-2 px-4 py-6">
        <p className="font-semibold text-slate-900">{siteName}</p>
        <p>{description}</p>
        <p>
          <Link href="/news" className="underline hover:text-brand-700">
            All news
          </Link>{' '}
          ·{' '}
          <Link href="/introduction" className="underline hover:text-brand-700">
            Shandong Introduction
          </Link>
        </p>
      </div>
    </footer>
  );
}
