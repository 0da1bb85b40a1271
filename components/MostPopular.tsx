import Link from 'next/link';
import type { PopularItem } from '@/lib/popularity';

/** The numbered "Most popular" list, rendered on the server with the page. */
export function MostPopular({ items }: { items: PopularItem[] }) {
  return (
    <section aria-labelledby="most-popular-heading">
      <h2 id="most-popular-heading" className="border-b-2 border-brand-700 pb-1 font-serif text-lg font-bold">
        Most popular
      </h2>
      <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
        {items.map((item) => (
          <li key={item.path}>
            <Link href={item.path} className="text-ink hover:text-link hover:underline">
              {item.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
