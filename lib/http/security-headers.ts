/**
 * The Content-Security-Policy of every answer. Pages reach the browser without Next's scripts
 * (docs/adr/015-pages-as-html.md), so scripts are held to files of the site's own origin: no
 * inline script runs. `inlineScripts` is for pages served with Next's runtime, whose inline flight
 * data must run (the PAGES_WITH_RUNTIME switch, `next dev`); a nonce, new for every response,
 * would mean rendering every page on every request (docs/adr/011-hostile-requests.md).
 */
export function contentSecurityPolicy({
  dev = false,
  inlineScripts = dev,
}: { dev?: boolean; inlineScripts?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // `next dev` also evaluates code for fast refresh.
    `script-src 'self'${inlineScripts ? " 'unsafe-inline'" : ''}${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** Headers on every answer of the site, fixed at build (HSTS is decided at run time: lib/seo/indexing.ts). */
export function securityHeaders({ dev = false } = {}): { key: string; value: string }[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  ];
}

/** Browsers keep to https for two years once they have seen the site over it. */
export const HSTS = 'max-age=63072000; includeSubDomains';
