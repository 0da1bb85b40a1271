import { Picture } from './Picture';
import { PICTURE_SIZES, type LeadImageView } from '@/lib/media/picture';

/** An article's lead image across the column, with its caption and credit; the page's largest paint. */
export function LeadImage({ image }: { image: LeadImageView }) {
  return (
    <figure className="space-y-1">
      <Picture picture={image} sizes={PICTURE_SIZES.column} priority className="h-auto w-full rounded" />
      {(image.caption || image.credit) && (
        <figcaption className="text-sm text-muted">
          {image.caption}
          {image.caption && image.credit && ' '}
          {image.credit && <span className="whitespace-nowrap">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
