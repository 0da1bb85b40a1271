/**
 * A request body as text, or undefined when it is larger than `maxBytes`, declared or actual:
 * reading stops at the first byte past the limit.
 */
export async function readLimitedText(
  body: AsyncIterable<Uint8Array> | null,
  contentLength: string | null | undefined,
  maxBytes: number,
): Promise<string | undefined> {
  if (Number(contentLength) > maxBytes) return undefined;
  if (!body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
