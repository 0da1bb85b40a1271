/** Runs once when the production server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [
    { registerViewBeaconHandler },
    { registerSearchApiHandler },
    { registerServerWideHeaders },
    { site },
  ] = await Promise.all([
    import('./lib/server/view-beacon'),
    import('./lib/server/search-api'),
    import('./lib/seo/indexing'),
    import('./lib/site'),
  ]);
  registerViewBeaconHandler();
  registerSearchApiHandler();
  registerServerWideHeaders();
  if (site.popular.redisUrl) await seedSharedCache();
}

/**
 * Copies the build's prerendered pages into the shared ISR cache, keeping any entry another
 * instance has written since. Redis being away only means pages render on first request.
 */
async function seedSharedCache() {
  const { redisReady, sharedCacheHandler } = await import('./lib/isr-cache');
  if (!(await redisReady(2_000))) return;
  const { registerInitialCache } = await import('@fortedigital/nextjs-cache-handler/instrumentation');
  await registerInitialCache(sharedCacheHandler(), { setOnlyIfNotExists: true });
}
