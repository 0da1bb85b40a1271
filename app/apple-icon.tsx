import { ImageResponse } from 'next/og';
import { BrandMark } from '@/components/BrandMark';
import { APPLE_ICON_SIZE } from '@/lib/seo/icons';

export const size = { width: APPLE_ICON_SIZE, height: APPLE_ICON_SIZE };
export const contentType = 'image/png';

export default function AppleIcon() {
  return new ImageResponse(<BrandMark size={APPLE_ICON_SIZE} />, size);
}
