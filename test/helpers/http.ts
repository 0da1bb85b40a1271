/**
 * fetch on a connection of its own, closed after the answer, which is read whole before it is
 * returned. Node's fetch keeps connections open and reuses them; the servers under test close an
 * idle one after 5 s, and a test that blocks its thread for longer (a content build run with
 * spawnSync) would otherwise send its next request on a socket the server has already closed
 * ("other side closed"), however rarely. The body is read at once because Node 24's fetch trips
 * an assertion (`!this.paused`) when the server ends a connection whose answer nobody read.
 */
export async function fetchFresh(input: string | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('connection', 'close');
  const response = await fetch(input, { ...init, headers });
  const body = await response.arrayBuffer();
  const empty = init.method === 'HEAD' || [204, 205, 304].includes(response.status);
  return new Response(empty ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
