import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleDetail } from '@/components/ArticleDetail';
import { formatDateLine, getPreviewArticle } from '@/lib/content';
import { openPreview } from '@/lib/preview';
import { documentTitle } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

// A private preview (docs/adr/018-private-preview.md): rendered for each request, never kept in
// the page cache, Redis or nginx (proxy.ts marks it private, no-store), never counted as a view.
export const dynamic = 'force-dynamic';

async function previewOf(params: PageProps<'/preview/[token]'>['params']) {
  const { token } = await params;
  const grant = openPreview(token, site.previewSecret);
  const article = grant && (await getPreviewArticle(grant.story));
  return article && grant ? { article, expires: grant.expires } : undefined;
}

export async function generateMetadata({ params }: PageProps<'/preview/[token]'>): Promise<Metadata> {
  const preview = await previewOf(params);
  return {
    title: documentTitle(preview ? `Preview: ${preview.article.title}` : 'Preview'),
    robots: { index: false, follow: false },
    // The link is the key to the story: no request made from the page may carry it (docs/adr/018).
    referrer: 'no-referrer',
  };
}

export default async function PreviewPage({ params }: PageProps<'/preview/[token]'>) {
  // The server answers a link that is unsigned, altered or expired with 404 before this renders.
  const preview = await previewOf(params);
  if (!preview) notFound();
  const expires = new Date(preview.expires);
  return (
    <>
      <p role="note" className="mb-4 border-l-4 border-brand-700 bg-surface px-3 py-2 text-sm text-ink">
        <strong>Preview.</strong> This story is not published. This private link works until{' '}
        <time dateTime={expires.toISOString()}>{formatDateLine(expires)}</time> (Beijing time).
      </p>
      <ArticleDetail article={preview.article} preview />
    </>
  );
}
