/**
 * What each publish changed, and when (docs/adr/022-a-publish-outlives-a-restart.md). The
 * publisher writes it beside the site index before it tells any instance; every instance reads it
 * when it starts and whenever it changes, so a page cached before a publish that changed it is
 * never served again: not after a restart, a crash, a deploy, nor by an instance the publish could
 * not reach.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fileVersion } from '../file-version';
import { site } from '../site';

export const PUBLISH_RECORD_FILE = 'published.json';

/**
 * Paths kept one by one; past this many, the record says "everything, as of the newest of them"
 * instead. Only publishes write it, but a file every instance reads stays small.
 */
export const PUBLISH_RECORD_MAX_PATHS = 20_000;

const publishRecordSchema = z.object({
  /** Every page changed at this time (a takedown, a new section, an author edited). */
  all: z.number().finite().optional(),
  /** A path changed at this time, each later than `all`. */
  paths: z.record(z.string(), z.number().finite()),
});

export type PublishRecord = z.infer<typeof publishRecordSchema>;

/** What a publish changed: every page, or the pages at these paths. */
export type PublishedChange = { all: true } | { paths: readonly string[] };

/**
 * The record in `file`: undefined when there is none, 'damaged' when the file is there but holds
 * no record (a publish happened, but what it changed cannot be known).
 */
export function readPublishRecord(file: string): PublishRecord | 'damaged' | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'damaged';
  }
  return parsePublishRecord(text) ?? 'damaged';
}

/** The edition's record as last read: its file's version and time, and what it holds. */
export interface CurrentPublishRecord {
  version: string;
  /** The file's time: what a damaged record counts from. */
  writtenAt: number;
  record: PublishRecord | 'damaged';
}

let current: CurrentPublishRecord | undefined;

/**
 * The record beside the site index, undefined when no publish has written one. Looked at on every
 * call (a stat) and read again only when a publish has renamed a new one into place.
 */
export function currentPublishRecord(): CurrentPublishRecord | undefined {
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), site.editionDir, PUBLISH_RECORD_FILE);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  const version = fileVersion(stat);
  if (current?.version !== version)
    current = { version, writtenAt: stat.mtimeMs, record: readPublishRecord(file) ?? 'damaged' };
  return current;
}

/**
 * When a publish last changed every page (a takedown among them): -Infinity when none did. A
 * feed's `Last-Modified` is never earlier, so a reader holding a copy with a story since taken
 * down is not told it is current. A damaged record counts from its file's time.
 */
export function lastChangeOfEverything(): number {
  const read = currentPublishRecord();
  if (!read) return -Infinity;
  return read.record === 'damaged' ? read.writtenAt : (read.record.all ?? -Infinity);
}

/** The record read from its file's text, or undefined when it is not one. */
export function parsePublishRecord(text: string): PublishRecord | undefined {
  try {
    const parsed = publishRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** `record` with `change` made at `at`: paths no later than a change of everything are dropped. */
export function withPublish(record: PublishRecord | undefined, change: PublishedChange, at: number): PublishRecord {
  const previous = record ?? { paths: {} };
  if ('all' in change) return { all: Math.max(at, previous.all ?? at), paths: {} };
  const paths = { ...previous.paths };
  for (const path of change.paths) paths[path] = Math.max(at, paths[path] ?? at);
  const times = Object.values(paths);
  if (times.length > PUBLISH_RECORD_MAX_PATHS)
    return { all: Math.max(previous.all ?? -Infinity, ...times), paths: {} };
  return { ...(previous.all !== undefined && { all: previous.all }), paths };
}

/** Characters outside tab and printable ASCII, as Next percent-encodes them in cache tags. */
const OUTSIDE_HEADER_TEXT = /[^\t\x20-\x7e]+/g;

/**
 * The cache tags Next gives a page at `path` and revalidates for `revalidatePath(path)`, and for
 * the whole site `revalidatePath('/', 'layout')` (next/dist/server/web/spec-extension/revalidate.js).
 */
export function cacheTagsOf(change: { all: true } | { path: string }): string[] {
  if ('all' in change) return ['_N_T_/layout'];
  const path = change.path.length > 1 ? change.path.replace(/\/$/, '') : change.path;
  const tag = `_N_T_${path.replace(OUTSIDE_HEADER_TEXT, (run) => encodeURIComponent(run))}`;
  if (path === '/') return [tag, '_N_T_/index'];
  if (path === '/index') return [tag, '_N_T_/'];
  return [tag];
}
