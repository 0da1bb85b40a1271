export interface FeedLink {
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
  url: string;
  title: string;
}

export function siteFeeds(siteName: string): FeedLink[] {
  return [
    { type: 'application/rss+xml', url: '/rss.xml', title: `${siteName} (RSS)` },
    { type: 'application/atom+xml', url: '/atom.xml', title: `${siteName} (Atom)` },
    { type: 'application/feed+json', url: '/feed.json', title: `${siteName} (JSON Feed)` },
  ];
}
