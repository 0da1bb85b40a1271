/**
 * How a lead image becomes the files readers get: a ladder of widths in WebP, with JPEG for the
 * browsers and feed readers without it. Derivatives are made once, at content build, and named
 * by a hash of the source and of this recipe, so a URL never changes what it serves
 * (docs/adr/013-pictures-made-at-build.md).
 */

/** Widths made of every picture no narrower than them; a narrower picture gets its own width. */
export const PICTURE_WIDTHS = [400, 800, 1200, 1600] as const;
export const PICTURE_FORMATS = { webp: { quality: 72 }, jpg: { quality: 78 } } as const;
export type PictureFormat = keyof typeof PICTURE_FORMATS;
/** Bumped when the widths, formats or qualities change: every derivative is then made again. */
export const RECIPE_VERSION = 1;

/** What a source image may be: past these the content build fails, naming the file. */
export const IMAGE_LIMITS = {
  bytes: 20 * 1024 * 1024,
  pixels: 50_000_000,
  side: 12_000,
  minWidth: PICTURE_WIDTHS[0],
  formats: ['jpeg', 'png', 'webp'],
} as const;

/** A source image, relative to the content folder: `images/<name>.<jpg|jpeg|png|webp>`. */
export const IMAGE_SOURCE =
  /^images\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*([a-z0-9]+(?:-[a-z0-9]+)*)\.(?:jpe?g|png|webp)$/;
/** A derivative's file name: `<stem>-<hash>-<width>.<format>`. */
export const DERIVATIVE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{10})-([1-9][0-9]{1,4})\.(webp|jpg)$/;

/** The folder of derivatives inside Contentlayer's output folder, and the URL path they are served under. */
export const MEDIA_DIR = 'media';
export const MEDIA_PATH = '/media';

export const MEDIA_TYPES: Record<PictureFormat, string> = { webp: 'image/webp', jpg: 'image/jpeg' };

/** The widths made of a picture `width` pixels wide. */
export function widthsFor(width: number): number[] {
  const widths: number[] = PICTURE_WIDTHS.filter((w) => w <= width);
  return widths.length > 0 ? widths : [width];
}

export function derivativeFile(name: string, width: number, format: PictureFormat): string {
  return `${name}-${width}.${format}`;
}

export function mediaUrl(name: string, width: number, format: PictureFormat): string {
  return `${MEDIA_PATH}/${derivativeFile(name, width, format)}`;
}

/** Every file made of a picture. */
export function derivativeFiles(name: string, widths: readonly number[]): string[] {
  return (Object.keys(PICTURE_FORMATS) as PictureFormat[]).flatMap((format) =>
    widths.map((width) => derivativeFile(name, width, format)),
  );
}
