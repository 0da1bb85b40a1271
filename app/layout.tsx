import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { MostPopular } from '@/components/MostPopular';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { SkipLink } from '@/components/SkipLink';
import { listSections } from '@/lib/content';
import { themeColor } from '@/lib/brand';
import { popularListForPages } from '@/lib/popularity';
import { OPENSEARCH_PATH } from '@/lib/search/paths';
import { siteMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = siteMetadata();
export const viewport: Viewport = { themeColor };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const popular = await popularListForPages();
  return (
    <html lang={site.language}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        {/* npm start puts the breaking-news banner here as the page is sent (lib/breaking.ts). */}
        <div id="breaking-news" />
        {/* React places this link in the head: browsers offer to add the site's search. */}
        <link
          rel="search"
          type="application/opensearchdescription+xml"
          href={OPENSEARCH_PATH}
          title={site.name}
        />
        <SiteHeader
          siteName={site.name}
          sections={listSections()}
          searchMaxLength={site.search.maxQueryLength}
        />
        <div className="mx-auto w-full max-w-page flex-1 px-4 py-6 lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-10 print:block">
          <main id="main-content" tabIndex={-1} className="min-w-0 focus:outline-none">
            {children}
          </main>
          <aside aria-label="Sidebar" className="mt-10 lg:mt-0 print:hidden">
            <MostPopular items={popular.items} />
          </aside>
        </div>
        <SiteFooter siteName={site.name} description={site.description} />
      </body>
    </html>
  );
}
