import { errorResponse } from '@/lib/http/responses';
import { renderUrlset, sitemapChunks, sitemapEntries } from '@/lib/seo/sitemaps';
import { xmlResponse } from '@/lib/seo/xml-response';

export const revalidate = 60;

/** `/sitemaps/<n>.xml`: one chunk of a sitemap too large for one file. */
export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const match = /^([1-9][0-9]{0,4})\.xml$/.exec((await params).file);
  const chunks = sitemapChunks(sitemapEntries());
  const chunk = match && chunks.length > 1 ? chunks[Number(match[1]) - 1] : undefined;
  if (!chunk) return errorResponse(404, 'no such sitemap file');
  return xmlResponse(renderUrlset(chunk));
}
