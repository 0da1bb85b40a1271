import { shareLinks } from '@/lib/seo/share';
import { absoluteUrl } from '@/lib/seo/urls';

export function ShareLinks({ path, title }: { path: string; title: string }) {
  return (
    <nav
      aria-label="Share this story"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm print:hidden"
    >
      <span className="font-semibold">Share</span>
      {/* client/site.js swaps the link for the button: the share sheet, or a copied link. */}
      <span data-share={title} className="inline-flex items-center gap-2">
        <a href={absoluteUrl(path)}>Link to this story</a>
        <button
          type="button"
          hidden
          className="rounded border border-rule px-2 py-0.5 hover:border-brand-600"
        >
          Share or copy link
        </button>
        <span role="status" />
      </span>
      <ul className="flex flex-wrap gap-x-3">
        {shareLinks(path, title).map((link) => (
          <li key={link.name}>
            <a href={link.href} rel="noopener noreferrer" target="_blank" className="text-link underline">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
