/**
 * Publishes as every instance's cache sees them (docs/adr/022-a-publish-outlives-a-restart.md).
 * Next keeps what `revalidatePath` expired in a map in memory, which a restart empties: a page
 * cached before a publish came back from the disk or from Redis as if nothing had happened. The
 * publish record (lib/content/publish-record.ts) is put into that same map when an instance starts
 * and whenever the record changes, so Next's own check treats every copy older than the publish
 * that changed its page as missing, and renders the page afresh.
 */
import {
  areTagsExpired,
  tagsManifest,
} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { cacheTagsOf, currentPublishRecord, PUBLISH_RECORD_FILE } from './content/publish-record';
import { LOG_EVENTS, warn } from './log';
import { processShared, PROCESS_KEYS } from './process-keys';

/** The version of the record last applied in this process, shared by the server and the cache handler. */
const applied = processShared<{ version?: string }>(PROCESS_KEYS.publishRecord, () => ({}));

function expire(tags: readonly string[], at: number): void {
  for (const tag of tags) {
    const entry = tagsManifest.get(tag);
    if ((entry?.expired ?? -Infinity) < at) tagsManifest.set(tag, { ...entry, expired: at });
  }
}

/**
 * Expires in Next's cache every copy older than the publish that changed its page, once for each
 * version of the record (lib/content/publish-record.ts). A record that cannot be read says a
 * publish happened but not what it changed: every page older than the file is expired then.
 */
export function expirePublishedPages(): void {
  const read = currentPublishRecord();
  const version = read?.version ?? 'none';
  if (applied.version === version) return;
  applied.version = version;
  if (!read) return;
  const { record } = read;
  if (record === 'damaged') {
    warn(
      LOG_EVENTS.publishRecordUnreadable,
      `${PUBLISH_RECORD_FILE} cannot be read: every page older than it renders afresh`,
    );
    expire(cacheTagsOf({ all: true }), read.writtenAt);
    return;
  }
  if (record.all !== undefined) expire(cacheTagsOf({ all: true }), record.all);
  for (const [pagePath, at] of Object.entries(record.paths)) expire(cacheTagsOf({ path: pagePath }), at);
}

/**
 * Whether a cache entry written at `lastModified` with these tags is older than a publish that
 * changed it. The record was applied by the request this read serves (scripts/start.ts).
 */
export function expiredByPublish(tags: readonly string[], lastModified: number): boolean {
  return areTagsExpired([...tags], lastModified);
}
