import { rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/lib/clock';
import { useFixtureContent } from '../helpers/fixture-content';

const HOUR = 3_600_000;
// The site's clock stands here for the whole file, a few minutes past midnight in Beijing: the
// 48-hour window of the news sitemap then spans three Beijing days.
const NOW = new Date('2026-03-01T16:05:00Z').getTime();
/** "YYYY-MM-DD HH:mm" in Beijing time, as an editor writes it, for a moment relative to now. */
const beijing = (msAgo: number) =>
  new Date(NOW - msAgo + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
const TRICKY_TITLE = 'Tariffs <and> "quotes" & more ]]> and ]]> again';
const TRICKY_BODY = 'Code such as ]]> and ]]> <b>stays</b> text & "quoted".';

const SPECIAL_TITLE = 'Tea & "dumplings" <today> in 济南 🥟';
const story = (title: string, date: string, extra = '') =>
  `---\ntitle: '${title}'\ndate: ${date}\nsummary: "Summary of ${title.replace(/"/g, '')}."\nsource: Xinhua\n${extra}---\n\n`;

/** Older stories than the feeds hold, so that their limit is reached. */
const archive = Object.fromEntries(
  Array.from({ length: 52 }, (_, i) => [
    `news/business/archive-${i}.md`,
    story(`Archive story ${i}`, `2017-01-01 08:${String(i).padStart(2, '0')}`) + 'Body.\n',
  ]),
);

let feeds: typeof import('@/lib/feeds/model');
let render: typeof import('@/lib/feeds/render');
let sitemaps: typeof import('@/lib/seo/sitemaps');
let jsonLd: typeof import('@/lib/seo/json-ld');

beforeAll(async () => {
  setClock(new Date(NOW));
  process.env.SITE_URL = 'https://news.example.test';
  useFixtureContent({
    ...archive,
    'news/china-news/special.md':
      story(SPECIAL_TITLE, beijing(60_000), 'image:\n  src: images/harbour-dawn.jpg\n  alt: "A lead"\n') +
      'A body with a [relative link](/news/china-news/first-story) & ![a picture](/images/lead.svg) and 汉字 🎉.\n',
    'news/business/hour-old.md': story('An hour old', beijing(HOUR)) + 'Body.\n',
    'news/business/two-days-less-an-hour.md': story('Forty-seven hours old', beijing(47 * HOUR)) + 'Body.\n',
    'news/business/two-days-and-an-hour.md': story('Forty-nine hours old', beijing(49 * HOUR)) + 'Body.\n',
    'news/business/tricky.md':
      `---\ntitle: '${TRICKY_TITLE}'\ndate: ${beijing(2 * HOUR)}\nsummary: '${TRICKY_TITLE}.'\nsource: Xinhua\n---\n\n` +
      '```\n' +
      TRICKY_BODY +
      '\n```\n',
  });
  feeds = await import('@/lib/feeds/model');
  render = await import('@/lib/feeds/render');
  sitemaps = await import('@/lib/seo/sitemaps');
  jsonLd = await import('@/lib/seo/json-ld');
});

afterAll(() => setClock(undefined));

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('RSS 2.0', () => {
  it('describes the channel', async () => {
    const body = render.renderFeed((await feeds.buildFeedModel())!, 'rss');
    const channel = xml.parse(body).rss.channel;
    expect(channel.title).toBe('Shandong On Internet');
    expect(channel.link).toBe('https://news.example.test/');
    expect(channel.language).toBe('en');
    expect(channel.ttl).toBe(30);
    expect(channel.lastBuildDate).toBe(new Date(NOW - 60_000).toUTCString());
    expect(channel['atom:link']).toMatchObject({
      '@href': 'https://news.example.test/rss.xml',
      '@rel': 'self',
    });
  });

  it('carries every item whole, with absolute URLs and special characters intact', async () => {
    const body = render.renderFeed((await feeds.buildFeedModel())!, 'rss');
    const parsed = parseFeed(body).toJSON();
    const first = parsed.items[0];
    expect(first.title).toBe(SPECIAL_TITLE);
    expect(first.url).toBe('https://news.example.test/news/china-news/special');
    expect(first.id).toBe(first.url);
    expect(first.categories.map((c) => c.label)).toEqual(['China News']);
    expect(first.description).toBe('Summary of Tea & dumplings <today> in 济南 🥟.');
    expect(first.content).toContain('href="https://news.example.test/news/china-news/first-story"');
    expect(first.content).toContain('src="https://news.example.test/images/lead.svg"');
    expect(first.content).toContain('汉字 🎉');
    const raw = xml.parse(body).rss.channel.item[0];
    expect(raw.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    // The lead image's JPEG at social-card width, with its length in bytes as served.
    expect(raw.enclosure['@url']).toMatch(
      /^https:\/\/news\.example\.test\/media\/harbour-dawn-[0-9a-f]{10}-1200\.jpg$/,
    );
    expect(raw.enclosure['@type']).toBe('image/jpeg');
    const served = path.join(process.env.CONTENTLAYER_DIR!, 'media', raw.enclosure['@url'].split('/').at(-1));
    expect(Number(raw.enclosure['@length'])).toBe(statSync(served).size);
    expect(parsed.items).toHaveLength(50);
    for (const item of parsed.items) expect(item.url).toMatch(/^https:\/\/news\.example\.test\/news\//);
  });

  it('holds the configured number of items, newest first', async () => {
    const model = (await feeds.buildFeedModel())!;
    const dates = model.entries.map((e) => e.published.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(model.entries).toHaveLength(50);
    const titles = model.entries.map((e) => e.title);
    expect(titles).toContain('Archive story 51');
    expect(titles).not.toContain('Archive story 0');
  });

  it('has a feed per section, and none for an unknown section', async () => {
    const parsed = parseFeed(
      render.renderFeed((await feeds.buildFeedModel({ section: 'business' }))!, 'rss'),
    ).toJSON();
    expect(parsed.title).toBe('Business - Shandong On Internet');
    expect(parsed.self).toBe('https://news.example.test/news/business/rss.xml');
    expect(parsed.items).toHaveLength(50);
    for (const item of parsed.items)
      expect(item.url).toMatch(/^https:\/\/news\.example\.test\/news\/business\//);
    expect(await feeds.buildFeedModel({ section: 'sport' })).toBeUndefined();
  });
});

describe('Atom and JSON Feed', () => {
  it('writes Atom 1.0 that a parser reads back', async () => {
    const parsed = parseFeed(render.renderFeed((await feeds.buildFeedModel())!, 'atom')).toJSON();
    expect(parsed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(parsed.self).toBe('https://news.example.test/atom.xml');
    expect(parsed.items[0].title).toBe(SPECIAL_TITLE);
    expect(parsed.items[0].categories.map((c) => c.term)).toEqual(['china-news']);
  });

  it('writes JSON Feed 1.1', async () => {
    const json = JSON.parse(render.renderFeed((await feeds.buildFeedModel())!, 'json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe('https://news.example.test/feed.json');
    expect(json.items[0]).toMatchObject({
      id: 'https://news.example.test/news/china-news/special',
      url: 'https://news.example.test/news/china-news/special',
      title: SPECIAL_TITLE,
    });
    expect(json.items[0].content_html).toContain('汉字 🎉');
  });

  it('shows a corrected story as updated at its latest correction, under the id it always had', async () => {
    const parsed = parseFeed(render.renderFeed((await feeds.buildFeedModel())!, 'atom')).toJSON();
    const corrected = parsed.items.find((item) => item.url?.endsWith('/news/business/renamed-story'))!;
    expect(corrected.id).toBe('https://news.example.test/news/business/renamed-story');
    expect(new Date(corrected.updated!).toISOString()).toBe('2018-06-08T02:00:00.000Z');
    expect(new Date(corrected.published!).toISOString()).toBe('2018-06-07T00:05:00.000Z');
  });
});

describe('feed validators', () => {
  it('answer a copy held from before a takedown with the feed, not "not modified"', async () => {
    const { feedResponse } = await import('@/lib/feeds/respond');
    const { PUBLISH_RECORD_FILE } = await import('@/lib/content/publish-record');
    const ask = (since?: string) =>
      feedResponse(
        new Request('https://news.example.test/rss.xml', {
          headers: since ? { 'if-modified-since': since } : {},
        }),
        'rss',
      );
    const held = (await ask()).headers.get('last-modified')!;
    // The newest item's time: a reader holding it is told it is current.
    expect(Date.parse(held)).toBe(Math.floor((NOW - 60_000) / 1000) * 1000);
    expect((await ask(held)).status).toBe(304);

    // A publish took a story down a minute later (docs/adr/022): the newest item did not change.
    const record = path.join(process.env.CONTENTLAYER_DIR!, PUBLISH_RECORD_FILE);
    writeFileSync(record, JSON.stringify({ all: NOW, paths: {} }));
    try {
      const after = await ask(held);
      expect(after.status).toBe(200);
      expect(Date.parse(after.headers.get('last-modified')!)).toBe(Math.floor(NOW / 1000) * 1000);
      expect((await ask(after.headers.get('last-modified')!)).status).toBe(304);
    } finally {
      rmSync(record);
    }
  });
});

describe('what editors type', () => {
  const validXml = (body: string) => XMLValidator.validate(body);
  const raw = (format: 'rss' | 'atom') => render.renderFeed(model, format);
  let model: Awaited<ReturnType<typeof feeds.buildFeedModel>> & object;
  beforeAll(async () => {
    model = (await feeds.buildFeedModel({ section: 'business' }))!;
  });

  it.each(['rss', 'atom'] as const)(
    'keeps %s well-formed, with titles and summaries as plain text',
    (format) => {
      const body = raw(format);
      expect(validXml(body)).toBe(true);
      const item = parseFeed(body)
        .toJSON()
        .items.find((i) => i.url?.endsWith('/tricky'));
      expect(item?.title).toBe(TRICKY_TITLE);
      expect(item?.description).toBe(`${TRICKY_TITLE}.`);
      expect(item?.content).toContain(TRICKY_BODY);
    },
  );

  it('keeps the text intact in JSON Feed', () => {
    const item = JSON.parse(render.renderFeed(model, 'json')).items.find((i: { url: string }) =>
      i.url.endsWith('/tricky'),
    );
    expect(item.title).toBe(TRICKY_TITLE);
    expect(item.summary).toBe(`${TRICKY_TITLE}.`);
  });
});

describe('sitemaps', () => {
  it('lists every page with lastmod from the content, never the build time', () => {
    const entries = sitemaps.sitemapEntries();
    const byLoc = new Map(entries.map((e) => [e.loc, e.lastmod]));
    expect(byLoc.get('https://news.example.test/news/china-news/first-story')).toBe(
      '2018-06-08T14:17:00+08:00',
    );
    expect(byLoc.get('https://news.example.test/news/china-news/second-story')).toBe(
      '2018-06-09T18:30:00+08:00',
    );
    // Corrected: the latest correction.
    expect(byLoc.get('https://news.example.test/news/business/renamed-story')).toBe(
      '2018-06-08T10:00:00+08:00',
    );
    expect(byLoc.has('https://news.example.test/introduction/overview')).toBe(true);
    expect(byLoc.get('https://news.example.test/introduction/overview')).toBeUndefined();
    expect(byLoc.has('https://news.example.test/news/china-news/unfinished')).toBe(false);
    const parsed = xml.parse(sitemaps.renderSitemapXml(entries));
    expect(parsed.urlset.url).toHaveLength(entries.length);
  });

  it('becomes an index of smaller files past the per-file limit', () => {
    const entries = sitemaps.sitemapEntries();
    const index = xml.parse(sitemaps.renderSitemapXml(entries, 3)).sitemapindex.sitemap;
    expect(index).toHaveLength(Math.ceil(entries.length / 3));
    expect(index[0].loc).toBe('https://news.example.test/sitemaps/1.xml');
    expect(sitemaps.sitemapChunks(entries, 3).flat()).toEqual(entries);
  });

  it('lists in the news sitemap only what was published in the last 48 hours', () => {
    const body = sitemaps.renderNewsSitemap(sitemaps.newsSitemapEntries());
    const urls = [xml.parse(body).urlset.url].flat();
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual([
      'https://news.example.test/news/china-news/special',
      'https://news.example.test/news/business/hour-old',
      'https://news.example.test/news/business/tricky',
      'https://news.example.test/news/business/two-days-less-an-hour',
    ]);
    expect(urls[0]['news:news']['news:publication']).toEqual({
      'news:name': 'Shandong On Internet',
      'news:language': 'en',
    });
    expect(urls[0]['news:news']['news:title']).toBe(SPECIAL_TITLE);
    expect(urls[1]['news:news']['news:publication_date']).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/,
    );
  });

  it('caps the news sitemap and stays valid when nothing is recent', () => {
    expect(sitemaps.newsSitemapEntries(undefined, 2)).toHaveLength(2);
    const empty = xml.parse(
      sitemaps.renderNewsSitemap(sitemaps.newsSitemapEntries(new Date(NOW + 30 * 24 * HOUR))),
    );
    expect(empty.urlset).toBeDefined();
    expect(empty.urlset.url).toBeUndefined();
  });
});

describe('JSON-LD', () => {
  it('escapes < so no string can close the script element', () => {
    const text = jsonLd.serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
