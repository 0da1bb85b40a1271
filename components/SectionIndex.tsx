import { StoryListing } from './StoryListing';
import { newsUrl, sectionPageUrl, type SectionPageView } from '@/lib/content';

export function SectionIndex({ view: { section, items, page, totalPages } }: { view: SectionPageView }) {
  return (
    <StoryListing
      crumbs={[
        { name: 'News', url: newsUrl },
        { name: section.name, url: section.url },
      ]}
      name={section.name}
      intro={section.description}
      items={items}
      page={page}
      totalPages={totalPages}
      urlFor={(n) => sectionPageUrl(section.id, n)}
    />
  );
}
