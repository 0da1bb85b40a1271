import { nowMs } from '../clock';
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

/** The year, month and day of a YYYY-MM-DD that names a real day (years 0001 to 9999); else undefined. */
function dayParts(value: string): [number, number, number] | undefined {
  const match = DAY.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const real =
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return real ? [year, month, day] : undefined;
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
    if (day !== undefined && !dayParts(day))
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

  const cost = searchCostProblem(text);
  if (cost) return { ok: false, reason: cost };

  return { ok: true, request: { text, section, from, to, sort, page } };
}

const CONTROL = /\p{Cc}/gu;
const SEARCHABLE = /[\p{L}\p{N}]/u;
/** What FTS5's unicode61 tokenizer keeps as a token: runs of letters, digits and private-use characters. */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

/** One word of a search as FTS5 will read it: a quoted phrase of one or more tokens. */
interface SearchPhrase {
  /** The word as typed, Chinese characters apart. */
  text: string;
  /** Its tokens, lower-cased: a phrase of several tokens ("the.the.the", "U.S.") matches them side by side. */
  tokens: string[];
}

/**
 * The words of a search as phrases, in order, each once: a word that holds no letter or digit is
 * dropped, and so is a word whose tokens repeat an earlier one's (it would match the same stories).
 */
function searchPhrasesOf(text: string): SearchPhrase[] {
  const seen = new Set<string>();
  const phrases: SearchPhrase[] = [];
  for (const word of text.replace(CONTROL, ' ').split(/\s+/u)) {
    if (!SEARCHABLE.test(word)) continue;
    const separated = separateCjk(word);
    const tokens = (separated.match(TOKEN) ?? []).map((token) => token.toLowerCase());
    const key = tokens.join(' ');
    if (tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    phrases.push({ text: separated, tokens });
  }
  return phrases;
}

/**
 * Why a search would cost more than the index is asked to do for one reader, or undefined. The
 * work of an FTS5 query grows with the tokens it must find and line up, not with its characters,
 * so the limits are counted in tokens as the tokenizer counts them (docs/adr/010-site-search.md).
 */
export function searchCostProblem(text: string): string | undefined {
  const { maxWords, maxPhraseTokens, maxQueryTokens } = site.search;
  const phrases = searchPhrasesOf(text);
  if (phrases.length > maxWords) return `A search may look for at most ${maxWords} different words.`;
  if (phrases.some((phrase) => phrase.tokens.length > maxPhraseTokens))
    return `A word joined by punctuation may hold at most ${maxPhraseTokens} parts: put spaces between them.`;
  const tokens = phrases.reduce((sum, phrase) => sum + phrase.tokens.length, 0);
  if (tokens > maxQueryTokens)
    return `A search may look for at most ${maxQueryTokens} words and word parts together.`;
  return undefined;
}

/**
 * The reader's words as an FTS5 query in which nothing is syntax: every word (a run without
 * spaces) becomes a quoted string, so `*`, `NEAR(`, `col:`, `AND` and brackets are only text
 * that the tokenizer splits like any other. Words that hold no letter or digit are dropped, and
 * so are repeated words and words past the limit. All words must match. Undefined when nothing
 * is left to search.
 */
export function ftsQueryOf(text: string): string | undefined {
  const phrases = searchPhrasesOf(text).slice(0, site.search.maxWords);
  if (phrases.length === 0) return undefined;
  return phrases.map((phrase) => `"${phrase.text.replaceAll('"', '""')}"`).join(' ');
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

/** The calendar day after `day` (YYYY-MM-DD; the day after 9999-12-31 is 10000-01-01). */
function dayAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(0);
  next.setUTCFullYear(year, month - 1, date + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(next.getUTCFullYear()).padStart(4, '0')}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

export function searchPlanOf(request: SearchRequest, at = nowMs()): SearchPlan | undefined {
  const words = ftsQueryOf(request.text);
  if (!words) return undefined;
  const match = request.section ? `${words} section:${sectionToken(request.section)}` : words;
  // A story dated later than now is embargoed (docs/adr/017): the index holds it, no search finds
  // it. Rowids tell minutes apart, not seconds: the range ends with the current minute, and a
  // story of that minute whose second has not come is dropped with the answer's other unpublished
  // keys (lib/search/index.ts reads every hit through the released content).
  const released = (minuteOf(at) + 1) * ROWIDS_PER_MINUTE - 1;
  return {
    match,
    lowRowid: request.from ? minuteOf(startOfZonedDay(request.from)) * ROWIDS_PER_MINUTE : NO_LOWER,
    highRowid: Math.min(
      released,
      request.to ? minuteOf(startOfZonedDay(dayAfter(request.to))) * ROWIDS_PER_MINUTE - 1 : NO_UPPER,
    ),
    sort: request.sort,
    limit: site.search.pageSize,
    offset: (request.page - 1) * site.search.pageSize,
  };
}
