// The hash the content build records for each content file (content-sources.json).
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

/** The SHA-256 of a file's bytes (base64url), read a piece at a time. */
export function hashFile(file: string): string {
  const digest = createHash('sha256');
  const piece = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let read; (read = readSync(fd, piece, 0, piece.length, null)) > 0;)
      digest.update(piece.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return digest.digest('base64url');
}
