// Story text must never change how its page is served: the body's HTML shows it as text, the
// scanner that takes Next's scripts out never reads it as markup, and the banner is put in as text.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { bannerMarkup } from '@/lib/breaking';
import { bodyHtmlPipeline } from '@/lib/content/markdown';
import { pageWithoutRuntime } from '@/lib/http/html-first';
import { answerPage } from '@/lib/server/page-response';
import { HOSTILE_TEXTS, decodeReferences, markdownText } from '../helpers/hostile-text';

const SITE_SCRIPT = '<script src="/assets/site.0123456789ab.js" defer=""></script>';
const FOOTER = '<footer><p>Shandong On Internet</p></footer>';

/** A page as Next writes it, with `body` in the article, Next's scripts around it. */
function page(body: string): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><title>A story</title>',
    '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '</head><body><div id="breaking-news"></div><main><article>',
    body,
    SITE_SCRIPT,
    '</article></main>',
    FOOTER,
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '</body></html>',
  ].join('');
}

function expectWholeWithoutRuntime(html: string, what: string) {
  const result = pageWithoutRuntime(html);
  expect(result, what).toMatchObject({ kind: 'html' });
  const out = (result as { html: string }).html;
  expect(out, what).toContain(FOOTER);
  expect(out, what).toContain(SITE_SCRIPT);
  expect(out.endsWith('</body></html>'), what).toBe(true);
  expect(out, what).not.toContain('/_next/static/chunks/');
  expect(out, what).not.toContain('__next_f');
  return out;
}

describe('the page scanner, over story text a browser reads as text', () => {
  const quoted = (text: string) => text.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;');
  const places: [string, (text: string) => string][] = [
    ['a double-quoted attribute value', (t) => `<p><a href="/x" title="${quoted(t)}">link</a></p>`],
    [
      'a single-quoted attribute value',
      (t) => `<p><img alt='${t.replace(/'/g, '&#x27;')}' src="/m.png"></p>`,
    ],
    [
      'a JSON-LD data block',
      (t) => `<script type="application/ld+json">{"a":${JSON.stringify(t.replace(/<\//g, '<\\/'))}}</script>`,
    ],
  ];
  for (const [where, place] of places)
    it.each(HOSTILE_TEXTS)(`keeps the page whole with %j in ${where}`, (text) => {
      const out = expectWholeWithoutRuntime(page(`<h1>Title</h1>${place(text)}<p>After</p>`), where);
      expect(out).toContain(place(text));
      expect(out).toContain('<p>After</p>');
    });

  it('reads a comment as a comment, whatever it holds', () => {
    const comment = '<!-- <script>x</script> <template id="B:0"> <html id="__next_error__"> -->';
    expect(expectWholeWithoutRuntime(page(`${comment}<p>After</p>`), 'comment')).toContain(comment);
  });

  it('still finds the signs React writes, and takes out a script whatever the case of its tag', () => {
    expect(pageWithoutRuntime(page('<!--$?--><template id="B:0"></template><!--/$-->')).kind).toBe(
      'needs-runtime',
    );
    expect(pageWithoutRuntime(page('<div title="x"><template id="P:2"></template></div>')).kind).toBe(
      'needs-runtime',
    );
    expectWholeWithoutRuntime(page('<SCRIPT src="/_next/static/chunks/d.js"></SCRIPT>'), 'upper case');
  });
});

/** The body HTML Contentlayer's pipeline makes of `markdown`. */
function bodyHtml(markdown: string): string {
  const processor = unified();
  bodyHtmlPipeline(processor);
  return String(processor.processSync(markdown));
}

/** Every `<`, `>` and `"` of the HTML belongs to a tag whose quoted values hold none of them. */
const WELL_FORMED_TAG = /<\/?[a-z][a-z0-9]*(?:\s+[a-z-]+(?:="[^"<>]*")?)*\s*\/?>/g;

describe('the body HTML of a story', () => {
  const title = (text: string) => text.replace(/[\\"&]/g, '\\$&');
  const places: [string, (text: string) => string][] = [
    ['a paragraph', (t) => markdownText(t)],
    ['a heading', (t) => `## ${markdownText(t)}`],
    ['emphasis', (t) => `*${markdownText(t)}*`],
    [
      'a link, its text and title',
      (t) => `[${markdownText(t)}](https://example.com/?q=${encodeURIComponent(t)} "${title(t)}")`,
    ],
    ['a picture’s alt text and title', (t) => `![${markdownText(t)}](/media/a.png "${title(t)}")`],
    ['a code span', (t) => `\`\` ${t} \`\``],
    ['a code block', (t) => `\`\`\`\n${t}\n\`\`\``],
    ['a quotation', (t) => `> ${markdownText(t)}`],
    ['a list', (t) => `- ${markdownText(t)}`],
  ];
  for (const [where, place] of places)
    it.each(HOSTILE_TEXTS)(`shows %j in ${where} as text, never markup`, (text) => {
      const html = bodyHtml(`Before.\n\n${place(text)}\n\nAfter.\n`);
      expect(html.replace(WELL_FORMED_TAG, ''), html).not.toMatch(/[<>"]/);
      expect(
        decodeReferences(html.replace(WELL_FORMED_TAG, ' ')).includes(text) ||
          decodeReferences(html).includes(text),
        html,
      ).toBe(true);
      const out = expectWholeWithoutRuntime(page(html), where);
      expect(out).toContain(html);
    });
});

describe('the banner', () => {
  let server: Server | undefined;
  afterAll(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))));

  it.each(HOSTILE_TEXTS)('shows %j as its text, once, in the one page', async (text) => {
    const banner = bannerMarkup({ text, link: '/news/business/a-story' });
    const body = page('<h1>Title</h1>');
    server = createServer((req, res) => {
      answerPage(res, 'html', () => {}, banner);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(body);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const html = await response.text();
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    expect(html).toContain(banner.html);
    expect(html.split('</html>')).toHaveLength(2);
    expect(html.split('<h1>Title</h1>')).toHaveLength(2);
    expect(html).toContain(FOOTER);
    expect(decodeReferences(html)).toContain(text);
  });
});
