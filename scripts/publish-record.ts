// The publish record (lib/content/publish-record.ts): written by a publish before it tells any
// instance, so that no instance serves a page older than the publish that changed it.
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  PUBLISH_RECORD_FILE,
  readPublishRecord,
  withPublish,
  type PublishedChange,
} from '../lib/content/publish-record';
import { nowMs } from '../lib/clock';
import { withFileLock } from './build-lock';

/** Two publishes finishing together each add what they changed: the record is updated under a lock. */
export async function recordPublish(editionDir: string, change: PublishedChange): Promise<void> {
  const file = path.join(editionDir, PUBLISH_RECORD_FILE);
  await withFileLock(`${file}.lock`, 10_000, () => {
    // A damaged record is replaced by one that expires everything: safe, and the same as what a
    // server does with it.
    const previous = readPublishRecord(file);
    const record =
      previous === 'damaged'
        ? withPublish(undefined, { all: true }, nowMs())
        : withPublish(previous, change, nowMs());
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(record));
    renameSync(`${file}.${process.pid}.tmp`, file);
  });
}
