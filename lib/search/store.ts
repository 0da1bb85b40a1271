import { statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { nowMs } from '../clock';
import { LOG_EVENTS, warn, type LogEvent } from '../log';
import { processShared, PROCESS_KEYS } from '../process-keys';
import { site } from '../site';
import type { SearchPlan } from './query';
import {
  BODY_COLUMN,
  ROWIDS_PER_MINUTE,
  SEARCH_COLUMN_WEIGHTS,
  SEARCH_INDEX_FILE,
  TITLE_COLUMN,
} from './schema';
import { joinCjk } from './text';
import { fileVersion } from '../file-version';

/** Text with the searched words marked: the marked parts go in `<mark>`. */
export type MarkedText = { text: string; marked: boolean }[];

export interface SearchHit {
  /** `<section>/<slug>`, as lib/content/store.ts keys articles. */
  key: string;
  title: MarkedText;
  snippet: MarkedText;
}

export interface SearchAnswer {
  /** Stories that match, counted up to `site.search` pages' worth: past that, `more` is true. */
  total: number;
  more: boolean;
  hits: SearchHit[];
}

interface OpenIndex {
  db: Database.Database;
  version: string;
  count: Database.Statement;
  byRelevance: Database.Statement;
  byDate: Database.Statement;
  nthNewest: Database.Statement;
  hit: Database.Statement;
  key: Database.Statement;
}

interface Holder {
  open?: OpenIndex;
  answers: Map<string, { answer: SearchAnswer; expires: number }>;
  /** The last problem logged: a flood of searches while the index is missing logs it once. */
  logged?: string;
}
const holder = processShared<Holder>(PROCESS_KEYS.search, () => ({ answers: new Map() }));

const MARK_OPEN = '\u0001';
const MARK_CLOSE = '\u0002';
const WEIGHTS = SEARCH_COLUMN_WEIGHTS.join(', ');
/** Days over which a story's recency lift halves: a story of today counts double, of a year ago about the same. */
const RECENCY_DAYS = 30;
const MINUTES_PER_DAY = 1440;

function indexFile(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), site.editionDir, SEARCH_INDEX_FILE);
}

function openIndex(file: string, version: string): OpenIndex {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const range = 'search MATCH @match AND search.rowid BETWEEN @low AND @high';
  return {
    db,
    version,
    // Counting every match of a word in most stories reads all of them: no reader pages past the last
    // page, so matches are counted up to one more than it holds.
    count: db
      .prepare(
        `SELECT count(*) FROM (SELECT rowid FROM search WHERE ${range} ORDER BY rowid DESC LIMIT @most)`,
      )
      .pluck(),
    // bm25 is negative, better the lower; the lift multiplies it by up to 2 for a new story.
    byRelevance: db
      .prepare(
        `SELECT rowid FROM search WHERE ${range}
         ORDER BY bm25(search, ${WEIGHTS}) * (1.0 + 1.0 / (1.0 +
           max(0, @nowMinute - search.rowid / ${ROWIDS_PER_MINUTE}) / ${RECENCY_DAYS * MINUTES_PER_DAY}.0))
         LIMIT @limit OFFSET @offset`,
      )
      .pluck(),
    byDate: db
      .prepare(`SELECT rowid FROM search WHERE ${range} ORDER BY rowid DESC LIMIT @limit OFFSET @offset`)
      .pluck(),
    nthNewest: db
      .prepare(`SELECT rowid FROM search WHERE ${range} ORDER BY rowid DESC LIMIT 1 OFFSET @n`)
      .pluck(),
    // Marking runs for the page's hits only, not for every match the ranking saw.
    hit: db.prepare(
      `SELECT highlight(search, ${TITLE_COLUMN}, char(1), char(2)) AS title,
         snippet(search, ${BODY_COLUMN}, char(1), char(2), '…', 32) AS snippet
       FROM search WHERE search MATCH @match AND rowid = @rowid`,
    ),
    key: db.prepare('SELECT key FROM docs WHERE id = ?').pluck(),
  };
}

