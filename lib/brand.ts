/** The site's colours, named once: Tailwind's theme, the icons, the manifest and the social cards use these. */
export const brandColors = {
  50: '#eef5fb',
  100: '#d6e6f5',
  600: '#1c5d99',
  700: '#174c7e',
  800: '#123b62',
  900: '#0c2a47',
} as const;

export const accentColors = { 600: '#b3261e', 700: '#8c1d17' } as const;

/** The browser's toolbar colour and the manifest's theme: the header's blue. */
export const themeColor = brandColors[800];

/** The manifest's splash background. */
export const backgroundColor = '#ffffff';

/** The ground of every image drawn with `next/og` (icons, logo, social cards): white on the header's blue. */
export const brandCanvas = {
  width: '100%',
  height: '100%',
  display: 'flex',
  background: brandColors[800],
  color: '#ffffff',
} as const;
