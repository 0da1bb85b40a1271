import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, buildInScratch } from '../helpers/content-build';
import { clockStandsAt } from '../helpers/clock';

type Search = typeof import('@/lib/search');
let search: Search;
let contentDir: string;
let workDir: string;

function story(fields: {
  title: string;
  date: string;
  body: string;
  summary?: string;
  tags?: string[];
}): string {
  const tags = fields.tags ? `tags: [${fields.tags.join(', ')}]\n` : '';
  return `---\ntitle: "${fields.title}"\ndate: ${fields.date}\nsummary: "${fields.summary ?? 'A story.'}"\nsource: Xinhua\n${tags}---\n\n${fields.body}\n`;
}

const STORIES: Record<string, string> = {
  'news/china-news/spring-city.md': story({
    title: 'Visitors crowd the springs',
    date: '2018-05-01 10:00',
    body: 'Crowds gathered at Baotu Spring in 泉城济南市 over the holiday.',
    tags: ['tourism'],
  }),
  'news/business/zurich-roaster.md': story({
    title: 'A Qingdao roaster opens a café',
    date: '2018-04-01 10:00',
    body: 'The shop in Zürich sells beans grown by exporters from Yunnan.',
  }),
  'news/business/lighthouse-headline.md': story({
    title: 'Lighthouse keeper retires',
    date: '2018-03-01 10:00',
    body: 'After forty years on the island he hands over the keys.',
  }),
  'news/business/lighthouse-body.md': story({
    title: 'Island ferry timetable changes',
    date: '2018-03-01 10:00',
    body: 'The ferry now leaves from the quay by the old lighthouse at nine.',
  }),
  'news/china-news/crane-old.md': story({
    title: 'Harbour crane record',
    date: '2017-03-01 10:00',
    body: 'Dock workers moved a record number of boxes.',
  }),
  'news/business/crane-new.md': story({
    title: 'Harbour crane record',
    date: '2018-07-01 10:00',
    body: 'Dock workers moved a record number of boxes.',
  }),
  'news/business/tagged.md': story({
    title: 'Wheat harvest begins',
    date: '2018-06-01 10:00',
    body: 'Combines rolled across the plain.',
    tags: ['agriculture', 'Dezhou'],
  }),
  // One old story about tidewater that relevance alone would put first, and eleven newer mentions.
  'news/business/tidewater-old.md': story({
    title: 'Tidewater, tidewater: the tidewater almanac',
    date: '2016-01-01 10:00',
    body: 'Tidewater tables for the whole tidewater coast.',
  }),
  ...Object.fromEntries(
    Array.from({ length: 11 }, (_, i) => [
      `news/business/tide-note-${i}.md`,
      story({
        title: `Quay note ${i}`,
        date: `2018-01-${String(i + 1).padStart(2, '0')} 09:00`,
        body: `Boats waited at the quay for the evening tide, and the pilots spoke of tidewater on the far bank of the estuary once more.`,
      }),
    ]),
  ),
  ...Object.fromEntries(
    Array.from({ length: 23 }, (_, i) => [
      `news/business/market-report-${i}.md`,
      story({
        title: `Market report ${i}`,
        date: `2018-02-01 08:${String(i).padStart(2, '0')}`,
        body: `Shares moved ${i}.`,
      }),
    ]),
  ),
};

beforeAll(async () => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'sdoi-search-'));
  cpSync(path.join(fixturesDir, 'valid'), contentDir, { recursive: true });
  for (const [file, text] of Object.entries(STORIES)) writeFileSync(path.join(contentDir, file), text);
  const build = buildInScratch(contentDir);
  expect(build.status, build.output).toBe(0);
  expect(build.output).toMatch(/Search index \(full\): 45 stories added/);
  workDir = build.workDir;
  process.env.CONTENTLAYER_DIR = path.join(workDir, '.contentlayer');
  search = await import('@/lib/search');
});

clockStandsAt(new Date('2018-08-01T00:00:00Z'));

async function find(query: string) {
  const parsed = search.readSearchRequest(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.reason);
  const outcome = await search.searchStories(parsed.request);
  if (outcome.kind !== 'results') throw new Error(`no results: ${outcome.kind}`);
  return { ...outcome, titles: outcome.results.map((r) => r.story.title) };
}

