import type { Metadata } from 'next';
import { AuthorList } from '@/components/AuthorList';
import { listAuthors } from '@/lib/content';
import { authorsMetadata } from '@/lib/seo/metadata';

export const revalidate = 60;

export const metadata: Metadata = authorsMetadata();

export default function AuthorsPage() {
  return <AuthorList authors={listAuthors()} />;
}
