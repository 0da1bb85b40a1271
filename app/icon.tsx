import { ImageResponse } from 'next/og';
import { BrandMark } from '@/components/BrandMark';
import { APP_ICON_SIZES } from '@/lib/seo/icons';

export function generateImageMetadata() {
  return APP_ICON_SIZES.map((size) => ({
    id: String(size),
    size: { width: size, height: size },
    contentType: 'image/png',
  }));
}

export default async function Icon({ id }: { id: Promise<string> }) {
  const size = Number(await id);
  return new ImageResponse(<BrandMark size={size} />, { width: size, height: size });
}
