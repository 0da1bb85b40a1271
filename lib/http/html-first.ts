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

/**
 * Signs that the HTML is not the whole page: a Suspense boundary still pending (`<!--$?-->`,
 * filled in later by a script), one left for the browser to render (`<!--$!-->`), the slot a
 * streamed part would be moved into, or the shell Next sends when rendering failed, which only
 * the runtime fills.
 */
const INCOMPLETE: [RegExp, string][] = [
  [/<!--\$\?-->/, 'a part of the page is still streaming'],
  [/<!--\$!-->/, 'a part of the page is left for the browser to render'],
  [/<template id="[BP]:/, 'a streamed part waits to be moved into place'],
  [/<html[^>]*\bid="__next_error__"/, 'the page is the shell of a failed render'],
];

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;
const SCRIPT_PRELOAD = /\brel="modulepreload"|\bas="script"/i;
const DATA_BLOCK = /\btype="application\/(?:ld\+)?json"/i;
const SOURCE = /\bsrc="([^"]*)"/i;

function keepsScript(attributes: string): boolean {
  if (DATA_BLOCK.test(attributes)) return true;
  const src = SOURCE.exec(attributes)?.[1];
  return src !== undefined && src.startsWith(SITE_SCRIPT_DIR);
}

/**
 * The page without Next's scripts, their preloads and its inline flight data, or why it cannot
 * do without them. Works on the HTML React writes: every `<` in text and attributes is escaped
 * there, so each `<script` is a tag.
 */
export function pageWithoutRuntime(html: string): HtmlFirstPage {
  for (const [sign, reason] of INCOMPLETE) if (sign.test(html)) return { kind: 'needs-runtime', reason };
  const stripped = html
    .replace(SCRIPT, (tag, attributes: string) => (keepsScript(attributes) ? tag : ''))
    .replace(LINK, (tag) => (SCRIPT_PRELOAD.test(tag) ? '' : tag));
  return { kind: 'html', html: stripped };
}
