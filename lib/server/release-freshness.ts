import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * `value` with every `max-age` and `s-maxage` longer than `seconds` cut to `seconds`. An
 * `immutable` answer (a picture, a script by its hashed name) never changes, and is left alone.
 */
export function cappedCacheControl(value: string, seconds: number): string {
  if (/\bimmutable\b/.test(value)) return value;
  return value.replace(/\b(s-maxage|max-age)=(\d+)/g, (whole, name: string, n: string) =>
    Number(n) > seconds ? `${name}=${seconds}` : whole,
  );
}

/**
 * Scheduled publishing through caches (docs/adr/017-scheduled-publishing.md): while a story's
 * embargo ends within an answer's lifetime, a browser or proxy may keep the answer only until
 * then (plus `marginMs`, the time the release watcher takes to revalidate), so that no copy made
 * before the release outlives it.
 */
export function keepNoLongerThan(res: ServerResponse, untilMs: number, nowMs: number): void {
  const seconds = Math.max(1, Math.ceil((untilMs - nowMs) / 1000));
  const setHeader = res.setHeader;
  res.setHeader = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
    const capped = name.toLowerCase() === 'cache-control' && typeof value === 'string';
    return setHeader.call(this, name, capped ? cappedCacheControl(value, seconds) : value);
  } as ServerResponse['setHeader'];
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as OutgoingHttpHeaders | undefined;
    if (headers && !Array.isArray(headers))
      for (const name of Object.keys(headers))
        if (name.toLowerCase() === 'cache-control' && typeof headers[name] === 'string')
          headers[name] = cappedCacheControl(headers[name] as string, seconds);
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse['writeHead'];
}