const marked = (parts: { text: string; marked: boolean }[]) =>
  parts.filter((p) => p.marked).map((p) => p.text);

function rebuild(): string {
  const build = buildInScratch(contentDir, workDir);
  expect(build.status, build.output).toBe(0);
  return build.output;
}

describe('searching', () => {
  it('finds headlines, summaries, bodies and tags', async () => {
    expect((await find('q=roaster')).titles).toEqual(['A Qingdao roaster opens a café']);
    expect((await find('q=fixture')).titles).toEqual(['First story']);
    expect((await find('q=combines')).titles).toEqual(['Wheat harvest begins']);
    expect((await find('q=dezhou')).titles).toEqual(['Wheat harvest begins']);
  });

  it('finds Chinese names, words without their accents and other forms of a word', async () => {
    expect((await find(`q=${encodeURIComponent('济南')}`)).titles).toEqual(['Visitors crowd the springs']);
    expect((await find(`q=${encodeURIComponent('泉城')}`)).titles).toEqual(['Visitors crowd the springs']);
    expect((await find('q=zurich')).titles).toEqual(['A Qingdao roaster opens a café']);
    expect((await find('q=cafe')).titles).toEqual(['A Qingdao roaster opens a café']);
    expect((await find('q=exporter')).titles).toEqual(['A Qingdao roaster opens a café']);
  });

  it('needs every word', async () => {
    expect((await find('q=qingdao roaster')).total).toBe(1);
    expect((await find('q=qingdao nowhere')).total).toBe(0);
    // Not an operator: "or" is one more word to find.
    expect((await find('q=lighthouse OR harbour')).total).toBe(0);
  });

  it('marks the searched words in the headline and the snippet, Chinese text joined again', async () => {
    const [result] = (await find(`q=${encodeURIComponent('济南 crowds')}`)).results;
    expect(marked(result.snippet)).toEqual(['Crowds', '济南']);
    expect(result.snippet.map((p) => p.text).join('')).toContain('泉城济南市');
    expect(marked((await find('q=roaster')).results[0].title)).toEqual(['roaster']);
  });

  it('ranks a word in the headline above the same word in the body', async () => {
    expect((await find('q=lighthouse')).titles).toEqual([
      'Lighthouse keeper retires',
      'Island ferry timetable changes',
    ]);
  });

  it('ranks the newer of two equal stories first, and can order by date alone', async () => {
    expect((await find('q=harbour crane')).results.map((r) => r.story.published.line)).toEqual([
      '2018-07-01 10:00',
      '2017-03-01 10:00',
    ]);
    expect((await find('q=record&sort=newest')).results.map((r) => r.story.published.line)).toEqual([
      '2018-07-01 10:00',
      '2017-03-01 10:00',
    ]);
  });

  it('filters by section and by days in Beijing time', async () => {
    expect((await find('q=harbour&section=business')).titles).toHaveLength(1);
    expect((await find('q=harbour&section=business')).results[0].story.section.id).toBe('business');
    expect((await find('q=harbour&to=2017-12-31')).results[0].story.published.line).toBe('2017-03-01 10:00');
    // 2018-07-01 10:00 in Beijing is the day's first hours in UTC: the day is Beijing's.
    expect((await find('q=harbour&from=2018-07-01&to=2018-07-01')).total).toBe(1);
    expect((await find('q=harbour&from=2018-07-02')).total).toBe(0);
  });

  it('pages through the results', async () => {
    const first = await find('q=market report&sort=newest');
    expect(first).toMatchObject({ total: 23, page: 1, totalPages: 3 });
    expect(first.titles[0]).toBe('Market report 22');
    const third = await find('q=market report&sort=newest&page=3');
    expect(third.titles).toEqual(['Market report 2', 'Market report 1', 'Market report 0']);
    expect((await find('q=market report&page=4')).results).toEqual([]);
    expect(await find('q=harbour&from=2018-07-02')).toMatchObject({ total: 0, totalPages: 0 });
  });

  it('ranks only the newest matches once a search matches more than it ranks', async () => {
    const { site } = await import('@/lib/site');
    const limits = site.search as { maxPage: number; rankedMatches: number };
    const before = { ...limits };
    expect((await find('q=tidewater&section=business')).titles[0]).toBe(
      'Tidewater, tidewater: the tidewater almanac',
    );
    // One page of ten, ten ranked: of the twelve tidewater stories the oldest is never ranked,
    // though by its words alone it would come first.
    Object.assign(limits, { maxPage: 1, rankedMatches: 10 });
    try {
      const found = await find('q=tidewater');
      expect(found.titles).toHaveLength(10);
      expect(found.titles).not.toContain('Tidewater, tidewater: the tidewater almanac');
      expect(found.more).toBe(true);
    } finally {
      Object.assign(limits, { maxPage: before.maxPage, rankedMatches: before.rankedMatches });
    }
  });

  it.each([
    ['"', 'nothing-asked'],
    ['***', 'nothing-asked'],
    ['(((', 'nothing-asked'],
    ['\u0000', 'nothing-asked'],
    ['🚢', 'nothing-asked'],
    ['NEAR(', 0],
    ['title:x', 0],
    ['AND OR NOT', 0],
    ['x'.repeat(200), 0],
    ['NEAR(lighthouse', 0],
    ['lighthouse*', 2],
    ['^ferry', 1],
  ])('answers the junk %j: %s', async (q, expected) => {
    const parsed = search.readSearchRequest(new URLSearchParams({ q }));
    if (!parsed.ok) throw new Error(parsed.reason);
    const outcome = await search.searchStories(parsed.request);
    expect(outcome.kind === 'results' ? outcome.total : outcome.kind).toBe(expected);
  });
});

