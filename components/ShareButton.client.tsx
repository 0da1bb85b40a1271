'use client';

import { useState, useSyncExternalStore } from 'react';

const nothingToWatch = () => () => {};

/**
 * The story's own link, to copy; once the page runs, a button that opens the browser's share
 * sheet where it has one (Web Share API) or copies the link.
 */
export function ShareButton({ url, title }: { url: string; title: string }) {
  // False in the server's HTML and while hydrating, true once the page runs.
  const ready = useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  );
  const [said, setSaid] = useState('');
  if (!ready) return <a href={url}>Link to this story</a>;
  const share = async () => {
    try {
      if (typeof navigator.share === 'function') return void (await navigator.share({ url, title }));
      await navigator.clipboard.writeText(url);
      setSaid('Link copied');
    } catch {
      // The reader closed the sheet, or the page may not write to the clipboard.
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={share}
        className="rounded border border-rule px-2 py-0.5 hover:border-brand-600"
      >
        Share or copy link
      </button>
      <span role="status">{said}</span>
    </span>
  );
}
