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

/** Answers are given shorter lives from this long before an embargo ends (longer than any answer's s-maxage). */
export const RELEASE_HORIZON_MS = 3_600_000;
/** Past the release watcher's check, the time its revalidation takes to reach every page. */
export const RELEASE_RENDER_MS = 5_000;

/**
 * Until when a browser or proxy may keep an answer given at `at`, while a story's release is near
 * (docs/adr/017-scheduled-publishing.md). The instances list the story once the release watcher
 * has revalidated what shows it, at most `marginMs` (its check and the render) after its time.
 * Before a release an answer may be kept until then; after one, until the watcher has been, since
 * the pages it revalidates are the old ones until it has. `latest` is the newest released story's
 * time, `next` the next embargo's end; a `next` already past (times read a moment ago) counts as
 * the latest. Undefined when no release is near.
 */
export function releaseKeepUntil(
  at: number,
  { latest, next }: { latest: number; next: number },
  marginMs: number,
): number | undefined {
  const last = next <= at ? Math.max(latest, next) : latest;
  if (at < last + marginMs) return last + marginMs;
  if (next > at && next - at < RELEASE_HORIZON_MS) return next + marginMs;
  return undefined;
}

/**
 * Cache-Control on `res`, however it is set, cut so that no browser or proxy keeps the answer
 * past `untilMs` (releaseKeepUntil): no copy made before a release outlives it.
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