describe('the search thread of npm start', () => {
  it('answers from the same index as this thread, through lib/search/worker.ts', async () => {
    const { SearchPool } = await import('@/lib/search/pool');
    const { searchPlanOf } = await import('@/lib/search/query');
    const { startSearchThread } = await import('../../scripts/search-thread');
    const pool = new SearchPool(startSearchThread);
    try {
      const run = await pool.run(searchPlanOf({ text: 'lighthouse', sort: 'newest', page: 1 })!);
      expect(run).toMatchObject({ kind: 'answer', answer: { total: 2 } });
      expect((await find('q=lighthouse&sort=newest')).total).toBe(2);
    } finally {
      await pool.close();
    }
  });
});

describe('publishing', () => {
  const file = () => path.join(contentDir, 'news/business/new-pier.md');

  it('finds a new story after an incremental build, and its new words after an edit', async () => {
    writeFileSync(
      file(),
      story({ title: 'Pier opens', date: '2018-07-20 09:00', body: 'Tugboats saluted the pier.' }),
    );
    expect(rebuild()).toMatch(/Search index \(incremental\): 1 story added, 0 removed/);
    expect((await find('q=tugboats')).titles).toEqual(['Pier opens']);

    writeFileSync(
      file(),
      story({ title: 'Pier opens', date: '2018-07-20 09:00', body: 'Fireboats saluted the pier.' }),
    );
    expect(rebuild()).toMatch(/1 story added, 1 removed/);
    expect((await find('q=fireboats')).titles).toEqual(['Pier opens']);
    expect((await find('q=tugboats')).total).toBe(0);
  });

  it('never finds a story again once it is removed or unpublished', async () => {
    rmSync(file());
    rebuild();
    expect((await find('q=fireboats')).total).toBe(0);
    const roaster = path.join(contentDir, 'news/business/zurich-roaster.md');
    writeFileSync(
      roaster,
      STORIES['news/business/zurich-roaster.md'].replace('---\n\n', 'draft: true\n---\n\n'),
    );
    rebuild();
    expect((await find('q=roaster')).total).toBe(0);
  });

  it('writes a missing or damaged index anew, and search says it is unavailable meanwhile', async () => {
    const live = path.join(workDir, '.contentlayer', 'search-index.db');
    const junk = path.join(workDir, 'junk.db');
    writeFileSync(junk, 'not a database');
    renameSync(junk, live);
    const parsed = search.readSearchRequest(new URLSearchParams('q=lighthouse'));
    expect(parsed.ok && (await search.searchStories(parsed.request)).kind).toBe('unavailable');
    expect(rebuild()).toMatch(/Search index \(full\)/);
    expect((await find('q=lighthouse')).total).toBe(2);
    rmSync(live);
    expect(rebuild()).toMatch(/Search index \(full\)/);
    expect((await find('q=lighthouse')).total).toBe(2);
  });
});
