import type { MetadataRoute } from 'next';
import { backgroundColor, themeColor } from '@/lib/brand';
import { APP_ICON_SIZES, appIconUrl } from '@/lib/seo/icons';
import { site } from '@/lib/site';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: 'Shandong News',
    description: site.description,
    lang: site.language,
    start_url: '/',
    scope: '/',
    display: 'minimal-ui',
    background_color: backgroundColor,
    theme_color: themeColor,
    icons: APP_ICON_SIZES.filter((size) => size >= 192).map((size) => ({
      src: appIconUrl(size),
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
}
