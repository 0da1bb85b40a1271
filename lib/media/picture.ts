import type { DerivedPicture, LeadImageMeta } from '../content/types';
import { MEDIA_TYPES, derivativeFile, mediaUrl, type PictureFormat } from './recipe';

/** A picture as components render it: a WebP ladder, a JPEG ladder and the size it is drawn at. */
export interface PictureView {
  alt: string;
  width: number;
  height: number;
  /** The ground painted until the picture arrives. */
  color: string;
  /** The JPEG a browser without `srcset` shows. */
  src: string;
  srcSet: Record<PictureFormat, string>;
  /** The narrowest files, enough for a thumbnail at any pixel density. */
  smallest: Record<PictureFormat, string>;
}

export interface LeadImageView extends PictureView {
  caption?: string;
  credit?: string;
  /** The JPEG for feeds and social cards. */
  large: PictureFile;
}

/** A picture's file at one width, as feeds and social cards take it. */
export interface PictureFile {
  url: string;
  type: string;
  width: number;
  height: number;
  /** The derivative's file name in the media folder. */
  file: string;
}

/**
 * How wide a picture is drawn, for the browser to pick a width: across the main column, as the
 * front page's lead (two thirds of the column beside "Latest" from 48rem up), as a thumbnail.
 */
export const PICTURE_SIZES = {
  column: '(min-width: 64rem) 48rem, calc(100vw - 2rem)',
  lead: '(min-width: 64rem) 31rem, (min-width: 48rem) 64vw, calc(100vw - 2rem)',
} as const;

/** Social cards ask for 1200 pixels across; a narrower picture is not used for one. */
export const SOCIAL_CARD_WIDTH = 1200;
/** The fallback JPEG's width: sharp enough for a column, small enough for an old browser. */
const FALLBACK_WIDTH = 800;

function ladder(name: string, widths: readonly number[], format: PictureFormat): string {
  return widths.map((w) => `${mediaUrl(name, w, format)} ${w}w`).join(', ');
}

/** The widest width made that is no wider than `limit` (else the narrowest). */
function widthUpTo(widths: readonly number[], limit: number): number {
  return widths.filter((w) => w <= limit).at(-1) ?? widths[0];
}

// One view per picture of the live index (kept as long as the index holds the picture): lists
// and the beacon's article lookups build the same cards over and over.
const views = new WeakMap<LeadImageMeta, PictureView>();

/** The picture of a lead image; undefined when the content build has made none (an index from `npm run dev`). */
export function pictureView(image: LeadImageMeta | undefined): PictureView | undefined {
  const picture = image?.picture;
  if (!picture || picture.widths.length === 0) return undefined;
  let view = views.get(image);
  if (!view) {
    view = buildPictureView(image, picture);
    views.set(image, view);
  }
  return view;
}

function buildPictureView(image: LeadImageMeta, picture: DerivedPicture): PictureView {
  const { name, widths, width, height, color } = picture;
  return {
    alt: image.alt,
    width,
    height,
    color,
    src: mediaUrl(name, widthUpTo(widths, FALLBACK_WIDTH), 'jpg'),
    srcSet: { webp: ladder(name, widths, 'webp'), jpg: ladder(name, widths, 'jpg') },
    smallest: { webp: mediaUrl(name, widths[0], 'webp'), jpg: mediaUrl(name, widths[0], 'jpg') },
  };
}

export function leadImageView(image: LeadImageMeta | undefined): LeadImageView | undefined {
  const picture = pictureView(image);
  const large = pictureFile(image);
  return picture && large && { ...picture, caption: image?.caption, credit: image?.credit, large };
}

/** The JPEG of a lead image at `width` or the widest below it: a feed's enclosure, a social card. */
export function pictureFile(
  image: LeadImageMeta | undefined,
  width = SOCIAL_CARD_WIDTH,
): PictureFile | undefined {
  const picture = image?.picture;
  if (!picture || picture.widths.length === 0) return undefined;
  const chosen = widthUpTo(picture.widths, width);
  return {
    url: mediaUrl(picture.name, chosen, 'jpg'),
    type: MEDIA_TYPES.jpg,
    width: chosen,
    height: Math.round((picture.height * chosen) / picture.width),
    file: derivativeFile(picture.name, chosen, 'jpg'),
  };
}
