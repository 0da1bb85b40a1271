import { isPublishedPath } from '../content/known-paths';
import { isSitemapChunkPath } from '../seo/sitemaps';
import { judgeRequestHead, type RequestHead, type TargetVerdict } from './request-target';

/**
 * Paths no page of the site uses. Next's image optimiser keeps a disk cache of its own per
 * source, width and quality; the site's images are plain files (docs/adr/011-hostile-requests.md).
 */
function isClosedPath(segments: readonly string[]): boolean | undefined {
  return segments[0] === '_next' && segments[1] === 'image' ? false : undefined;
}

/** What scripts/start.ts does with a request before Next sees it. */
export function judgeRequest(head: RequestHead): TargetVerdict {
  return judgeRequestHead(
    head,
    (segments) => isClosedPath(segments) ?? isPublishedPath(segments) ?? isSitemapChunkPath(segments),
  );
}
