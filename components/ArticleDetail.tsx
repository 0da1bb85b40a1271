import Link from 'next/link';
import { ArticleBody } from './ArticleBody';
import { ArticleTags } from './ArticleTags';
import { Breadcrumb } from './Breadcrumb';
import { DateLine } from './DateLine';
import { LeadImage } from './LeadImage';
import { RelatedStories } from './RelatedStories';
import { ShareLinks } from './ShareLinks';
import { newsUrl, type ArticleCard, type ArticleView, type CorrectionView } from '@/lib/content';
import { SITE_SCRIPT } from '@/lib/site-script';

/** "Your Location: News > <section>": the breadcrumb, and its JSON-LD twin. */
export function articleCrumbs(article: ArticleView) {
  return [
    { name: 'News', url: newsUrl },
    { name: article.section.name, url: article.section.url },
  ];
}

/** With `preview`, a private preview (app/preview): shown the same, never counted as a view. */
export function ArticleDetail({ article, preview = false }: { article: ArticleView; preview?: boolean }) {
  return (
    // client/site.js counts the view of the path it finds in data-view-path.
    <article className="space-y-5" data-view-path={preview ? undefined : article.url}>
      <Breadcrumb crumbs={articleCrumbs(article)} />
      <header className="space-y-3">
        <h1 className="font-serif text-3xl font-bold leading-tight text-ink sm:text-4xl">{article.title}</h1>
        <p className="text-lg text-ink-soft">{article.summary}</p>
        <div className="space-y-0.5 text-sm text-muted">
          <Byline article={article} />
          <p>Source: {article.source}</p>
          <DateLine time={article.published} />
          {article.updated && <DateLine label="Updated" time={article.updated} />}
          <p>{article.readingMinutes} min read</p>
        </div>
      </header>
      {article.image && <LeadImage image={article.image} />}
      <ArticleBody html={article.html} />
      {article.corrections.length > 0 && <Corrections corrections={article.corrections} />}
      <ArticleTags tags={article.tags} />
      <ShareLinks path={article.url} title={article.title} />
      <RelatedStories stories={article.related} />
      <nav
        aria-label={`More from ${article.section.name}`}
        className="grid gap-3 border-t border-rule pt-4 text-sm sm:grid-cols-2 print:hidden"
      >
        {article.newer && <AdjacentArticle label="Next article" rel="next" article={article.newer} />}
        {article.older && (
          <AdjacentArticle
            label="Previous article"
            rel="prev"
            article={article.older}
            className="sm:col-start-2 sm:text-right"
          />
        )}
      </nav>
      <script src={SITE_SCRIPT.path} defer />
    </article>
  );
}

/** "By A, B and C", each linked to their page; else the credit in plain text; else nothing. */
function Byline({ article }: { article: ArticleView }) {
  const { authors } = article;
  if (authors.length === 0) return article.byline ? <p>By {article.byline}</p> : null;
  return (
    <p>
      By{' '}
      {authors.map((author, i) => (
        <span key={author.slug}>
          {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
          <Link href={author.url} rel="author" className="text-link hover:underline">
            {author.name}
          </Link>
        </span>
      ))}
      {article.byline && <span> · {article.byline}</span>}
    </p>
  );
}

/** The corrections at the story's foot, oldest first, each dated: what it said and what is right. */
function Corrections({ corrections }: { corrections: CorrectionView[] }) {
  return (
    <section aria-labelledby="corrections-heading" className="border-l-4 border-brand-700 pl-4 text-sm">
      <h2 id="corrections-heading" className="font-semibold text-ink">
        {corrections.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ol className="mt-1 space-y-2">
        {corrections.map((c) => (
          <li key={c.time.iso}>
            <p className="text-muted">
              <time dateTime={c.time.iso}>{c.time.line}</time>
            </p>
            <p>
              <span className="font-semibold">This story said:</span> {c.wrong}
            </p>
            <p>
              <span className="font-semibold">In fact:</span> {c.right}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

interface AdjacentArticleProps {
  label: string;
  rel: 'next' | 'prev';
  article: ArticleCard;
  className?: string;
}

function AdjacentArticle({ label, rel, article, className }: AdjacentArticleProps) {
  return (
    <p className={className}>
      <span className="block text-muted">{label}</span>
      <Link href={article.url} rel={rel} className="font-semibold text-link hover:underline">
        {article.title}
      </Link>
    </p>
  );
}
