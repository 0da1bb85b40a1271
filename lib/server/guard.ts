import { judgeContentPath } from '../content/known-paths';
import { storyForPreview } from '../content/store';
import { openPreview } from '../preview';
import { site } from '../site';
import { mediaFilePath } from '../media/serve';
import { SITE_SCRIPT } from '../site-script';
import { isSitemapChunkPath } from '../seo/sitemaps';
import { judgeRequestHead, type RequestHead, type TargetVerdict } from './request-target';

/**
 * Paths no page of the site uses, pictures by the names the content build gives them, the
 * site's script by its hashed name, and private preview links that open. Next's
 * image optimiser keeps a disk cache of its own per source, width and quality; the site's
 * pictures are made at content build (docs/adr/011-hostile-requests.md, 013-pictures-made-at-build.md).
 */
function isClosedPath(segments: readonly string[]): boolean | undefined {
  if (segments[0] === '_next' && segments[1] === 'image') return false;
  if (segments[0] === 'media') return segments.length === 2 && mediaFilePath(segments[1]) !== undefined;
  if (segments[0] === 'assets') return segments.length === 2 && segments[1] === SITE_SCRIPT.file;
  if (segments[0] === 'preview') return segments.length === 2 && isOpenPreview(segments[1]);
  return undefined;
}

/** A preview link signed, unexpired, and naming a story the index holds (docs/adr/018). */
function isOpenPreview(token: string): boolean {
  const grant = openPreview(token, site.previewSecret);
  return grant !== undefined && storyForPreview(grant.story) !== undefined;
}

/** What scripts/start.ts does with a request before Next sees it. */
export function judgeRequest(head: RequestHead): TargetVerdict {
  return judgeRequestHead(
    head,
    (segments) => isClosedPath(segments) ?? judgeContentPath(segments) ?? isSitemapChunkPath(segments),
  );
}
