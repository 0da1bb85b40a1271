/** One page view that passed validation, bot filtering and rate limiting. */
export interface ViewEvent {
  /** Salted hash of the visitor's IP and User-Agent. */
  visitor: string;
  /** Site path of the article, "/news/<section>/<slug>". */
  path: string;
  section: string;
  at: Date;
}

export interface RankQuery {
  /** Hourly buckets to add up, the current hour included. */
  hours: number;
  section?: string;
  limit: number;
  now: Date;
}

export interface RankedPath {
  path: string;
  views: number;
}

/** Where views are counted: SQLite on one machine, Redis when several instances share counts. */
export interface PopularityStore {
  readonly kind: 'sqlite' | 'redis';
  /**
   * Counts the view unless the same visitor was counted for the same article within the
   * de-duplication window before `at`. Resolves true when counted.
   */
  countView(view: ViewEvent): Promise<boolean>;
  /** Most viewed paths over the window, most views first (ties by path). */
  rank(query: RankQuery): Promise<RankedPath[]>;
  /** The random salt of one day ("YYYY-MM-DD"), the same for every instance sharing the store. */
  dailySalt(day: string): Promise<string>;
  /** Makes every counted view durable. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  dedupeWindowMs: number;
  retentionDays: number;
}
