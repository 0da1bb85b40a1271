import type { Metadata } from 'next';
import { TagCloud } from '@/components/TagCloud';
import { listTags } from '@/lib/content';
import { tagsMetadata } from '@/lib/seo/metadata';

export const revalidate = 60;

export const metadata: Metadata = tagsMetadata();

export default function TagsPage() {
  return <TagCloud tags={listTags()} />;
}
