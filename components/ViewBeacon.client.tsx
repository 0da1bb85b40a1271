'use client';

import { useEffect } from 'react';

/** Sends one view beacon per article view; a page prerendered by the browser waits until shown. */
export function ViewBeacon({ path }: { path: string }) {
  useEffect(() => {
    const send = () => navigator.sendBeacon('/api/views', JSON.stringify({ path }));
    // Speculation Rules prerendering: not yet in TypeScript's DOM types.
    if ((document as Document & { prerendering?: boolean }).prerendering) {
      document.addEventListener('prerenderingchange', send, { once: true });
      return () => document.removeEventListener('prerenderingchange', send);
    }
    send();
  }, [path]);
  return null;
}
