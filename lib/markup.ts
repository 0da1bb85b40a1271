const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text for XML or HTML character data and double-quoted attribute values. No CDATA anywhere:
 * every `<`, `&` and `>` is escaped, so no text (`]]>` included) can end an element early.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** A tag as rehype-stringify writes it (double-quoted values, `"` in them escaped), or a `>` or `"` of text. */
const SERIALIZED_TAG_OR_TEXT_CHARACTER = /<[^"<>]*(?:"[^"]*"[^"<>]*)*>|[>"]/g;

/**
 * rehype-stringify's HTML with every `<` and `>` of its text and attribute values escaped as well.
 * It escapes `&` and `"` in values and `&` and `<` in text, but leaves `<` in a value (a link title
 * "a <script>"), and `>` and `"` in text: readers of the page that scan rather than parse (the
 * server that takes Next's scripts out, docs/adr/015; the feeds' link rewriting) would take those
 * for markup.
 */
export function escapeSerializedMarkup(html: string): string {
  return html.replace(SERIALIZED_TAG_OR_TEXT_CHARACTER, (token) =>
    token.length === 1
      ? ESCAPES[token]
      : token.replace(/"[^"]*"/g, (value) => value.replace(/[<>]/g, (c) => ESCAPES[c])),
  );
}
