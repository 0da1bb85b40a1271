import { Thumbnail } from './Picture';
import { StoryListing } from './StoryListing';
import { authorFeedUrl, authorPageUrl, PLACES, type AuthorPageView, type AuthorView } from '@/lib/content';

/** An author's page: their profile, then their stories, newest first, paginated like a section. */
export function AuthorIndex({ view: { author, items, page, totalPages } }: { view: AuthorPageView }) {
  const count = author.count === 1 ? '1 story' : `${author.count.toLocaleString('en')} stories`;
  return (
    <StoryListing
      crumbs={[PLACES.authors, { name: author.name, url: author.url }]}
      name={author.name}
      intro={author.role ? `${author.role}. ${count}, newest first.` : `${count}, newest first.`}
      about={page === 1 ? <AuthorProfile author={author} /> : undefined}
      items={items}
      page={page}
      totalPages={totalPages}
      urlFor={(n) => authorPageUrl(author.slug, n)}
    />
  );
}

function AuthorProfile({ author }: { author: AuthorView }) {
  const portrait = author.portrait;
  return (
    <section aria-label={`About ${author.name}`} className="flex gap-4 border-b border-rule pb-4">
      {portrait && (
        <Thumbnail
          picture={portrait}
          alt={portrait.alt}
          className="size-20 shrink-0 rounded-full object-cover"
        />
      )}
      <div className="space-y-2">
        <p className="text-ink">{author.bio}</p>
        <p className="text-sm">
          <a href={authorFeedUrl(author.slug)} className="text-link hover:underline">
            Follow {author.name} by RSS
          </a>
        </p>
      </div>
    </section>
  );
}
