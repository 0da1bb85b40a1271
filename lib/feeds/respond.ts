import { contentVersion, getAuthor, getSection, getTag } from '../content';
import { lastChangeOfEverything } from '../content/publish-record';
import { etagOf, ifNoneMatchHits } from '../http/conditional';
import { errorResponse } from '../http/responses';
import { buildFeedModel, type FeedScope } from './model';
import { FEED_CONTENT_TYPES, renderFeed, type FeedFormat } from './render';
import { CACHE_POLICY } from '../http/cache-policy';

interface RenderedFeed {
  body: string;
  etag: string;
  lastModified: string;
}

// One rendering per feed and content version: feed readers poll, content changes rarely. Keys
// are formats and published sections, tags and authors only, so the map holds at most
// formats × (sections + tags + authors + 1); a new content version replaces every entry it meets.
const rendered = new Map<string, { version: string; feed: Promise<RenderedFeed | undefined> }>();

async function render(format: FeedFormat, scope: FeedScope): Promise<RenderedFeed | undefined> {
  const model = await buildFeedModel(scope);
  if (!model) return undefined;
  const body = renderFeed(model, format);
  return { body, etag: etagOf(body), lastModified: model.updated.toUTCString() };
}

function notModified(request: Request, etag: string, lastModified: string): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch) return ifNoneMatchHits(ifNoneMatch, etag);
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  return Number.isFinite(since) && Date.parse(lastModified) <= since;
}

/** A feed response with ETag and Last-Modified, 304 for a reader that has it, 404 for an unknown section or tag. */
export async function feedResponse(
  request: Request,
  format: FeedFormat,
  scope: FeedScope = {},
): Promise<Response> {
  if (scope.section !== undefined && !getSection(scope.section)) return errorResponse(404, 'no such section');
  if (scope.tag !== undefined && !getTag(scope.tag)) return errorResponse(404, 'no such tag');
  if (scope.author !== undefined && !getAuthor(scope.author)) return errorResponse(404, 'no such author');
  const key = `${format}|${scope.section ?? ''}|${scope.tag ?? ''}|${scope.author ?? ''}`;
  const version = contentVersion();
  let entry = rendered.get(key);
  if (!entry || entry.version !== version) {
    entry = { version, feed: render(format, scope) };
    rendered.set(key, entry);
  }
  const feed = await entry.feed;
  if (!feed) return errorResponse(404, 'no such section');
  // The newest item's time, or the last takedown's when later: a story taken down leaves the
  // newest item as it was, or moves it back.
  const lastModified = new Date(
    Math.max(Date.parse(feed.lastModified), lastChangeOfEverything()),
  ).toUTCString();
  const headers = {
    'content-type': FEED_CONTENT_TYPES[format],
    etag: feed.etag,
    'last-modified': lastModified,
    'cache-control': CACHE_POLICY.feed,
  };
  if (notModified(request, feed.etag, lastModified)) return new Response(null, { status: 304, headers });
  return new Response(feed.body, { headers });
}
