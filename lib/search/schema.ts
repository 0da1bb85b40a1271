/**
 * The search index: one SQLite file with an FTS5 table, written by the content build beside the
 * site index and promoted with it (docs/adr/010-site-search.md).
 */
export const SEARCH_INDEX_FILE = 'search-index.db';
export const PENDING_SEARCH_INDEX_FILE = 'search-index.pending.db';

/** Raised whenever the tables or the text they hold change: an index of another version is rebuilt whole. */
export const SEARCH_SCHEMA_VERSION = 1;

/**
 * A story's rowid carries its publication minute, so "newest first" and date ranges are rowid
 * ranges, which FTS5 answers without reading any row. The low bits tell apart stories of the
 * same minute.
 */
export const ROWIDS_PER_MINUTE = 4096;

export function minuteOf(instant: string | number): number {
  return Math.floor(new Date(instant).getTime() / 60_000);
}

export const SEARCH_SCHEMA = `
  CREATE TABLE docs (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    -- Changes whenever anything the index holds of the story changes.
    signature TEXT NOT NULL
  );
  -- Columns in the order of SEARCH_COLUMN_WEIGHTS; "section" holds one token, for the filter.
  CREATE VIRTUAL TABLE search USING fts5(
    title, summary, body, tags, section,
    tokenize = 'porter unicode61 remove_diacritics 2'
  );
  PRAGMA user_version = ${SEARCH_SCHEMA_VERSION};
`;

/** bm25 weights of title, summary, body, tags and section: a word in the headline counts most. */
export const SEARCH_COLUMN_WEIGHTS = [8, 4, 1, 4, 0] as const;
export const TITLE_COLUMN = 0;
export const BODY_COLUMN = 2;

/** The one token a story's section is indexed as: hex, so no reader's word can equal it. */
export function sectionToken(section: string): string {
  return `s${Buffer.from(section, 'utf8').toString('hex')}`;
}
