import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ftsQueryOf, parseSearchRequest, searchPlanOf, type SearchRequest } from '@/lib/search/query';
import { minuteOf, ROWIDS_PER_MINUTE, SEARCH_SCHEMA, sectionToken } from '@/lib/search/schema';
import { markedTextOf } from '@/lib/search/store';
import { CJK_BREAK, htmlToText, indexableText, joinCjk, separateCjk } from '@/lib/search/text';
import { site } from '@/lib/site';

const SECTIONS = new Set(['china-news', 'business']);
const parse = (query: string) => parseSearchRequest(new URLSearchParams(query), SECTIONS);

/**
 * Text no reader can make FTS5 read as syntax, and what it finds in the one row of the test's
 * index ("Port operators in Qingdao", "A café in Zürich", "泉城济南 and the ferry", tag "ports"):
 * its rowids, or NOTHING_ASKED when it holds no word to look for.
 */
const NOTHING_ASKED = 'nothing asked';
const JUNK: [text: string, found: number[] | typeof NOTHING_ASKED][] = [
  ['"', NOTHING_ASKED],
  ['"unbalanced', []],
  ['a "b" c', []],
  ['*', NOTHING_ASKED],
  ['qingdao*', [1]],
  ['NEAR(qingdao jinan)', []],
  ['NEAR(', []],
  ['title:qingdao', []],
  ['{title body}: port', []],
  ['qingdao AND OR NOT', []],
  ['AND', [1]],
  ['NOT qingdao', []],
  ['(((', NOTHING_ASKED],
  [')', NOTHING_ASKED],
  ['^qingdao', [1]],
  ['- + : ; , .', NOTHING_ASKED],
  ['port\u0000operators', [1]],
  ['\u0000', NOTHING_ASKED],
  ['🚢🌊', NOTHING_ASKED],
  ['ferry 🚢', [1]],
  ['café Zürich', [1]],
  ['泉城 济南', [1]],
  ["Tai'an", []],
  ['x'.repeat(2000), []],
  [Array.from({ length: 300 }, (_, i) => `w${i}`).join(' '), []],
];

