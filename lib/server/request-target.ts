/**
 * What the production server decides about a request target before Next sees it
 * (docs/adr/011-hostile-requests.md): a target that is not a plain path is refused with the
 * reason, and a path that can only be a not-found page is answered as one, so Next never renders
 * (and never caches) anything for it.
 */
export type TargetVerdict =
  | { kind: 'pass' }
  | { kind: 'not-found' }
  /** The one URL of what another spelling named (a tag's). */
  | { kind: 'redirect'; location: string }
  | { kind: 'bad'; status: 400 | 405 | 505; reason: string; headers?: Record<string, string> };

/**
 * Whether a path under one of the site's dynamic routes names something published (or the path
 * that does, for another spelling of it); undefined outside those routes.
 */
export type PathOracle = (segments: readonly string[]) => boolean | string | undefined;

/** The longest request target answered at all: the longest real URL of the site is under 300. */
export const MAX_TARGET_LENGTH = 4096;

/**
 * True when the raw path holds a "." or ".." segment, written plainly or percent-encoded. URL
 * parsers resolve those segments, so "/news/%2e%2e" would otherwise be served as "/" (a 200
 * with the wrong page) instead of a 404.
 */
export function hasDotSegment(rawPath: string): boolean {
  const decoded = rawPath.replace(/%2e/gi, '.').replace(/%2f|%5c|\\/gi, '/');
  return decoded.split('/').some((segment) => segment === '.' || segment === '..');
}

/** The path's segments, percent-decoded; undefined when an escape is malformed or not UTF-8. */
function decodedSegments(rawPath: string): string[] | undefined {
  try {
    return rawPath.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/**
 * The path in the one spelling URLs share (RFC 3986 6.2.2): escapes of letters, digits and
 * "-._~" decoded, every other escape in upper case. Next's router matches the path as written,
 * so "/%6Eews" would reach its not-found page while the guard judged "/news", and "/%73earch"
 * would run a search under another name.
 */
export function normalizedPath(rawPath: string): string {
  return rawPath.replace(/%[0-9a-f]{2}/gi, (escape) => {
    const char = String.fromCharCode(parseInt(escape.slice(1), 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : escape.toUpperCase();
  });
}

export function judgeRequestTarget(rawUrl: string | undefined, isPublished: PathOracle): TargetVerdict {
  const target = rawUrl ?? '';
  // "*" (OPTIONS *) and the absolute form (GET http://other.example/) name no page of ours, and
  // Next would answer the second with a redirect to the host it names.
  if (!target.startsWith('/'))
    return { kind: 'bad', status: 400, reason: 'The request target must be a path beginning with "/".' };
  // "//host/…" and "/\host/…" are read by URL parsers as another host, not as a path of this site.
  if (target[1] === '/' || target[1] === '\\')
    return { kind: 'bad', status: 400, reason: 'The request target must not begin with "//".' };
  if (target.length > MAX_TARGET_LENGTH) return { kind: 'not-found' };
  const rawPath = target.split(/[?#]/, 1)[0];
  if (hasDotSegment(rawPath)) return { kind: 'not-found' };
  const segments = decodedSegments(rawPath);
  if (!segments) return { kind: 'bad', status: 400, reason: 'The path holds a malformed percent-escape.' };
  // "/news/china-news/" is redirected by Next to the path without the slash, when that path exists.
  const named = segments.length > 1 && segments.at(-1) === '' ? segments.slice(0, -1) : segments;
  const known = isPublished(named);
  const query = target.includes('?') ? target.slice(target.indexOf('?')) : '';
  if (typeof known === 'string') return { kind: 'redirect', location: `${known}${query}` };
  if (known === false) return { kind: 'not-found' };
  const normalized = normalizedPath(rawPath);
  return normalized === rawPath ? { kind: 'pass' } : { kind: 'redirect', location: `${normalized}${query}` };
}

export interface RequestHead {
  method: string | undefined;
  url: string | undefined;
  httpVersionMajor: number;
  /** How many Host headers the request carries. */
  hosts: number;
}

/** Methods a page or feed answers. */
const READ_METHODS = new Set(['GET', 'HEAD']);

/** The only paths that take another method: the view beacon and on-demand revalidation. */
export const WRITE_ENDPOINTS: Readonly<Record<string, readonly string[]>> = {
  '/api/views': ['POST'],
  '/api/revalidate': ['POST'],
};

/** The request line and Host, then the target: what a request must be before anything reads it. */
export function judgeRequestHead(head: RequestHead, isPublished: PathOracle): TargetVerdict {
  if (head.httpVersionMajor !== 1)
    return { kind: 'bad', status: 505, reason: 'Only HTTP/1.0 and HTTP/1.1 are spoken here.' };
  if (head.hosts > 1) return { kind: 'bad', status: 400, reason: 'A request carries one Host header.' };
  const verdict = judgeRequestTarget(head.url, isPublished);
  const method = head.method ?? '';
  if (verdict.kind === 'bad' || READ_METHODS.has(method)) return verdict;
  // Compared as sent: "/api/%2e%2e/" or "/api/views/" is no endpoint, whatever a parser makes of it.
  const written = WRITE_ENDPOINTS[head.url!.split(/[?#]/, 1)[0]];
  if (written?.includes(method)) return verdict;
  const allow = ['GET', 'HEAD', ...(written ?? [])].join(', ');
  return {
    kind: 'bad',
    status: 405,
    reason: written
      ? `${method} is not allowed here; this endpoint answers ${allow}.`
      : `${method} is not allowed here; pages and feeds answer GET and HEAD.`,
    headers: { allow },
  };
}
