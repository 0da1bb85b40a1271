/**
 * True when the raw request target holds a "." or ".." path segment, written plainly or
 * percent-encoded. URL parsers resolve those segments, so "/news/%2e%2e" would otherwise
 * be served as "/" (a 200 with the wrong page) instead of a 404.
 */
export function hasDotSegment(rawUrl: string | undefined): boolean {
  const path = (rawUrl ?? '').split(/[?#]/, 1)[0];
  const decoded = path.replace(/%2e/gi, '.').replace(/%2f|%5c|\\/gi, '/');
  return decoded.split('/').some((segment) => segment === '.' || segment === '..');
}