/** The index as last promoted: reopened when the content build has renamed a new file into place. */
function currentIndex(): OpenIndex | undefined {
  const file = indexFile();
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return holder.open;
  const version = fileVersion(stat);
  if (holder.open?.version !== version) {
    const previous = holder.open;
    holder.open = openIndex(file, version);
    holder.answers.clear();
    previous?.db.close();
  }
  return holder.open;
}

/** "a\u0001b\u0002c" as parts, the middle one marked; the separators between CJK characters removed. */
export function markedTextOf(value: string): MarkedText {
  const parts: MarkedText = [];
  for (const [i, piece] of joinCjk(value).split(MARK_OPEN).entries()) {
    const [inside, after] = i === 0 ? [undefined, piece] : piece.split(MARK_CLOSE, 2);
    if (inside) parts.push({ text: inside, marked: true });
    if (after) parts.push({ text: after, marked: false });
  }
  return parts;
}

function answerOf(index: OpenIndex, plan: SearchPlan, now: number): SearchAnswer {
  // FTS5 takes a rowid bound only as an INTEGER, and better-sqlite3 binds a number as REAL.
  const range = { match: plan.match, low: BigInt(plan.lowRowid), high: BigInt(plan.highRowid) };
  const { rankedMatches } = site.search;
  const most = site.search.maxPage * site.search.pageSize;
  // Counted one past the last page and past the ranked matches: either bound, once passed, is all it takes.
  const counted = index.count.get({ ...range, most: Math.max(most, rankedMatches) + 1 }) as number;
  const total = Math.min(counted, most);
  const more = counted > most;
  if (total === 0 || plan.offset >= total) return { total, more, hits: [] };
  const page = { ...range, limit: plan.limit, offset: plan.offset };
  let rowids: number[];
  if (plan.sort === 'newest') {
    rowids = index.byDate.all(page) as number[];
  } else {
    // Ranking reads every match's statistics. Past `rankedMatches` matches (a word in most
    // stories) only the newest that many are ranked: news ages, and a date range reaches older ones.
    const low =
      counted > rankedMatches
        ? BigInt(index.nthNewest.get({ ...range, n: rankedMatches - 1 }) as number)
        : range.low;
    rowids = index.byRelevance.all({ ...page, low, nowMinute: Math.floor(now / 60_000) }) as number[];
  }
  const hits = rowids.flatMap((rowid) => {
    const row = index.hit.get({ match: plan.match, rowid: BigInt(rowid) }) as
      { title: string; snippet: string } | undefined;
    const key = index.key.get(BigInt(rowid)) as string | undefined;
    return row && key ? [{ key, title: markedTextOf(row.title), snippet: markedTextOf(row.snippet) }] : [];
  });
  return { total, more, hits };
}

function logOnce(event: LogEvent, problem: unknown): void {
  const line = `${event}: ${problem instanceof Error ? problem.message : String(problem)}`;
  if (holder.logged !== line) warn(event, problem);
  holder.logged = line;
}

/**
 * The stories that answer a search, best first, from the index the content build promoted last.
 * Undefined when there is no index or it cannot be read: search is then unavailable, and only
 * search. Answers are kept for `site.search.cacheSeconds` (at most `site.search.cachedAnswers` of them), and all
 * dropped when a new index is promoted.
 */
export function searchIndex(plan: SearchPlan, now = nowMs()): SearchAnswer | undefined {
  try {
    const index = currentIndex();
    if (!index) {
      logOnce(LOG_EVENTS.searchNoIndex, `no search index at ${indexFile()}; run "npm run content"`);
      return undefined;
    }
    const key = JSON.stringify(plan);
    const kept = holder.answers.get(key);
    const at = now;
    if (kept && kept.expires > at) {
      // Map order is insertion order: moving a used answer to the end makes the first the least used.
      holder.answers.delete(key);
      holder.answers.set(key, kept);
      return kept.answer;
    }
    const answer = answerOf(index, plan, now);
    holder.logged = undefined;
    holder.answers.delete(key);
    holder.answers.set(key, { answer, expires: at + site.search.cacheSeconds * 1000 });
    while (holder.answers.size > site.search.cachedAnswers) {
      holder.answers.delete(holder.answers.keys().next().value!);
    }
    return answer;
  } catch (error) {
    logOnce(LOG_EVENTS.searchFailed, error);
    return undefined;
  }
}
