import { ImageResponse } from 'next/og';
import { LOGO } from '@/lib/seo/structured-data';
import { site } from '@/lib/site';
import { brandColors } from '@/lib/brand';

export const dynamic = 'force-static';

/** The publisher logo named in structured data: the brand in white on blue, 600×60. */
export function GET() {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        paddingLeft: 16,
        background: brandColors[800],
        color: '#ffffff',
        fontSize: 36,
        fontWeight: 700,
      }}
    >
      {site.name}
    </div>,
    { width: LOGO.width, height: LOGO.height },
  );
}
