import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { nowMs } from '../clock';
import { LOG_EVENTS, warn } from '../log';
import { hourOf, windowHours } from './hours';
import type { PopularityStore, RankQuery, RankedPath, StoreOptions, ViewEvent } from './types';

const FLUSH_DELAY_MS = 200;
/** After a failed write, counted views wait this long before the next try; they are never dropped. */
const FLUSH_RETRY_MS = 2_000;
/**
 * Visitors remembered for de-duplication at most: past this, the oldest are forgotten (a repeat
 * view of theirs may count again) rather than the map growing with a flood of addresses.
 */
export const MAX_REMEMBERED_VIEWS = 200_000;
const PRUNE_EVERY_MS = 3_600_000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS views (
    hour INTEGER NOT NULL,
    path TEXT NOT NULL,
    section TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (hour, path)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS views_by_section ON views (section, hour);
  CREATE TABLE IF NOT EXISTS salts (day TEXT PRIMARY KEY, salt TEXT NOT NULL) WITHOUT ROWID;
`;

interface PendingCount {
  hour: number;
  path: string;
  section: string;
  count: number;
}

/**
 * Counts in an embedded SQLite file (WAL). Counted views wait in memory for at most
 * FLUSH_DELAY_MS and are then written in one transaction, so a burst of beacons costs one commit.
 * Repeat views are recognised in memory: this store serves one instance.
 */
export class SqliteStore implements PopularityStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly pending = new Map<string, PendingCount>();
  /** Visitor-and-path → when it was last counted. Insertion order is time order (see remember). */
  private readonly lastCounted = new Map<string, number>();
  private flushTimer: NodeJS.Timeout | undefined;
  private prunedAt = 0;
  private readonly statements;

  constructor(
    file: string,
    private readonly options: StoreOptions,
  ) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('busy_timeout = 5000');
      this.db.exec(SCHEMA);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.statements = {
      upsert: this.db.prepare(
        `INSERT INTO views (hour, path, section, count) VALUES (@hour, @path, @section, @count)
         ON CONFLICT (hour, path) DO UPDATE SET count = count + excluded.count`,
      ),
      rankAll: this.db.prepare(
        `SELECT path, SUM(count) AS views FROM views WHERE hour BETWEEN ? AND ?
         GROUP BY path ORDER BY views DESC, path LIMIT ?`,
      ),
      rankSection: this.db.prepare(
        `SELECT path, SUM(count) AS views FROM views WHERE section = ? AND hour BETWEEN ? AND ?
         GROUP BY path ORDER BY views DESC, path LIMIT ?`,
      ),
      prune: this.db.prepare('DELETE FROM views WHERE hour < ?'),
      getSalt: this.db.prepare('SELECT salt FROM salts WHERE day = ?'),
      addSalt: this.db.prepare('INSERT OR IGNORE INTO salts (day, salt) VALUES (?, ?)'),
      pruneSalts: this.db.prepare('DELETE FROM salts WHERE day < ?'),
    };
  }

  async countView(view: ViewEvent): Promise<boolean> {
    const at = view.at.getTime();
    const key = `${view.visitor}|${view.path}`;
    const last = this.lastCounted.get(key);
    if (last !== undefined && last + this.options.dedupeWindowMs > at) return false;
    this.remember(key, at);

    const hour = hourOf(view.at);
    const bucket = `${hour}|${view.path}`;
    const pending = this.pending.get(bucket);
    if (pending) pending.count += 1;
    else this.pending.set(bucket, { hour, path: view.path, section: view.section, count: 1 });
    this.flushTimer ??= setTimeout(() => this.flushSoftly(), FLUSH_DELAY_MS);
    return true;
  }

  async rank({ hours, section, limit, now }: RankQuery): Promise<RankedPath[]> {
    this.flushNow();
    const span = windowHours(now, hours);
    const [first, last] = [span[0], span[span.length - 1]];
    const rows = section
      ? this.statements.rankSection.all(section, first, last, limit)
      : this.statements.rankAll.all(first, last, limit);
    return rows as RankedPath[];
  }

  async dailySalt(day: string): Promise<string> {
    this.statements.addSalt.run(day, randomBytes(32).toString('base64url'));
    this.statements.pruneSalts.run(previousDay(day));
    return (this.statements.getSalt.get(day) as { salt: string }).salt;
  }

  async flush(): Promise<void> {
    this.flushNow();
  }

  async close(): Promise<void> {
    try {
      this.flushNow();
    } finally {
      clearTimeout(this.flushTimer);
      this.db.close();
    }
  }

  /**
   * Writes the counted views in one transaction. When the write fails (disk full, file locked)
   * they stay pending, a retry is scheduled, and the error goes to the caller: a view answered
   * as counted is written by a later flush, not lost.
   */
  private flushNow(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.pending.size === 0) return;
    try {
      this.db.transaction(() => {
        for (const count of this.pending.values()) this.statements.upsert.run(count);
      })();
    } catch (error) {
      this.flushTimer = setTimeout(() => this.flushSoftly(), FLUSH_RETRY_MS);
      throw error;
    }
    this.pending.clear();
    const now = nowMs();
    if (now - this.prunedAt > PRUNE_EVERY_MS) {
      this.prunedAt = now;
      this.statements.prune.run(hourOf(new Date(now)) - this.options.retentionDays * 24);
    }
  }

  private flushSoftly(): void {
    try {
      this.flushNow();
    } catch (error) {
      warn(LOG_EVENTS.popularityFlushFailed, error, { store: this.kind, pending: this.pending.size });
    }
  }

  /**
   * Every entry lives for the same window, so re-inserting keeps the map in time order and
   * expired entries can be dropped from its front without scanning the rest. Expiry is measured
   * in the views' own time, the same time the repeat check above uses.
   */
  private remember(key: string, at: number): void {
    this.lastCounted.delete(key);
    this.lastCounted.set(key, at);
    const expiredBefore = at - this.options.dedupeWindowMs;
    for (const [oldKey, countedAt] of this.lastCounted) {
      if (countedAt > expiredBefore) break;
      this.lastCounted.delete(oldKey);
    }
    if (this.lastCounted.size > MAX_REMEMBERED_VIEWS) {
      this.lastCounted.delete(this.lastCounted.keys().next().value!);
    }
  }
}

function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
