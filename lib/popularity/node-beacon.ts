import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROCESS_KEYS, setProcessValue } from '../process-keys';
import { recordViewBeacon } from './wiring';

/** POST /api/views straight from Node's HTTP server: the same checks as the route handler. */
export async function serveViewBeacon(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const result = await recordViewBeacon({
    contentType: header('content-type'),
    contentLength: header('content-length'),
    userAgent: header('user-agent'),
    clientIp: header('x-client-ip'),
    body: req,
  });
  res.writeHead(result.status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...result.headers,
  });
  res.end(JSON.stringify(result.body));
}

export function registerViewBeaconHandler(): void {
  setProcessValue(PROCESS_KEYS.viewBeacon, serveViewBeacon);
}
