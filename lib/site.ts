/** Everything about the site that varies by deployment or by editorial choice lives here. */
export const site = {
  name: 'Shandong On Internet',
  description:
    'English-language news from Shandong province: China, Shandong, world and business news, and an introduction to the province.',
  url: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  language: 'en',
  timeZone: 'Asia/Shanghai',
  /** Articles per section index page. */
  sectionPageSize: 10,
  /** Stories per section on the home page. */
  homeStoriesPerSection: 4,
  /** Stories on /news. */
  newsIndexSize: 20,
  /** Headlines in the sidebar list. */
  sidebarListSize: 10,
  /** Newest articles of each section rendered at build; older ones render on first request. */
  prerenderPerSection: Number(process.env.PRERENDER_PER_SECTION) || 20,
  /**
   * Seconds before a cached page is regenerated. Route files repeat this number as a literal
   * (Next reads `export const revalidate` statically); test/revalidate.test.ts keeps them equal.
   */
  revalidateSeconds: 300,
  /** The Markdown and data files that the content build reads. */
  contentDir: process.env.CONTENT_DIR || 'content',
  /** Where Contentlayer's output is read from at run time. */
  contentlayerDir: process.env.CONTENTLAYER_DIR || '.contentlayer',
} as const;
