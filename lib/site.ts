/** A whole number from the environment, or the fallback when unset or not a number. */
function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** SITE_URL: the site's public address, or a comma-separated list of instances for a publish. */
const siteUrls = (process.env.SITE_URL || 'http://localhost:3000')
  .split(',')
  .map((url) => url.trim().replace(/\/+$/, ''))
  .filter(Boolean);

/**
 * Everything about the site that varies by deployment or by editorial choice lives here: the
 * environment is read in this module only.
 */
export const site = {
  name: 'Shandong On Internet',
  description:
    'English-language news from Shandong province: China, Shandong, world and business news, and an introduction to the province.',
  url: siteUrls[0],
  /** The instances `npm run content:publish` asks to revalidate (SITE_URL may list several). */
  instances: siteUrls,
  /**
   * `production` (the default) or `staging`. A staging server asks search engines to stay away:
   * an `X-Robots-Tag` on every answer and a `robots.txt` that disallows everything, both decided
   * when the server runs, so every page says the same whenever it was rendered.
   */
  environment: process.env.SITE_ENV === 'staging' ? ('staging' as const) : ('production' as const),
  language: 'en',
  timeZone: 'Asia/Shanghai',
  /** Articles per section index page. */
  sectionPageSize: 10,
  /** The front page: no story is shown on it twice. */
  home: {
    /** The lead is the newest of this many stories that has a picture (else the newest). */
    leadCandidates: 5,
    /** Stories in the "Latest" list. */
    latestSize: 6,
    /** Top stories of each section. */
    storiesPerSection: 4,
  },
  /** Stories on /news. */
  newsIndexSize: 20,
  /** Items in each feed. */
  feedSize: 50,
  /** Minutes a feed reader may cache a feed (RSS ttl). */
  feedTtlMinutes: 30,
  /** Tag pages rendered at build (the most used tags); the rest render on first request. */
  prerenderTags: 50,
  /** Words an average reader reads a minute: an article's reading time. */
  readingWordsPerMinute: 220,
  /** Section index pages (page 2 onwards) rendered at build; deeper ones render on first request. */
  prerenderSectionPages: 5,
  /** Newest articles of each section rendered at build; older ones render on first request. */
  prerenderPerSection: envNumber('PRERENDER_PER_SECTION', 20) || 20,
  /**
   * Seconds before a cached page is regenerated; it also bounds how old the "Most popular" list in
   * a page can be (docs/adr/004). Route files repeat this number as a literal (Next reads
   * `export const revalidate` statically); test/revalidate.test.ts keeps them equal.
   */
  revalidateSeconds: 60,
  /** Where `npm start` listens, and whether the address of a request comes from the proxy. */
  server: {
    port: envNumber('PORT', 3000),
    hostname: process.env.HOSTNAME || '0.0.0.0',
    /** TRUST_PROXY=1 behind nginx: the visitor is the last X-Forwarded-For entry. */
    trustProxy: process.env.TRUST_PROXY === '1',
    /** NEXT_COMPRESS=0 behind nginx (deploy/nginx.conf), which compresses. `npm start` compresses, not Next. */
    compress: process.env.NEXT_COMPRESS !== '0',
    /**
     * PAGES_WITH_RUNTIME=1 serves pages as Next renders them, with its client runtime: for
     * debugging and for measuring both ways. Off, pages reach the browser as HTML (docs/adr/015).
     */
    pageMode: process.env.PAGES_WITH_RUNTIME === '1' ? ('runtime' as const) : ('html' as const),
    /** How long a client may take, and how many may be connected at once (docs/adr/011). */
    limits: {
      /**
       * To send the request line and headers. Node counts a kept-alive connection's idle time
       * against it too, so it must outlast keepAliveTimeoutMs, or idle connections are reset
       * instead of closed.
       */
      headersTimeoutMs: 10_000,
      /** To send the whole request, body included: a beacon is under 1 KB. */
      requestTimeoutMs: 15_000,
      /** An idle kept-alive connection is closed after this. */
      keepAliveTimeoutMs: 5_000,
      /** Past this many open connections a new one is closed at once. */
      maxConnections: envNumber('MAX_CONNECTIONS', 2_000) || 2_000,
    },
  },
  /** The bearer secret of POST /api/revalidate, which a publish sends; unset switches revalidation off. */
  revalidateSecret: process.env.REVALIDATE_SECRET || undefined,
  /**
   * The secret that signs private preview links (`npm run preview`) and opens them; 32 characters
   * or more. Unset, previews are off: every preview link is a 404 (docs/adr/018).
   */
  previewSecret: process.env.PREVIEW_SECRET || undefined,
  /**
   * How often each server looks for a story whose embargo has ended (its date has come), to
   * revalidate what shows it (scripts/release-watch.ts). EMBARGO_CHECK_MS, for tests.
   */
  embargoCheckMs: envNumber('EMBARGO_CHECK_MS', 10_000) || 10_000,
  /** Articles per Contentlayer process in a full content build. */
  contentShardSize: envNumber('CONTENT_SHARD_SIZE', 5000) || 5000,
  /** The production build `npm start` serves (NEXT_DIST_DIR: a copy of it, for a test server of its own). */
  buildDir: process.env.NEXT_DIST_DIR || '.next',
  /** The Markdown and data files that the content build reads. */
  contentDir: process.env.CONTENT_DIR || 'content',
  /**
   * The published edition the content build writes and the site reads at run time: the site
   * index, bodies, search index, pictures and breaking-news banner (docs/adr/001), beside
   * Contentlayer's own working files, whence the variable's name (CONTENTLAYER_DIR).
   */
  editionDir: process.env.CONTENTLAYER_DIR || '.contentlayer',

  search: {
    /** Results on one page of /search. */
    pageSize: 10,
    /** Characters a search may hold: the header box's maxlength too. */
    maxQueryLength: 200,
    /** Different words a search may hold (past it: 400). */
    maxWords: 12,
    /**
     * Tokens, as the index's tokenizer counts them, one word may hold ("U.S.-China" is 3) and a
     * whole search may hold: the cost of a search grows with them (docs/adr/010-site-search.md).
     */
    maxPhraseTokens: 8,
    maxQueryTokens: 12,
    /** The deepest page of results a reader can ask for. */
    maxPage: 50,
    /**
     * Seconds a browser or proxy may reuse a page of results: no longer than any page
     * (PAGE_KEPT_SECONDS, lib/server/page-response.ts), so a breaking-news banner reaches them too.
     */
    cacheSeconds: 45,
    /**
     * Matches ranked by relevance at most: a search that matches more ranks the newest this many
     * (docs/adr/010-site-search.md).
     */
    rankedMatches: 500,
    /** Searches one client (address) may make a minute on one instance, page and API together (past it: 429). */
    perClientPerMinute: envNumber('SEARCH_PER_MINUTE', 60) || 60,
    /**
     * Searches under `npm start` run on a thread of their own (lib/search/pool.ts). One not
     * answered within `deadlineMs` is answered 503 and its thread let go; past `maxWaiting`
     * searches waiting, or `maxRetiring` threads still finishing, new ones are answered 503 at once.
     */
    pool: { deadlineMs: 1_000, maxWaiting: 64, maxRetiring: 2 },
    /** Answers kept in memory, per content version: repeated searches skip the ranking. */
    cachedAnswers: 1000,
  },

  popular: {
    /** Links in the "Most popular" list of every page. */
    listSize: 10,
    /** The window the list ranks over. */
    window: '24h' as const,
    /** Seconds a ranking is reused by page renders before the store is asked again. */
    cacheSeconds: envNumber('POPULAR_CACHE_SECONDS', 30),
    /** Views of one article by one visitor within this many minutes count once. */
    dedupeMinutes: 30,
    /** Beacons one visitor may send per minute before getting 429. */
    beaconsPerMinute: 30,
    /** Largest beacon body accepted, in bytes. */
    maxBeaconBytes: 1024,
    /** Hourly buckets older than this many days are deleted. */
    retentionDays: 31,
    /** The SQLite file used when REDIS_URL is not set. */
    sqliteFile: process.env.POPULARITY_DB || 'data/popularity.db',
    redisUrl: process.env.REDIS_URL || undefined,
    redisPrefix: process.env.REDIS_PREFIX || 'sdoi:',
  },
} as const;
