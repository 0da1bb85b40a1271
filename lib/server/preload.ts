import { findArticleByPath, frontPageLead } from '../content/queries';
import { PICTURE_SIZES, type PictureView } from '../media/picture';

/** A Link header field value that preloads a picture's WebP at the width the browser will pick. */
function preloadLink(picture: PictureView, sizes: string): string {
  return `<${picture.src}>; rel=preload; as=image; type="image/webp"; imagesrcset="${picture.srcSet.webp}"; imagesizes="${sizes}"; fetchpriority=high`;
}

/**
 * The `Link` header that preloads a page's lead picture, the largest paint of the front page and
 * of an article: undefined for any other path. Sent by the server with the document only, never in
 * the markup, where React would also hand it to every prefetch of the page, and each page would
 * fetch the lead pictures of all the pages it links to.
 */
export function leadPicturePreload(pathname: string): string | undefined {
  if (pathname === '/') {
    const picture = frontPageLead()?.picture;
    return picture && preloadLink(picture, PICTURE_SIZES.lead);
  }
  const picture = findArticleByPath(pathname)?.picture;
  return picture && preloadLink(picture, PICTURE_SIZES.column);
}
