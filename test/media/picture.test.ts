import { describe, expect, it } from 'vitest';
import type { LeadImageMeta } from '@/lib/content/types';
import { leadImageView, pictureFile, pictureView } from '@/lib/media/picture';
import { DERIVATIVE_FILE, IMAGE_SOURCE, widthsFor } from '@/lib/media/recipe';
import { mediaFilePath } from '@/lib/media/serve';

const image = (width: number, height: number, widths = widthsFor(width)): LeadImageMeta => ({
  src: 'images/harbour.jpg',
  alt: 'A harbour',
  caption: 'Caption.',
  credit: 'Photo: Someone',
  picture: { name: 'harbour-0123456789', width, height, widths, color: '#112233' },
});

describe('widthsFor', () => {
  it.each([
    [2400, [400, 800, 1200, 1600]],
    [1600, [400, 800, 1200, 1600]],
    [1599, [400, 800, 1200]],
    [800, [400, 800]],
    [400, [400]],
  ])('a picture %i pixels wide gets %j', (width, widths) => {
    expect(widthsFor(width)).toEqual(widths);
  });
});

describe('names', () => {
  it.each([
    ['images/harbour.jpg', 'harbour'],
    ['images/ports/harbour-dawn.webp', 'harbour-dawn'],
    ['images/Harbour.jpg', undefined],
    ['/images/harbour.jpg', undefined],
    ['images/../secret.jpg', undefined],
    ['images/harbour.svg', undefined],
    ['harbour.jpg', undefined],
  ])('the source %s has the stem %s', (src, stem) => {
    expect(IMAGE_SOURCE.exec(src)?.[1]).toBe(stem);
  });

  it.each([
    ['harbour-0123456789-800.webp', true],
    ['harbour-dawn-abcdef0123-1600.jpg', true],
    ['harbour-0123456789-800.png', false],
    ['harbour-0123456789-0800.webp', false],
    ['harbour-012345678-800.webp', false],
    ['harbour-0123456789.json', false],
    ['..-0123456789-800.webp', false],
    ['site-index.json', false],
  ])('%s is a derivative name: %s', (file, valid) => {
    expect(DERIVATIVE_FILE.test(file)).toBe(valid);
    expect(mediaFilePath(file) !== undefined).toBe(valid);
  });
});

describe('pictureView', () => {
  it('offers every width in WebP and JPEG, falling back to the 800-pixel JPEG', () => {
    const view = pictureView(image(1600, 900))!;
    expect(view).toMatchObject({ alt: 'A harbour', width: 1600, height: 900, color: '#112233' });
    expect(view.src).toBe('/media/harbour-0123456789-800.jpg');
    expect(view.srcSet.webp).toBe(
      '/media/harbour-0123456789-400.webp 400w, /media/harbour-0123456789-800.webp 800w, /media/harbour-0123456789-1200.webp 1200w, /media/harbour-0123456789-1600.webp 1600w',
    );
    expect(view.srcSet.jpg).toContain('/media/harbour-0123456789-1600.jpg 1600w');
    expect(view.smallest).toEqual({
      webp: '/media/harbour-0123456789-400.webp',
      jpg: '/media/harbour-0123456789-400.jpg',
    });
  });

  it('falls back to the narrowest JPEG when all are narrower than 800', () => {
    expect(pictureView(image(500, 300))!.src).toBe('/media/harbour-0123456789-400.jpg');
  });

  it('shows nothing for an image the content build has not made', () => {
    expect(pictureView({ src: 'images/harbour.jpg', alt: 'A harbour' })).toBeUndefined();
    expect(pictureView(undefined)).toBeUndefined();
    expect(leadImageView({ src: 'images/harbour.jpg', alt: 'A harbour' })).toBeUndefined();
  });
});

describe('pictureFile', () => {
  it.each([
    [1600, 900, 1200, 675],
    [1200, 800, 1200, 800],
    [1000, 500, 800, 400],
  ])('a %i×%i picture is shared at %i×%i', (width, height, sharedWidth, sharedHeight) => {
    expect(pictureFile(image(width, height))).toEqual({
      url: `/media/harbour-0123456789-${sharedWidth}.jpg`,
      file: `harbour-0123456789-${sharedWidth}.jpg`,
      type: 'image/jpeg',
      width: sharedWidth,
      height: sharedHeight,
    });
  });

  it('comes with the caption and credit in the lead image', () => {
    expect(leadImageView(image(1600, 900))).toMatchObject({
      caption: 'Caption.',
      credit: 'Photo: Someone',
      large: { width: 1200, height: 675 },
    });
  });
});
