/** Body HTML rendered and sanitised by the content build. */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div className="prose max-w-none prose-headings:font-serif" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
