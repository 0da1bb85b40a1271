import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ifNoneMatchHits } from '../http/conditional';
import { errorResponse } from '../http/responses';
import { LOG_EVENTS, warn } from '../log';
import { site } from '../site';
import { DERIVATIVE_FILE, MEDIA_DIR, MEDIA_TYPES } from './recipe';
import { CACHE_POLICY } from '../http/cache-policy';

/** A derivative's name changes with its content, so a browser or proxy may keep it for a year. */

/** Where a derivative is read from, or undefined for a name no build makes. */
export function mediaFilePath(file: string): string | undefined {
  return DERIVATIVE_FILE.test(file) ? path.join(site.editionDir, MEDIA_DIR, file) : undefined;
}

/**
 * One derivative from the content build's media folder (lib/media/derive.ts). Nothing is made
 * or stored per request: a name the build did not make is a 404, whatever a stranger sends.
 */
export async function serveMedia(file: string, request: Request): Promise<Response> {
  const location = mediaFilePath(file);
  if (!location) return errorResponse(404, 'no such picture');
  const etag = `"${file}"`;
  let bytes: Buffer;
  try {
    // Read before any 304: "If-None-Match: *" must not make a picture that is not there look kept.
    bytes = await readFile(location);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return errorResponse(404, 'no such picture');
    warn(LOG_EVENTS.mediaReadFailed, error, { file });
    return errorResponse(503, 'the picture cannot be read just now', { 'retry-after': '60' });
  }
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: { etag, 'cache-control': CACHE_POLICY.immutable } });
  }
  const format = DERIVATIVE_FILE.exec(file)![3] as keyof typeof MEDIA_TYPES;
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': MEDIA_TYPES[format],
      'content-length': String(bytes.length),
      'cache-control': CACHE_POLICY.immutable,
      etag,
    },
  });
}
