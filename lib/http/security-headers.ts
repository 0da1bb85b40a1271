/**
 * The Content-Security-Policy of every answer. Pages are regenerated statically, so a nonce (new
 * for every response) cannot be used without rendering every page on every request
 * (docs/adr/011-hostile-requests.md): scripts are held to the site's own origin and the inline
 * scripts Next writes into the HTML. Nothing is loaded from elsewhere.
 */
export function contentSecurityPolicy({ dev = false } = {}): string {
  return [
    "default-src 'self'",
    // Next's inline flight data; `next dev` also evaluates code for fast refresh.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
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
