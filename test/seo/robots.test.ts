import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** lib/site reads SITE_ENV when it is first imported, as a server does when it starts. */
async function withEnv(nodeEnv: string, siteEnv: string | undefined) {
  vi.stubEnv('NODE_ENV', nodeEnv);
  vi.stubEnv('SITE_ENV', siteEnv);
  const [metadata, indexing, robots] = await Promise.all([
    import('@/lib/seo/metadata'),
    import('@/lib/seo/indexing'),
    import('@/app/robots'),
  ]);
  return { meta: metadata.robotsMetadata(), headers: indexing.serverWideHeaders(), robots: robots.default() };
}

describe('who may index the site', () => {
  it.each([undefined, 'production', 'anything else'])(
    'a production server with SITE_ENV=%s is indexable',
    async (env) => {
      const { meta, headers, robots } = await withEnv('production', env);
      expect(meta).toEqual({ index: true, follow: true, 'max-image-preview': 'large' });
      expect(headers).toEqual({});
      expect(robots.rules).toEqual({ userAgent: '*', allow: '/', disallow: ['/search', '/api/search'] });
      expect(robots.sitemap).toHaveLength(2);
    },
  );

  it('a staging server says noindex in a header on every answer and in robots.txt, pages unchanged', async () => {
    const { meta, headers, robots } = await withEnv('production', 'staging');
    // Pages rendered at build and at run time carry the same meta; the header decides at run time.
    expect(meta).toEqual({ index: true, follow: true, 'max-image-preview': 'large' });
    expect(headers).toEqual({ 'x-robots-tag': 'noindex, nofollow' });
    expect(robots.rules).toEqual({ userAgent: '*', disallow: '/' });
  });

  it('next dev stays out of the index', async () => {
    const { meta, headers, robots } = await withEnv('development', undefined);
    expect(meta).toEqual({ index: false, follow: false, 'max-image-preview': 'large' });
    expect(headers).toEqual({ 'x-robots-tag': 'noindex, nofollow' });
    expect(robots.rules).toEqual({ userAgent: '*', disallow: '/' });
  });
});
