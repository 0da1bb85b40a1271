import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * A JSON answer written straight to Node's response (the fast paths that skip Next's routing):
 * its length, `nosniff`, then the caller's headers (Cache-Control among them). No body for HEAD.
 */
export function writeJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders,
  { head = false }: { head?: boolean } = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(head ? undefined : text);
}
