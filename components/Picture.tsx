import type { PictureView } from '@/lib/media/picture';

interface PictureProps {
  picture: PictureView;
  sizes: string;
  /**
   * The page's largest paint: fetched first, never lazy (the server preloads it with a Link
   * header: lib/server/preload.ts). Everything else waits for the scroll.
   */
  priority?: boolean;
  /** Empty for a picture beside a headline that says the same. */
  alt?: string;
  className?: string;
}

/**
 * A picture in WebP with JPEG for the rest, its width and height set so nothing moves when it
 * arrives, its dominant colour painted meanwhile.
 */
export function Picture({ picture, sizes, priority = false, alt = picture.alt, className }: PictureProps) {
  return (
    <picture>
      <source type="image/webp" srcSet={picture.srcSet.webp} sizes={sizes} />
      {/* The ladders are made at content build (lib/media); next/image would resize again per request. */}
      <img
        src={picture.src}
        srcSet={picture.srcSet.jpg}
        sizes={sizes}
        width={picture.width}
        height={picture.height}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
        className={className}
        style={{ backgroundColor: picture.color }}
      />
    </picture>
  );
}

/**
 * A list's small picture beside a headline: decorative, since the headline names the story. At
 * 8rem across, the narrowest file is sharp enough at any pixel density, so it has no ladder.
 */
export function Thumbnail({
  picture,
  alt = '',
  className = 'aspect-video w-24 shrink-0 rounded object-cover sm:w-32',
}: {
  picture: PictureView;
  /** Empty for a list's picture; an author's portrait says whose it is. */
  alt?: string;
  className?: string;
}) {
  return (
    <picture>
      <source type="image/webp" srcSet={picture.smallest.webp} />
      <img
        src={picture.smallest.jpg}
        width={picture.width}
        height={picture.height}
        alt={alt}
        loading="lazy"
        decoding="async"
        className={className}
        style={{ backgroundColor: picture.color }}
      />
    </picture>
  );
}
