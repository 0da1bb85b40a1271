/**
 * Pages reach the browser as HTML (docs/adr/015-pages-as-html.md): Next renders, caches and
 * regenerates them, and the production server takes out what only Next's client runtime reads
 * before the page leaves it. What stays: the markup, the stylesheet, JSON-LD (a data block, never
 * run) and the site's own script (SITE_SCRIPT_DIR).
 */

/** Where the site's own scripts are served from: the one kind of `<script src>` a page keeps. */
export const SITE_SCRIPT_DIR = '/assets/';

export type HtmlFirstPage =
  | { kind: 'html'; html: string }
  /** The page would not show whole without Next's scripts: it is served as Next rendered it. */
  | { kind: 'needs-runtime'; reason: string };

/** A start or end tag; a quoted attribute value may hold `<` and `>` (a story's link title). */
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** Elements whose content is text up to their end tag, never markup. */
const TEXT_ONLY = new Set(['script', 'style', 'title', 'textarea']);
const END_OF_TEXT = new Map([...TEXT_ONLY].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'gi')]));

type Attributes = Map<string, string>;

function attributesOf(text: string): Attributes {
  const attributes: Attributes = new Map();
  for (const [, name, ...values] of text.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, values.find((v) => v !== undefined) ?? '');
  }
  return attributes;
}

/**
 * Signs that the HTML is not the whole page, as React writes them: a Suspense boundary still
 * pending (`<!--$?-->`, filled in later by a script), one left for the browser to render
 * (`<!--$!-->`), the slot a streamed part would be moved into, or the shell Next sends when
 * rendering failed, which only the runtime fills. Only real comments and elements count: the
 * same characters in text or an attribute value are a story's words.
 */
const INCOMPLETE_COMMENTS = new Map([
  ['$?', 'a part of the page is still streaming'],
  ['$!', 'a part of the page is left for the browser to render'],
]);

function incompleteElement(name: string, attributes: Attributes): string | undefined {
  const id = attributes.get('id');
  if (name === 'template' && id !== undefined && /^[BP]:/.test(id))
    return 'a streamed part waits to be moved into place';
  if (name === 'html' && id === '__next_error__') return 'the page is the shell of a failed render';
  return undefined;
}

function isDropped(name: string, attributes: Attributes): boolean {
  if (name === 'script') {
    if (/^application\/(?:ld\+)?json$/i.test(attributes.get('type') ?? '')) return false;
    return !attributes.get('src')?.startsWith(SITE_SCRIPT_DIR);
  }
  if (name !== 'link') return false;
  return (
    /(?:^|\s)modulepreload(?:\s|$)/i.test(attributes.get('rel') ?? '') ||
    /^script$/i.test(attributes.get('as') ?? '')
  );
}

/**
 * The page without Next's scripts, their preloads and its inline flight data, or why it cannot
 * do without them. The HTML is read tag by tag as a browser tokenizes it (comments, quoted
 * attribute values, the text of a script or title), so no text a story holds is taken for a tag.
 */
export function pageWithoutRuntime(html: string): HtmlFirstPage {
  const parts: string[] = [];
  let copiedTo = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) break;
      const reason = INCOMPLETE_COMMENTS.get(html.slice(at + 4, end));
      if (reason) return { kind: 'needs-runtime', reason };
      at = html.indexOf('<', end + 3);
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const [whole, closing, tagName, attributeText] = tag;
    let end = at + whole.length;
    if (!closing) {
      const name = tagName.toLowerCase();
      const attributes = attributesOf(attributeText);
      const reason = incompleteElement(name, attributes);
      if (reason) return { kind: 'needs-runtime', reason };
      const endOfText = END_OF_TEXT.get(name);
      if (endOfText) {
        endOfText.lastIndex = end;
        const endTag = endOfText.exec(html);
        const close = endTag ? html.indexOf('>', endTag.index) : -1;
        end = close === -1 ? html.length : close + 1;
      }
      if (isDropped(name, attributes)) {
        parts.push(html.slice(copiedTo, at));
        copiedTo = end;
      }
    }
    at = html.indexOf('<', end);
  }
  parts.push(html.slice(copiedTo));
  return { kind: 'html', html: parts.join('') };
}
