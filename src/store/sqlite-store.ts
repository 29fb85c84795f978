// The default store: one SQLite file (better-sqlite3). WAL so readers (the CLI, the server) do not block an ingest.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { ExtractRecord } from '../contract/mention.js';
import { haversineKm } from './geo.js';
import { documentInserter, type InsertDocument } from './sqlite-insert.js';
import { incidentWhere } from './sqlite-filter.js';
import { loadHistory, loadReports, toIncident, type IncidentRow } from './sqlite-read.js';
import { ensureSchema } from './sqlite-schema.js';
import type { AddResult, DocumentMeta, Incident, IncidentFilter, IncidentRevision, Store, StoreCounts } from './store.js';
import { DEFAULT_FIGURE_RULE, FIGURE_RULES, type FigureRule } from '../fusion/reconcile.js';

export const DEFAULT_DB_FILE = 'sitrep.db';

export interface SqliteOpenOptions {
  /** Refuse to create a new file: for commands that only read, a missing file is a mistake, not an empty store. */
  mustExist?: boolean;
  /** The rule choosing figures among sources, fixed when the file is created; a different one for an existing file is an error. */
  figureRule?: FigureRule;
  /** Commit every this many documents (default 1: each document its own transaction); see INGEST_BATCH. */
  batch?: number;
}

/**
 * `sitrep ingest` commits every 500 documents, or every second, whichever comes first. Every commit writes each
 * page it changed to the WAL: a report changes some 50 pages, most of them the same ones as the report before
 * (table ends, upper index levels, recent index pages), and committing one report at a time wrote them all again
 * for every report. Random index keys (the content hash, and the near-duplicate bands before they were keyed by
 * period) give each report pages of its own in a large store; the more reports a commit holds, the more of those
 * it shares (replaying 100,000 extracted bench reports, the store's time over the last 1,000 went from 1.08 ms per
 * report in batches of 100 to 0.86 in batches of 500). Each document still runs in a savepoint of its own, so one that fails leaves the others;
 * an interrupted or failed run commits what it stored (the command closes the store); only a killed process
 * loses up to a second of reports, which running the ingest again adds (it skips what is stored).
 */
export const INGEST_BATCH = 500;
const BATCH_MS = 1000;

export class SqliteStore implements Store {
  private readonly insert: InsertDocument;
  private readonly findHash: Database.Statement<[string]>;

  private readonly rule: FigureRule;
  private pending = 0;
  private batchStarted = 0;

  private constructor(private readonly db: Database.Database, readonly location: string, rule: FigureRule, private readonly batch = 1) {
    this.rule = rule;
    this.insert = documentInserter(db, () => this.rule);
    this.findHash = db.prepare('SELECT 1 FROM documents WHERE content_hash = ?');
  }

