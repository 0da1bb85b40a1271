import { StoryListing } from './StoryListing';
import { PLACES, tagPageUrl, type TagPageView } from '@/lib/content';

export function TagIndex({ view: { tag, items, page, totalPages } }: { view: TagPageView }) {
  const count = tag.count === 1 ? '1 story' : `${tag.count.toLocaleString('en')} stories`;
  return (
    <StoryListing
      crumbs={[PLACES.topics, { name: tag.name, url: tag.url }]}
      name={tag.name}
      intro={`${count} tagged “${tag.name}”, newest first.`}
      items={items}
      page={page}
      totalPages={totalPages}
      urlFor={(n) => tagPageUrl(tag.slug, n)}
    />
  );
}
