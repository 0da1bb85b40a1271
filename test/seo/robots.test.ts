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

describe('headers every answer carries', () => {
  it('asks browsers to keep to https only where the site is served over https', async () => {
    const { serverWideHeaders } = await import('@/lib/seo/indexing');
    vi.stubEnv('NODE_ENV', 'production');
    expect(serverWideHeaders('https://news.example')).toEqual({
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
    });
    expect(serverWideHeaders('http://localhost:3000')).toEqual({});
  });

  it('hold scripts to files of the site itself, and let only next dev evaluate code', async () => {
    const { contentSecurityPolicy } = await import('@/lib/http/security-headers');
    const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d]));
    const production = directives(contentSecurityPolicy());
    expect(production.get('script-src')).toBe("script-src 'self'");
    expect(directives(contentSecurityPolicy({ inlineScripts: true })).get('script-src')).toBe(
      "script-src 'self' 'unsafe-inline'",
    );
    expect(production.get('default-src')).toBe("default-src 'self'");
    expect(production.get('object-src')).toBe("object-src 'none'");
    expect(production.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directives(contentSecurityPolicy({ dev: true })).get('script-src')).toContain("'unsafe-eval'");
  });
});
