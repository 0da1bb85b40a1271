import { Feed } from 'feed';
import { site } from '../site';
import type { FeedModel } from './model';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

function toFeed(model: FeedModel): Feed {
  const feed = new Feed({
    id: model.link,
    title: model.title,
    description: model.description,
    link: model.link,
    language: site.language,
    ttl: site.feedTtlMinutes,
    updated: model.updated,
    generator: site.name,
    copyright: `Copyright ${site.name}`,
    feedLinks: model.self,
  });
  for (const entry of model.entries) {
    feed.addItem({
      title: entry.title,
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      description: entry.summary,
      content: entry.html,
      category: [{ name: entry.category.name, term: entry.category.id }],
      author: entry.author ? [{ name: entry.author }] : undefined,
      enclosure: entry.image,
    });
  }
  return feed;
}

/**
 * JSON Feed 1.1: the library writes 1.0, whose `author` became `authors`, and leaves out the
 * required item `id` unless given one (which would also make the RSS guid a non-permalink).
 */
function jsonFeed11(feed: Feed): string {
  const json = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  json.version = 'https://jsonfeed.org/version/1.1';
  json.language = site.language;
  for (const item of json.items) {
    item.id ??= item.url;
    if (item.author) {
      item.authors = [item.author];
      delete item.author;
    }
  }
  return JSON.stringify(json);
}

export function renderFeed(model: FeedModel, format: FeedFormat): string {
  const feed = toFeed(model);
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return jsonFeed11(feed);
}
