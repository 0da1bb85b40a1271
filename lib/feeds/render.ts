import { escapeMarkup } from '../markup';
import { site } from '../site';
import type { FeedEntry, FeedModel } from './model';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const xml = escapeMarkup;

/**
 * RSS leaves open whether a title is text or HTML, and readers differ. The RSS Advisory Board's
 * profile names the form that reads the same in most of them: `&`, `<` and `>` as hexadecimal
 * character references.
 */
function rssText(text: string): string {
  return text.replace(/[&<>]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

const element = (name: string, content: string, attributes = ''): string =>
  `<${name}${attributes}>${content}</${name}>`;

function rssItem(entry: FeedEntry): string {
  return [
    element('title', rssText(entry.title)),
    element('link', xml(entry.link)),
    element('guid', xml(entry.link), ' isPermaLink="true"'),
    element('pubDate', entry.published.toUTCString()),
    // A description is HTML: the summary, which is text, is escaped as HTML, then as XML.
    element('description', xml(xml(entry.summary))),
    element('content:encoded', xml(entry.html)),
    ...entry.authors.map((name) => element('dc:creator', rssText(name))),
    element('category', rssText(entry.category.name)),
    entry.image
      ? `<enclosure url="${xml(entry.image.url)}" length="${entry.image.length}" type="${xml(entry.image.type)}"/>`
      : '',
  ].join('');
}

function rss(model: FeedModel): string {
  const channel = [
    element('title', rssText(model.title)),
    element('link', xml(model.link)),
    element('description', rssText(model.description)),
    element('language', site.language),
    element('ttl', String(site.feedTtlMinutes)),
    element('lastBuildDate', model.updated.toUTCString()),
    element('generator', rssText(site.name)),
    element('copyright', rssText(`Copyright ${site.name}`)),
    `<atom:link href="${xml(model.self.rss)}" rel="self" type="application/rss+xml"/>`,
    ...model.entries.map((entry) => element('item', rssItem(entry))),
  ].join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
${channel}
</channel>
</rss>
`;
}

function atomEntry(entry: FeedEntry): string {
  return [
    element('title', xml(entry.title), ' type="text"'),
    element('id', xml(entry.link)),
    `<link rel="alternate" href="${xml(entry.link)}"/>`,
    entry.image
      ? `<link rel="enclosure" href="${xml(entry.image.url)}" type="${xml(entry.image.type)}" length="${entry.image.length}"/>`
      : '',
    element('published', entry.published.toISOString()),
    element('updated', entry.updated.toISOString()),
    element('summary', xml(entry.summary), ' type="text"'),
    element('content', xml(entry.html), ' type="html"'),
    ...entry.authors.map((name) => element('author', element('name', xml(name)))),
    `<category term="${xml(entry.category.id)}" label="${xml(entry.category.name)}"/>`,
  ].join('');
}

function atom(model: FeedModel): string {
  const feed = [
    element('id', xml(model.link)),
    element('title', xml(model.title), ' type="text"'),
    element('subtitle', xml(model.description), ' type="text"'),
    element('updated', model.updated.toISOString()),
    element('generator', xml(site.name)),
    element('rights', xml(`Copyright ${site.name}`)),
    `<link rel="alternate" href="${xml(model.link)}"/>`,
    `<link rel="self" href="${xml(model.self.atom ?? model.self.rss)}"/>`,
    ...model.entries.map((entry) => element('entry', atomEntry(entry))),
  ].join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
${feed}
</feed>
`;
}

/** JSON Feed 1.1: titles and summaries are plain text there by definition. */
function jsonFeed(model: FeedModel): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: model.title,
    home_page_url: model.link,
    feed_url: model.self.json ?? model.self.rss,
    description: model.description,
    language: site.language,
    items: model.entries.map((entry) => ({
      id: entry.link,
      url: entry.link,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.html,
      date_published: entry.published.toISOString(),
      date_modified: entry.updated.toISOString(),
      tags: [entry.category.name],
      ...(entry.authors.length > 0 && { authors: entry.authors.map((name) => ({ name })) }),
      ...(entry.image && { image: entry.image.url }),
    })),
  });
}

/** One feed model written as RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export function renderFeed(model: FeedModel, format: FeedFormat): string {
  if (format === 'rss') return rss(model);
  if (format === 'atom') return atom(model);
  return jsonFeed(model);
}
