// The site's one script: what a page does beyond HTML (docs/adr/015-pages-as-html.md). Every page
// works without it. It runs deferred, after the page is parsed, on pages that ask for it.
(() => {
  'use strict';

  // Counts one view of an article, once the page is shown: a page the browser prerendered waits.
  const article = document.querySelector('[data-view-path]');
  if (article) {
    const send = () => navigator.sendBeacon('/api/views', JSON.stringify({ path: article.dataset.viewPath }));
    if (document.prerendering) document.addEventListener('prerenderingchange', send, { once: true });
    else send();
  }

  // Share: the story's plain link becomes a button that opens the browser's share sheet where it
  // has one, or copies the link.
  for (const holder of document.querySelectorAll('[data-share]')) {
    const link = holder.querySelector('a');
    const button = holder.querySelector('button');
    const status = holder.querySelector('[role="status"]');
    if (!link || !button || !status) continue;
    button.addEventListener('click', async () => {
      try {
        if (typeof navigator.share === 'function') {
          await navigator.share({ url: link.href, title: holder.dataset.share });
          return;
        }
        await navigator.clipboard.writeText(link.href);
        status.textContent = 'Link copied';
      } catch {
        // The reader closed the sheet, or the page may not write to the clipboard.
      }
    });
    link.hidden = true;
    button.hidden = false;
  }
})();