describe('ftsQueryOf', () => {
  it.each([
    { text: 'Qingdao port', query: '"Qingdao" "port"' },
    { text: '  spaced   out  ', query: '"spaced" "out"' },
    { text: 'say "hi"', query: '"say" """hi"""' },
    { text: 'NEAR(a b)', query: '"NEAR(a" "b)"' },
    { text: `济南`, query: `"济${CJK_BREAK}南"` },
  ])('quotes every word of "$text"', ({ text, query }) => {
    expect(ftsQueryOf(text)).toBe(query);
  });

  it.each(['', '   ', '*', '()', '🚢🌊', '\u0000', '- : ;'])(
    'asks for nothing when "%s" holds no word',
    (text) => {
      expect(ftsQueryOf(text)).toBeUndefined();
    },
  );

  it(`looks for at most ${site.search.maxWords} words`, () => {
    const query = ftsQueryOf(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!;
    expect(query.split(' ')).toHaveLength(site.search.maxWords);
  });

  it.each(JUNK)('makes a query FTS5 runs without error of %j, finding %j', (text, found) => {
    const db = new Database(':memory:');
    db.exec(SEARCH_SCHEMA);
    db.prepare(
      'INSERT INTO search (rowid, title, summary, body, tags, section) VALUES (1, ?, ?, ?, ?, ?)',
    ).run(
      'Port operators in Qingdao',
      'A café in Zürich',
      separateCjk('泉城济南 and the ferry'),
      'ports',
      sectionToken('business'),
    );
    const match = ftsQueryOf(text);
    const rows =
      match === undefined
        ? NOTHING_ASKED
        : db.prepare('SELECT rowid FROM search WHERE search MATCH ?').pluck().all(match);
    expect(rows).toEqual(found);
  });

  it('finds stemmed words, words without their accents and Chinese names inside longer runs', () => {
    const db = new Database(':memory:');
    db.exec(SEARCH_SCHEMA);
    db.prepare(
      'INSERT INTO search (rowid, title, summary, body, tags, section) VALUES (1, ?, ?, ?, ?, ?)',
    ).run(
      'Exporters ship more',
      'A café in Zürich',
      separateCjk('游客涌入泉城济南市'),
      '',
      sectionToken('business'),
    );
    const finds = (text: string) =>
      db.prepare('SELECT count(*) FROM search WHERE search MATCH ?').pluck().get(ftsQueryOf(text)) === 1;
    for (const text of [
      'exporter',
      'exporting',
      'shipping',
      'cafe',
      'zurich',
      'Zürich',
      '济南',
      '泉城',
      '泉城济南',
    ])
      expect(finds(text), text).toBe(true);
    for (const text of ['南济', '上海', 'importers']) expect(finds(text), text).toBe(false);
  });
});

describe('parseSearchRequest', () => {
  it('reads a full request', () => {
    expect(
      parse('q=%20Qingdao%20port%20&section=business&from=2018-01-01&to=2018-12-31&sort=newest&page=3'),
    ).toEqual({
      ok: true,
      request: {
        text: 'Qingdao port',
        section: 'business',
        from: '2018-01-01',
        to: '2018-12-31',
        sort: 'newest',
        page: 3,
      },
    });
  });

  it('takes empty and missing parameters as the defaults', () => {
    expect(parse('q=&section=&from=&to=&sort=&page=')).toEqual({
      ok: true,
      request: { text: '', section: undefined, from: undefined, to: undefined, sort: 'relevance', page: 1 },
    });
  });

  it.each([
    { query: `q=${'x'.repeat(site.search.maxQueryLength + 1)}`, reason: /limited to 200 characters/ },
    { query: 'q=a&section=sport', reason: /no such section/ },
    { query: 'q=a&section=..%2F..', reason: /no such section/ },
    { query: 'q=a&from=2018-02-30', reason: /"from" must be a day/ },
    { query: 'q=a&to=yesterday', reason: /"to" must be a day/ },
    { query: 'q=a&from=20180101', reason: /"from" must be a day/ },
    { query: 'q=a&from=2018-12-01&to=2018-01-01', reason: /not be later/ },
    { query: 'q=a&sort=oldest', reason: /"sort" must be/ },
    { query: 'q=a&page=0', reason: /"page" must be a whole number from 1 to 50/ },
    { query: 'q=a&page=-1', reason: /"page"/ },
    { query: 'q=a&page=1.5', reason: /"page"/ },
    { query: 'q=a&page=51', reason: /"page"/ },
    { query: 'q=a&page=1e1', reason: /"page"/ },
    { query: 'q=a&page=99999999999999999999', reason: /"page"/ },
    { query: 'q=a&page=%20', reason: /"page"/ },
    {
      query: `q=${Array.from({ length: 13 }, (_, i) => `w${i}`).join('+')}`,
      reason: /at most 12 different words/,
    },
    { query: 'q=the.the.the.the.the.the.the.the.the', reason: /at most 8 parts/ },
    { query: `q=${encodeURIComponent('山东省济南市青岛烟台')}`, reason: /at most 8 parts/ },
    {
      query: `q=${Array.from({ length: 5 }, (_, i) => `a${i}.b${i}.c${i}`).join('+')}`,
      reason: /at most 12 words and word parts/,
    },
  ])('refuses $query', ({ query, reason }) => {
    expect(parse(query)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});

describe('search cost', () => {
  it.each([
    ['the same word again and again', Array.from({ length: 40 }, () => 'port').join(' ')],
    ['a word in other cases and punctuation', 'Port port PORT port. "port"'],
    ['12 different words', Array.from({ length: 12 }, (_, i) => `w${i}`).join(' ')],
    ['a word of 8 parts', 'a.b.c.d.e.f.g.h'],
    ['12 parts in all', 'a.b.c.d.e.f.g.h i.j.k.l'],
  ])('takes %s', (_, text) => {
    expect(parse(`q=${encodeURIComponent(text)}`).ok).toBe(true);
  });

  it('looks for a repeated word once', () => {
    expect(ftsQueryOf('port Port port. qingdao port')).toBe('"port" "qingdao"');
  });

  it.each(['0001-01-01', '1970-01-01', '9999-12-31'])(
    'reads %s as a day, at either end of a range',
    (day) => {
      const parsed = parse(`q=port&from=${day}&to=${day}`);
      expect(parsed.ok).toBe(true);
      // Read at the end of time: no story of the range is embargoed then.
      const plan = parsed.ok ? searchPlanOf(parsed.request, Date.parse('9999-12-31T23:59:59Z'))! : undefined;
      expect(Number.isSafeInteger(plan?.lowRowid)).toBe(true);
      expect(Number.isSafeInteger(plan?.highRowid)).toBe(true);
      expect(plan!.highRowid).toBeGreaterThan(plan!.lowRowid);
    },
  );

  it.each(['0000-12-31', '10000-01-01', '2018-13-01'])('refuses %s as a day', (day) => {
    expect(parse(`q=port&to=${day}`).ok).toBe(false);
  });
});

describe('searchPlanOf', () => {
  const request: SearchRequest = { text: 'port', sort: 'relevance', page: 1 };

  it('asks for nothing without a word', () => {
    expect(searchPlanOf({ ...request, text: '***' })).toBeUndefined();
  });

  it('turns a section into a condition on its one token', () => {
    expect(searchPlanOf({ ...request, section: 'business' })!.match).toBe(
      `"port" section:${sectionToken('business')}`,
    );
  });

  it('turns days in Beijing time into a rowid range', () => {
    const plan = searchPlanOf({ ...request, from: '2018-06-08', to: '2018-06-08' })!;
    expect(plan.lowRowid).toBe(minuteOf('2018-06-07T16:00:00Z') * ROWIDS_PER_MINUTE);
    expect(plan.highRowid).toBe(minuteOf('2018-06-08T16:00:00Z') * ROWIDS_PER_MINUTE - 1);
  });

  it('pages by the page size', () => {
    expect(searchPlanOf({ ...request, page: 3 })).toMatchObject({ limit: 10, offset: 20 });
  });
});

describe('text', () => {
  it.each([
    { html: '<p>Port <em>operators</em></p><p>in&nbsp;Qingdao</p>', text: 'Port operators in Qingdao' },
    { html: '<p>Fish &amp; chips &lt;3 &#x4E2D;&#22269; &bogus;</p>', text: 'Fish & chips <3 中国 &bogus;' },
    { html: '<ul>\n<li>one</li>\n<li>two</li>\n</ul>', text: 'one two' },
  ])('reads the text of $html', ({ html, text }) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('separates Chinese characters for the index and joins them for readers', () => {
    const separated = separateCjk('Visit 泉城济南 today');
    expect(separated).toBe(`Visit 泉${CJK_BREAK}城${CJK_BREAK}济${CJK_BREAK}南 today`);
    expect(joinCjk(separated)).toBe('Visit 泉城济南 today');
  });

  it('keeps out of the index the control characters that mark matches', () => {
    expect(indexableText('a\u0001b\u0002c\td')).toBe('a b c\td');
  });

  it('splits marked text into parts', () => {
    expect(markedTextOf('…the \u0001port\u0002 of \u0001泉\u200b城\u0002')).toEqual([
      { text: '…the ', marked: false },
      { text: 'port', marked: true },
      { text: ' of ', marked: false },
      { text: '泉城', marked: true },
    ]);
  });
});
