import { ImageResponse } from 'next/og';
import { LOGO } from '@/lib/seo/structured-data';
import { site } from '@/lib/site';
import { brandCanvas } from '@/lib/brand';

export const dynamic = 'force-static';

/** The publisher logo named in structured data: the brand in white on blue, 600×60. */
export function GET() {
  return new ImageResponse(
    <div style={{ ...brandCanvas, alignItems: 'center', paddingLeft: 16, fontSize: 36, fontWeight: 700 }}>
      {site.name}
    </div>,
    { width: LOGO.width, height: LOGO.height },
  );
}
