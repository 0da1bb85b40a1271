import { accentColors, brandCanvas } from '@/lib/brand';

/**
 * The square mark every icon is drawn from (favicon, app icons, the manifest's): a serif "S" in
 * white on the header's blue, over a red bar. Drawn for `next/og`, so inline styles only; `size`
 * is the square's side in pixels.
 */
export function BrandMark({ size }: { size: number }) {
  return (
    <div style={{ ...brandCanvas, flexDirection: 'column', alignItems: 'center', justifyContent: 'center' }}>
      <div
        style={{
          display: 'flex',
          fontSize: size * 0.72,
          fontWeight: 700,
          lineHeight: 1,
          fontFamily: 'serif',
        }}
      >
        S
      </div>
      <div
        style={{
          display: 'flex',
          width: size * 0.5,
          height: Math.max(2, size * 0.07),
          background: accentColors[600],
        }}
      />
    </div>
  );
}
