/** Body HTML rendered and sanitised by the content build. */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="prose prose-slate max-w-none prose-headings:font-serif prose-a:text-brand-700"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
