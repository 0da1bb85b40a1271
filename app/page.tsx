import type { Metadata } from 'next';
import { FrontPage } from '@/components/FrontPage';
import { JsonLd } from '@/components/JsonLd';
import { frontPage } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { homeJsonLd } from '@/lib/seo/structured-data';
import { site } from '@/lib/site';

export const revalidate = 60;

export const metadata: Metadata = pageMetadata({ description: site.description, path: '/' });

export default function HomePage() {
  return (
    <>
      <JsonLd data={homeJsonLd()} />
      <h1 className="sr-only">{site.name}: the latest news</h1>
      <FrontPage view={frontPage()} />
    </>
  );
}
