import { renderSitemapXml, sitemapEntries } from '@/lib/seo/sitemaps';
import { xmlResponse } from '@/lib/seo/xml-response';

export const revalidate = 60;

export function GET() {
  return xmlResponse(renderSitemapXml(sitemapEntries()));
}
