import type { Metadata } from 'next';
import Link from 'next/link';
import { JsonLd } from '@/components/JsonLd';
import { ArticleList } from '@/components/ArticleList';
import { latestArticles, listSections } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { homeJsonLd } from '@/lib/seo/structured-data';
import { site } from '@/lib/site';

export const revalidate = 60;

export const metadata: Metadata = pageMetadata({ description: site.description, path: '/' });

export default function HomePage() {
  const sections = listSections();
  return (
    <div className="space-y-8">
      <JsonLd data={homeJsonLd()} />
      <h1 className="sr-only">{site.name}: the latest news</h1>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`home-${section.id}`}>
          <h2
            id={`home-${section.id}`}
            className="border-b-2 border-brand-700 pb-1 font-serif text-xl font-bold"
          >
            <Link href={section.url} className="hover:text-link hover:underline">
              {section.name}
            </Link>
          </h2>
          <ArticleList articles={latestArticles(site.homeStoriesPerSection, section.id)} headingLevel="h3" />
        </section>
      ))}
    </div>
  );
}
