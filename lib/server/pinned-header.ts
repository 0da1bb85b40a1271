import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * `name: value` on `res`, kept whatever sets the header later: Next applies next.config.ts's
 * headers to every answer after this server has set its own.
 */
export function pinHeader(res: ServerResponse, name: string, value: string): void {
  const lower = name.toLowerCase();
  res.setHeader(lower, value);
  const setHeader = res.setHeader;
  res.setHeader = function (
    this: ServerResponse,
    header: string,
    other: number | string | readonly string[],
  ) {
    return header.toLowerCase() === lower ? this : setHeader.call(this, header, other);
  } as ServerResponse['setHeader'];
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as OutgoingHttpHeaders | undefined;
    if (headers && !Array.isArray(headers))
      for (const header of Object.keys(headers)) if (header.toLowerCase() === lower) headers[header] = value;
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse['writeHead'];
}
