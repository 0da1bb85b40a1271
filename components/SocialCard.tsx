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
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 64,
        background: '#123b62',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', fontSize: 40, fontWeight: 700 }}>{brand}</div>
      <div style={{ display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>{headline}</div>
      <div style={{ display: 'flex', fontSize: 32, color: '#d6e6f5' }}>{section}</div>
    </div>
  );
}
