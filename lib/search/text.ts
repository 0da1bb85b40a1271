/**
 * Text as the search index holds it. FTS5's unicode61 tokenizer splits on spaces and punctuation,
 * so Chinese, written without spaces, would become one token per run of characters and "济南"
 * would never match "济南市". A zero-width space (a separator to the tokenizer, invisible to a
 * reader) goes between neighbouring CJK characters in the index and in queries alike: each
 * character is a token, and a quoted phrase of them matches the characters side by side.
 */
const CJK_PAIR =
  /(\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul})(?=\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul})/gu;
export const CJK_BREAK = '\u200b';

export function separateCjk(text: string): string {
  return text.replace(CJK_PAIR, `$1${CJK_BREAK}`);
}

/**
 * Text as it goes into the index: control characters out (the index marks matches with two of
 * them), CJK characters apart.
 */
export function indexableText(text: string): string {
  return separateCjk(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' '));
}

export function joinCjk(text: string): string {
  return text.replaceAll(CJK_BREAK, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(entity: string, name: string): string {
  if (name[0] === '#') {
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return ENTITIES[name] ?? entity;
}

/**
 * The readable text of a body's HTML (our own Markdown, rendered and sanitised by the content
 * build, so without scripts or styles): tags become spaces, entities characters, runs of white space one space.
 */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeEntity)
      // Only runs and line breaks: replacing every single space as well takes twenty times longer.
      .replace(/\s{2,}|[\n\r\t]/g, ' ')
      .trim()
  );
}
