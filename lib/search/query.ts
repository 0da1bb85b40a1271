import { startOfZonedDay } from '../content/time';
import { site } from '../site';
import { separateCjk } from './text';
import { minuteOf, ROWIDS_PER_MINUTE, sectionToken } from './schema';

export type SearchSort = 'relevance' | 'newest';

/** A reader's search as the URL states it, checked. */
export interface SearchRequest {
  /** The words as typed (trimmed); empty when nothing was asked. */
  text: string;
  section?: string;
  /** Calendar days in the site's time zone, YYYY-MM-DD. */
  from?: string;
  to?: string;
  sort: SearchSort;
  page: number;
}

export type ParsedSearchRequest = { ok: true; request: SearchRequest } | { ok: false; reason: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads `q`, `section`, `from`, `to`, `sort` and `page`. Anything a form of ours cannot send
 * (an unknown section, a page past the last one searchable, a day that does not exist, words
 * longer than the box takes) is refused with the reason, never quietly changed.
 */
export function parseSearchRequest(
  params: URLSearchParams,
  sections: ReadonlySet<string>,
): ParsedSearchRequest {
  const { maxQueryLength, maxPage } = site.search;
  const text = (params.get('q') ?? '').trim();
  if (text.length > maxQueryLength)
    return { ok: false, reason: `Search words are limited to ${maxQueryLength} characters.` };

  const section = params.get('section') || undefined;
  if (section !== undefined && !sections.has(section))
    return { ok: false, reason: 'There is no such section to search in.' };

  const from = params.get('from') || undefined;
  const to = params.get('to') || undefined;
  for (const [name, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (day !== undefined && !validDay(day))
      return { ok: false, reason: `"${name}" must be a day written as YYYY-MM-DD.` };
  }
  if (from && to && from > to) return { ok: false, reason: '"from" must not be later than "to".' };

  const sort = params.get('sort') || 'relevance';
  if (sort !== 'relevance' && sort !== 'newest')
    return { ok: false, reason: '"sort" must be "relevance" or "newest".' };

  const pageParam = params.get('page') || '1';
  const page = Number(pageParam);
  if (!/^\d{1,6}$/.test(pageParam) || page < 1 || page > maxPage)
    return { ok: false, reason: `"page" must be a whole number from 1 to ${maxPage}.` };

  return { ok: true, request: { text, section, from, to, sort, page } };
}

const CONTROL = /\p{Cc}/gu;
const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * The reader's words as an FTS5 query in which nothing is syntax: every word (a run without
 * spaces) becomes a quoted string, so `*`, `NEAR(`, `col:`, `AND` and brackets are only text
 * that the tokenizer splits like any other. Words that hold no letter or digit are dropped, and
 * so are words past the limit. All words must match. Undefined when nothing is left to search.
 */
export function ftsQueryOf(text: string): string | undefined {
  const words = text
    .replace(CONTROL, ' ')
    .split(/\s+/u)
    .filter((word) => SEARCHABLE.test(word))
    .slice(0, site.search.maxWords);
  if (words.length === 0) return undefined;
  return words.map((word) => `"${separateCjk(word).replaceAll('"', '""')}"`).join(' ');
}

/** The FTS5 query and rowid range that answer a request; undefined when it asks for nothing. */
export interface SearchPlan {
  match: string;
  /** Rowids from, to (inclusive): the date range. */
  lowRowid: number;
  highRowid: number;
  sort: SearchSort;
  limit: number;
  offset: number;
}

const NO_LOWER = Number.MIN_SAFE_INTEGER;
const NO_UPPER = Number.MAX_SAFE_INTEGER;

/** The calendar day after `day` (YYYY-MM-DD). */
function dayAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

export function searchPlanOf(request: SearchRequest): SearchPlan | undefined {
  const words = ftsQueryOf(request.text);
  if (!words) return undefined;
  const match = request.section ? `${words} section:${sectionToken(request.section)}` : words;
  return {
    match,
    lowRowid: request.from ? minuteOf(startOfZonedDay(request.from)) * ROWIDS_PER_MINUTE : NO_LOWER,
    highRowid: request.to
      ? minuteOf(startOfZonedDay(dayAfter(request.to))) * ROWIDS_PER_MINUTE - 1
      : NO_UPPER,
    sort: request.sort,
    limit: site.search.pageSize,
    offset: (request.page - 1) * site.search.pageSize,
  };
}
