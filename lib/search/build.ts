import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { articleKey } from '../content/store';
import type { ArticleMeta } from '../content/types';
import { minuteOf, ROWIDS_PER_MINUTE, SEARCH_SCHEMA, SEARCH_SCHEMA_VERSION, sectionToken } from './schema';
import { htmlToText, indexableText } from './text';

/** The code that decides what the index holds: when it changes, an index it wrote is rebuilt. */
const BUILDER_FILES = ['schema.ts', 'text.ts', 'build.ts'];

function builderFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of BUILDER_FILES) hash.update(readFileSync(path.join(import.meta.dirname, file)));
  return hash.digest('base64url');
}

function signatureOf(article: ArticleMeta): string {
  const { title, summary, tags, section, date, bodyFile } = article;
  return createHash('sha256')
    .update(JSON.stringify([title, summary, tags, section, date, bodyFile]))
    .digest('base64url');
}

export interface SearchBuildReport {
  kind: 'full' | 'incremental';
  added: number;
  removed: number;
  milliseconds: number;
}

/** The index at `file` when it was written by this code, open for writing; undefined otherwise. */
function openReusable(file: string, fingerprint: string, readonly = false): Database.Database | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, readonly });
    const version = db.pragma('user_version', { simple: true });
    const stored = db.prepare(`SELECT value FROM meta WHERE name = 'builder'`).pluck().get();
    if (version === SEARCH_SCHEMA_VERSION && stored === fingerprint) return db;
  } catch {
    // Not an index of ours, or a damaged one: the caller writes a new one.
  }
  db?.close();
  return undefined;
}

/** Whether the index at `file` can be read and was written by this code: else the next build writes it anew. */
export function searchIndexIsCurrent(file: string): boolean {
  const db = openReusable(file, builderFingerprint(), true);
  db?.close();
  return db !== undefined;
}

/**
 * Writes the search index of the published `articles` to `out`. With `base` (the live index) it starts from a
 * copy of it and changes only the stories whose text changed, were added or were removed;
 * without one, or when the base was written by other code or cannot be read, from nothing.
 * Bodies are read from `editionDir`, where the site index names them.
 */
export function writeSearchIndex(options: {
  articles: readonly ArticleMeta[];
  editionDir: string;
  out: string;
  base?: string;
}): SearchBuildReport {
  const started = performance.now();
  const fingerprint = builderFingerprint();
  for (const leftover of [options.out, `${options.out}-journal`]) rmSync(leftover, { force: true });

  let db: Database.Database | undefined;
  if (options.base && existsSync(options.base)) {
    copyFileSync(options.base, options.out);
    db = openReusable(options.out, fingerprint);
    if (!db) rmSync(options.out, { force: true });
  }
  const kind = db ? 'incremental' : 'full';
  if (!db) {
    db = new Database(options.out);
    db.exec(SEARCH_SCHEMA);
    db.exec(`CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    db.prepare(`INSERT INTO meta VALUES ('builder', ?)`).run(fingerprint);
  }
  // A pending file until it is renamed into place: nothing to recover after a crash but to
  // write it again.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  // Room for the whole index of a large archive while it is written: pages are written once.
  db.pragma('cache_size = -262144');

  try {
    const stored = new Map<string, { id: number; signature: string }>();
    for (const row of db.prepare('SELECT id, key, signature FROM docs').all() as {
      id: number;
      key: string;
      signature: string;
    }[])
      stored.set(row.key, row);
    const usedIds = new Set([...stored.values()].map((row) => row.id));
    const wanted = new Map(options.articles.map((a) => [articleKey(a.section, a.slug), a]));

    const removeDoc = db.prepare('DELETE FROM docs WHERE id = ?');
    const removeText = db.prepare('DELETE FROM search WHERE rowid = ?');
    const addDoc = db.prepare('INSERT INTO docs (id, key, signature) VALUES (?, ?, ?)');
    const addText = db.prepare(
      'INSERT INTO search (rowid, title, summary, body, tags, section) VALUES (?, ?, ?, ?, ?, ?)',
    );
    let added = 0;
    let removed = 0;

    db.transaction(() => {
      for (const [key, row] of stored) {
        const article = wanted.get(key);
        if (article && signatureOf(article) === row.signature) continue;
        // FTS5 reads a rowid only from an INTEGER; better-sqlite3 binds numbers as REAL.
        removeText.run(BigInt(row.id));
        removeDoc.run(row.id);
        usedIds.delete(row.id);
        removed++;
      }
      for (const [key, article] of wanted) {
        const signature = signatureOf(article);
        if (stored.get(key)?.signature === signature) continue;
        let id = minuteOf(article.date) * ROWIDS_PER_MINUTE;
        while (usedIds.has(id)) id++;
        usedIds.add(id);
        const html = readFileSync(path.join(options.editionDir, article.bodyFile), 'utf8');
        addDoc.run(id, key, signature);
        addText.run(
          BigInt(id),
          indexableText(article.title),
          indexableText(article.summary),
          indexableText(htmlToText(html)),
          indexableText(article.tags.join(', ')),
          sectionToken(article.section),
        );
        added++;
      }
    })();
    // A new index is merged into one b-tree per term, the layout queries read fastest.
    if (kind === 'full') db.exec(`INSERT INTO search (search) VALUES ('optimize')`);
    db.pragma('journal_mode = DELETE');
    return { kind, added, removed, milliseconds: Math.round(performance.now() - started) };
  } finally {
    db.close();
  }
}
