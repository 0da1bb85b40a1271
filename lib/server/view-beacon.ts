import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROCESS_KEYS, setProcessValue } from '../process-keys';
import { recordViewBeacon } from '../popularity/wiring';
import { CACHE_POLICY } from '../http/cache-policy';
import { writeJson } from './json';

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
  writeJson(res, result.status, result.body, { 'cache-control': CACHE_POLICY.none, ...result.headers });
}

export function registerViewBeaconHandler(): void {
  setProcessValue(PROCESS_KEYS.viewBeacon, serveViewBeacon);
}
