import type { Stats } from 'node:fs';

/**
 * What tells one version of a file the content build publishes from the next: it renames each
 * new file into place, so a new inode whatever the clock's resolution (and the time, for a file
 * written over in place by hand). The site index, the search index and the banner are read again
 * only when this changes.
 */
export function fileVersion(stat: Stats): string {
  return `${stat.ino}:${stat.mtimeMs}`;
}
