/** Every event the site logs, by name: a search of the logs for one finds every place that writes it. */
export const LOG_EVENTS = {
  popularityCountFailed: 'popularity.count_failed',
  popularityRankFailed: 'popularity.rank_failed',
  popularityFlushFailed: 'popularity.flush_failed',
  popularityStoreUnavailable: 'popularity.store_unavailable',
  mediaReadFailed: 'media.read_failed',
  searchNoIndex: 'search.no_index',
  searchFailed: 'search.failed',
  searchSlow: 'search.slow',
  searchApiFailed: 'search.api_failed',
  revalidate: 'revalidate',
  revalidateRefused: 'revalidate.refused',
  pageNeedsRuntime: 'page.needs_runtime',
  storiesReleased: 'content.released',
  publishRecordUnreadable: 'content.publish_record_unreadable',
} as const;

export type LogEvent = (typeof LOG_EVENTS)[keyof typeof LOG_EVENTS];

/** One structured warning line: optional modules fail soft and log loud. */
export function warn(event: LogEvent, error: unknown, details: Record<string, unknown> = {}): void {
  const message = error instanceof Error ? error.message : String(error);
  console.warn(JSON.stringify({ level: 'warn', event, message, ...details }));
}

/** One structured information line. */
export function info(event: LogEvent, details: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ level: 'info', event, ...details }));
}
