// Next loads its cache handler by path, as JavaScript: this file hands over to lib/isr-cache.ts,
// which holds the settings (next.config.ts names this file when REDIS_URL is set).
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import { tsImport } from 'tsx/esm/api';

CacheHandler.onCreation(async (context) => {
  const { isrCacheHandlers } = await tsImport('./lib/isr-cache.ts', import.meta.url);
  return isrCacheHandlers(context);
});

export default CacheHandler;
