/**
 * JSON-LD for a `<script type="application/ld+json">`. Every `<` is escaped, so no string in the
 * data (a headline, a summary) can close the script element.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
