import { CACHE_POLICY } from './cache-policy';

/** A JSON error with a short reason, never cached. */
export function errorResponse(
  status: number,
  reason: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error: reason },
    { status, headers: { 'cache-control': CACHE_POLICY.none, ...headers } },
  );
}

/** A handler for the methods a route does not serve: 405 with the ones it does. */
export function methodNotAllowed(...allowed: string[]) {
  return function notAllowed(request: Request): Response {
    return errorResponse(405, `${request.method} is not allowed here; use ${allowed.join(' or ')}`, {
      allow: allowed.join(', '),
    });
  };
}
