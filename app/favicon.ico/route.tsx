import { ImageResponse } from 'next/og';
import { BrandMark } from '@/components/BrandMark';
import { FAVICON_SIZE, pngToIco } from '@/lib/seo/icons';
import { CACHE_POLICY } from '@/lib/http/cache-policy';

export const dynamic = 'force-static';

/** What browsers and crawlers ask for without reading the page: the brand mark at 32×32. */
export async function GET() {
  const png = new ImageResponse(<BrandMark size={FAVICON_SIZE} />, {
    width: FAVICON_SIZE,
    height: FAVICON_SIZE,
  });
  const ico = pngToIco(new Uint8Array(await png.arrayBuffer()), FAVICON_SIZE);
  return new Response(ico, {
    headers: { 'content-type': 'image/x-icon', 'cache-control': CACHE_POLICY.daily },
  });
}
