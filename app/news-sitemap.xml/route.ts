import { newsSitemapEntries, renderNewsSitemap } from '@/lib/seo/sitemaps';
import { xmlResponse } from '@/lib/seo/xml-response';

// "The last 48 hours" moves with the clock, so this one is built per request.
export const dynamic = 'force-dynamic';

export function GET() {
  return xmlResponse(renderNewsSitemap(newsSitemapEntries()));
}
