// Scheduled publishing (docs/adr/017-scheduled-publishing.md): a story dated later than now is
// embargoed (lib/content/store.ts). When its time comes, this watcher in each `npm start` asks its
// own server to revalidate what shows it, as a publish would: the story appears by itself, with
// no publish, build, restart or reader's request.
import { randomBytes } from 'node:crypto';
import { currentContent, nextRelease } from '../lib/content/store';
import type { SiteIndex } from '../lib/content/types';
import { info, LOG_EVENTS, warn } from '../lib/log';
import { setProcessValue, PROCESS_KEYS } from '../lib/process-keys';
import { site } from '../lib/site';
import { pagesShowingChanges } from './publish-plan';
import { revalidateSite } from './revalidate-site';

/**
 * Looks every `site.embargoCheckMs` for a story whose embargo has ended, and revalidates on
 * `selfUrl` the pages that show it. A new index (a publish) is the publish's to revalidate.
 */
export function watchReleases(selfUrl: string): () => void {
  const token = randomBytes(32).toString('base64url');
  setProcessValue(PROCESS_KEYS.releaseToken, token);
  let seen: SiteIndex | undefined;
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const index = currentContent().index;
      const before = seen;
      seen = index;
      if (!before || before === index || before.builtAt !== index.builtAt) return;
      const paths = pagesShowingChanges(before, index);
      if (paths.length === 0) return;
      info(LOG_EVENTS.storiesReleased, {
        stories: index.articles.length - before.articles.length,
        paths: paths.length,
        next: Number.isFinite(nextRelease()) ? new Date(nextRelease()).toISOString() : null,
      });
      await revalidateSite(selfUrl, token, { paths });
    } catch (error) {
      warn(LOG_EVENTS.storiesReleased, error);
    } finally {
      running = false;
    }
  };
  void check();
  const timer = setInterval(check, site.embargoCheckMs);
  timer.unref();
  return () => clearInterval(timer);
}
