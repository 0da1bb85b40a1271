import Link from 'next/link';
import type { ArticleCard } from '@/lib/content';

/** The sidebar list of the newest headlines across the site. */
export function LatestNews({ articles }: { articles: ArticleCard[] }) {
  return (
    <section aria-labelledby="latest-news-heading">
      <h2 id="latest-news-heading" className="border-b-2 border-brand-700 pb-1 font-serif text-lg font-bold">
        Latest news
      </h2>
      <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
        {articles.map((article) => (
          <li key={article.url}>
            <Link href={article.url} className="text-slate-900 hover:text-brand-700 hover:underline">
              {article.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
