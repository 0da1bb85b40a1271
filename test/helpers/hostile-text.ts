/**
 * Text a story may hold that looks like what the server looks for in a page: the signs of a page
 * that needs Next's runtime, scripts and their preloads, the banner's slot, replacement patterns
 * of String.replace, the ends of CDATA, titles and comments, quotes, ampersands and any script.
 */
export const HOSTILE_TEXTS = [
  '<script>document.title="x"</script>',
  '</script>',
  '<!--$?-->',
  '<!--$!-->',
  '<template id="B:0"></template>',
  '<template id="P:1">',
  '<html id="__next_error__">',
  'id="__next_error__"',
  '<link rel="modulepreload" href="/x.js">',
  '<div id="breaking-news"></div>',
  "US$'s slide",
  '$& $` $$ $1',
  ']]>',
  '</title>',
  '-->',
  '<!--',
  '<style>body{display:none}</style>',
  `"double" 'single' & &amp; &lt;b&gt;`,
  '上海 — ünïcødé 🚢',
];

/** `text` as Markdown inline text that shows it literally (every ASCII punctuation backslashed). */
export function markdownText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** HTML's character references undone: the text a browser shows. */
export function decodeReferences(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return html.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));/gi, (whole, hex, dec, name) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : (named[name] ?? whole),
  );
}
