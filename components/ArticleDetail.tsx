import Link from 'next/link';
import { ArticleBody } from './ArticleBody';
import { Breadcrumb } from './Breadcrumb';
import { DateLine } from './DateLine';
import { ViewBeacon } from './ViewBeacon.client';
import { newsUrl, type ArticleCard, type ArticleView } from '@/lib/content';

/** "Your Location: News > <section>": the breadcrumb, and its JSON-LD twin. */
export function articleCrumbs(article: ArticleView) {
  return [
    { name: 'News', url: newsUrl },
    { name: article.section.name, url: article.section.url },
  ];
}

export function ArticleDetail({ article }: { article: ArticleView }) {
  return (
    <article className="space-y-5">
      <ViewBeacon path={article.url} />
      <Breadcrumb crumbs={articleCrumbs(article)} />
      <header className="space-y-3">
        <h1 className="font-serif text-3xl font-bold leading-tight text-slate-900 sm:text-4xl">
          {article.title}
        </h1>
        <p className="text-lg text-slate-700">{article.summary}</p>
        <div className="space-y-0.5 text-sm text-slate-600">
          {article.byline && <p>By {article.byline}</p>}
          <p>Source: {article.source}</p>
          <DateLine time={article.published} />
          {article.updated && <DateLine label="Updated" time={article.updated} />}
        </div>
      </header>
      {article.image && (
        <figure>
          {/* Lead images are editors' files of any size, served as they are. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={article.image.src} alt={article.image.alt} className="w-full rounded" />
          {article.image.caption && (
            <figcaption className="mt-1 text-sm text-slate-600">{article.image.caption}</figcaption>
          )}
        </figure>
      )}
      <ArticleBody html={article.html} />
      {article.tags.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <h2 className="font-semibold">Tags</h2>
          <ul className="flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag} className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">
                {tag}
              </li>
            ))}
          </ul>
        </div>
      )}
      <nav
        aria-label={`More from ${article.section.name}`}
        className="grid gap-3 border-t border-slate-200 pt-4 text-sm sm:grid-cols-2"
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
    </article>
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
      <span className="block text-slate-600">{label}</span>
      <Link href={article.url} rel={rel} className="font-semibold text-brand-700 hover:underline">
        {article.title}
      </Link>
    </p>
  );
}
