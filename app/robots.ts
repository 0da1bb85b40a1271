import type { MetadataRoute } from 'next';
import { SEARCH_API_PATH, SEARCH_PATH } from '@/lib/search/paths';
import { serverIndexable } from '@/lib/seo/indexing';
import { NEWS_SITEMAP_PATH, SITEMAP_PATH } from '@/lib/seo/sitemaps';
import { absoluteUrl } from '@/lib/seo/urls';

// Decided by the running server's SITE_ENV, not the build's.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  if (!serverIndexable()) return { rules: { userAgent: '*', disallow: '/' } };
  return {
    // Results pages are endless and say nothing the stories do not: crawlers keep out.
    rules: { userAgent: '*', allow: '/', disallow: [SEARCH_PATH, SEARCH_API_PATH] },
    sitemap: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
