const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text for XML or HTML character data and double-quoted attribute values. No CDATA anywhere:
 * every `<`, `&` and `>` is escaped, so no text (`]]>` included) can end an element early.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}