  /** Opens (creating when allowed) the file; every failure names the file and says what was expected. */
  static open(file: string = DEFAULT_DB_FILE, opts: SqliteOpenOptions = {}): SqliteStore {
    if (opts.mustExist && file !== ':memory:' && !existsSync(file)) {
      throw new Error(`cannot open database "${file}": no such file (run "sitrep ingest" first, or pass --db FILE)`);
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { fileMustExist: opts.mustExist ?? false });
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // Fusion reads recent mentions and incidents on every ingest: keep them in memory (64 MB of pages, not 2).
      db.pragma('cache_size = -65536');
      // In WAL mode NORMAL never corrupts the file; a power cut may lose the last ingests, which re-ingesting
      // restores (ingest is idempotent). FULL syncs every commit and checkpoint: on a 100,000-report store that
      // made storing a report 40% slower (4.8 -> 3.3 ms), while a small store did not notice.
      db.pragma('synchronous = NORMAL');
      // Checkpoint every 10,000 pages (40 MB of WAL), not every 1,000: a report dirties some 45 pages, many of
      // them the same ones (table ends, recent index pages), and a longer interval writes each of those back once
      // instead of once per 20 reports. On a 100,000-report store it halved the time of a commit (1.5-2.7 ms ->
      // 0.9-1.4 ms, three alternating runs of 1,500 reports each; fsyncs 409 -> 43 per 3,000 reports).
      db.pragma('wal_autocheckpoint = 10000');
      ensureSchema(db);
      return new SqliteStore(db, file, settleRule(db, opts.figureRule), Math.max(1, Math.floor(opts.batch ?? 1)));
    } catch (err) {
      db?.close();
      throw new Error(`cannot open database "${file}": ${describeOpenError(err)}`);
    }
  }

  async hasDocument(contentHash: string): Promise<boolean> {
    return this.findHash.get(contentHash) !== undefined;
  }

  async addDocument(doc: DocumentMeta, record: ExtractRecord): Promise<AddResult> {
    if (this.batch === 1) return this.insert(doc, record);
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      [this.pending, this.batchStarted] = [0, Date.now()];
    }
    try {
      return this.insert(doc, record); // inside the open transaction: a savepoint
    } finally {
      if (++this.pending >= this.batch || Date.now() - this.batchStarted >= BATCH_MS) this.commit();
    }
  }

  /** Commits the documents added since the last commit, if any. */
  private commit(): void {
    if (this.db.open && this.db.inTransaction) this.db.exec('COMMIT');
  }

  async listIncidents(filter: IncidentFilter = {}): Promise<Incident[]> {
    const where = incidentWhere(filter);
    // With --near the box over-selects, so the limit can only be applied after the exact distance check.
    const sqlLimit = filter.limit !== undefined && !filter.near ? ` LIMIT ${Math.floor(filter.limit)}` : '';
    let rows = this.db.prepare(`SELECT i.* FROM incidents i ${where.sql}
      ORDER BY i.date_start DESC NULLS LAST, i.id DESC${sqlLimit}`).all(...where.params) as (IncidentRow & { lat: number; lon: number })[];
    const near = filter.near;
    if (near) {
      rows = rows.filter((r) => haversineKm(near.lat, near.lon, r.lat, r.lon) <= near.km);
      if (filter.limit !== undefined) rows = rows.slice(0, filter.limit);
    }
    return this.withReports(rows);
  }

  async getIncident(id: number): Promise<Incident | null> {
    const row = this.db.prepare('SELECT * FROM incidents WHERE id = ?').get(id) as IncidentRow | undefined;
    return row ? this.withReports([row])[0] : null;
  }

  async history(id: number): Promise<IncidentRevision[]> {
    return loadHistory(this.db, id);
  }

  async figureRule(): Promise<FigureRule> {
    return this.rule;
  }

  async counts(): Promise<StoreCounts> {
    return this.db.prepare(`SELECT (SELECT count(*) FROM documents) AS documents,
      (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM incidents) AS incidents`).get() as StoreCounts;
  }

  async close(): Promise<void> {
    this.commit();
    if (this.db.open) this.db.close();
  }

  private withReports(rows: IncidentRow[]): Incident[] {
    if (rows.length === 0) return [];
    const reports = loadReports(this.db, rows.map((r) => r.id));
    return rows.map((r) => toIncident(r, reports.get(r.id) ?? []));
  }
}

/** The file's figure rule: written on first use; asking an existing file for another one is refused. */
function settleRule(db: Database.Database, wanted: FigureRule | undefined): FigureRule {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'figure_rule'").get() as { value: string } | undefined;
  if (!row) {
    const rule = wanted ?? DEFAULT_FIGURE_RULE;
    db.prepare("INSERT INTO settings (key, value) VALUES ('figure_rule', ?)").run(rule);
    return rule;
  }
  const stored = row.value as FigureRule;
  if (!FIGURE_RULES.includes(stored)) throw new Error(`expected figure rule ${FIGURE_RULES.join(' or ')} in the settings table, got "${row.value}"`);
  if (wanted && wanted !== stored) throw new Error(`the database chooses figures by the "${stored}" rule; it was created so and cannot take "${wanted}" (use a new --db file)`);
  return stored;
}

function describeOpenError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === 'SQLITE_NOTADB') return 'expected an SQLite database, got a file in another format';
  return e.message ?? String(err);
}
