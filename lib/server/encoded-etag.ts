import type { IncomingMessage, ServerResponse } from 'node:http';

/** The codings the compression middleware chooses from: each marks the ETag of what it compressed. */
const CODING_MARK = /-(gzip|br|deflate)"$/;

/**
 * An answer compressed here is another representation than the uncompressed one, so it carries
 * another strong ETag (RFC 9110 8.8.1): `"abc"` sent gzipped is `"abc-gzip"`. A validator sent
 * back is given to Next without its mark, and a 304 carries the mark the validator had: the ETag
 * the 200 would carry (RFC 9110 15.4.5).
 */
export function markEncodedEtags(req: IncomingMessage, res: ServerResponse): void {
  const sent = req.headers['if-none-match'];
  let coding: string | undefined;
  if (sent) {
    req.headers['if-none-match'] = sent
      .split(',')
      .map((validator) => {
        const trimmed = validator.trim();
        const mark = CODING_MARK.exec(trimmed);
        coding ??= mark?.[1];
        return mark ? trimmed.replace(CODING_MARK, '"') : trimmed;
      })
      .join(', ');
  }
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    // Set by the compression middleware just before this runs, when it compresses.
    const encoding = status === 304 ? coding : this.getHeader('content-encoding');
    const etag = this.getHeader('etag');
    if (
      typeof encoding === 'string' &&
      encoding !== 'identity' &&
      typeof etag === 'string' &&
      !etag.startsWith('W/')
    )
      this.setHeader('etag', etag.replace(/"$/, `-${encoding}"`));
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse['writeHead'];
}
