import { brandCanvas, brandColors } from '@/lib/brand';

/** The 1200×630 card for an article without a lead image: brand, section and headline. */
export function SocialCard({
  brand,
  section,
  headline,
}: {
  brand: string;
  section: string;
  headline: string;
}) {
  return (
    <div style={{ ...brandCanvas, flexDirection: 'column', justifyContent: 'space-between', padding: 64 }}>
      <div style={{ display: 'flex', fontSize: 40, fontWeight: 700 }}>{brand}</div>
      <div style={{ display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>{headline}</div>
      <div style={{ display: 'flex', fontSize: 32, color: brandColors[100] }}>{section}</div>
    </div>
  );
}
