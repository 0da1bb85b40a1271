import { shareLinks } from '@/lib/seo/share';
import { absoluteUrl } from '@/lib/seo/urls';
import { ShareButton } from './ShareButton.client';

export function ShareLinks({ path, title }: { path: string; title: string }) {
  return (
    <nav
      aria-label="Share this story"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm print:hidden"
    >
      <span className="font-semibold">Share</span>
      <ShareButton url={absoluteUrl(path)} title={title} />
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
