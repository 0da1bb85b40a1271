import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Processor } from 'unified';
import { escapeSerializedMarkup } from '../markup';

/** The last step: the serializer's output with no `<` or `>` left in text or attribute values. */
function serializeEscaped(this: Processor) {
  const serialize = this.compiler!;
  this.compiler = (tree, file) => escapeSerializedMarkup(String(serialize(tree, file)));
}

/**
 * Markdown to a story's body HTML, Contentlayer's own pipeline plus two steps: raw HTML is
 * already dropped by remark-rehype, sanitising also removes unsafe URLs, and the HTML is
 * written so that no text a story holds can look like a tag or a comment.
 */
export function bodyHtmlPipeline(builder: Processor): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeStringify)
    .use(serializeEscaped);
}
