/**
 * Text for generated images, cut to the glyphs of the bundled font. The image renderer fetches
 * fonts for any other script (Chinese, emoji) from the internet, which this site never does.
 */
export function cardText(text: string): string {
  return text
    .replace(/[^\u0020-\u007e\u00a0-\u017f\u2010-\u2027]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
