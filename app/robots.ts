import type { MetadataRoute } from 'next';
import { serverIndexable } from '@/lib/seo/indexing';
import { NEWS_SITEMAP_PATH, SITEMAP_PATH } from '@/lib/seo/sitemaps';
import { absoluteUrl } from '@/lib/seo/urls';

// Decided by the running server's SITE_ENV, not the build's.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  if (!serverIndexable()) return { rules: { userAgent: '*', disallow: '/' } };
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
