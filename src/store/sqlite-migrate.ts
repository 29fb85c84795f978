// Schema 1 -> 2: a file written before fusion keeps its documents and mentions, gains the fusion columns and
// tables, and has its incidents fused anew from its mentions, document by document in the order stored.
// Incident ids continue from the old ones (AUTOINCREMENT), so an id exported before is never given to another
// incident. Near-duplicate signatures need the text, which schema 1 did not keep: old reports have none.
import type Database from 'better-sqlite3';
import type { Mention } from '../contract/mention.js';
import { dateClass, radiusKm } from '../fusion/compatible.js';
import { fusionClass } from '../fusion/families.js';
import { publicationPeriod } from '../fusion/minhash.js';
import { DEFAULT_FIGURE_RULE, type FigureRule } from '../fusion/reconcile.js';
import { mentionFuser } from './sqlite-fusion.js';
import { DOCUMENT_BANDS, MENTION_CANDIDATES, MENTION_COMPONENTS, MENTION_UNDATED, REVISIONS_AND_SETTINGS, VICTIM_WORDS } from './sqlite-schema.js';
import { victimWordWriter } from './sqlite-insert.js';

// Schema 2 -> 3 (and the first step from 1): mentions gain their connected set, unknown (NULL) for the stored
// ones, which fusion then follows through the candidate index as schema 2 did. Nothing is recomputed.
export function addComponents(db: Database.Database): void {
  db.exec(MENTION_COMPONENTS);
}

// Schema 2 -> 3: the candidate index of schema 2 had the date before the country.
export function reindexCandidates(db: Database.Database): void {
  db.exec(`DROP INDEX mentions_candidates; ${MENTION_CANDIDATES}`);
}

// Schema 3 -> 4: the band index gains the publication period as its first key column.
export function periodBands(db: Database.Database): void {
  db.exec(`DROP INDEX document_bands_key; ALTER TABLE document_bands RENAME TO document_bands_3; ${DOCUMENT_BANDS}`);
  db.function('publication_period', { deterministic: true }, (published: unknown) => publicationPeriod(typeof published === 'string' ? published : null));
  db.exec(`INSERT OR IGNORE INTO document_bands (period, band_key, document_key)
    SELECT publication_period(d.published), b.band_key, b.document_key FROM document_bands_3 b JOIN documents d ON d.key = b.document_key;
    DROP TABLE document_bands_3;`);
}

// Schema 5 -> 6: the words of the victims' names of the stored mentions on a day or with no date at all, which
// fusion looks up by name (sqlite-schema.ts VICTIM_WORDS). Written before the date classes are marked, so the
// reports fused anew then find them.
export function indexVictimWords(db: Database.Database): void {
  db.exec(VICTIM_WORDS);
  const insert = victimWordWriter(db);
  for (const row of db.prepare('SELECT key, json FROM mentions WHERE date_start IS NULL OR date_wide = 0').all() as { key: number; json: string }[]) {
    insert(row.key, JSON.parse(row.json) as Mention);
  }
}

// Schema 4 -> 5 (and 5 -> 6): an act recalled without a day that names whom or what it hit (compatible.ts,
// undatedKnown) is found by fusion through its own date class (mentions.date_wide = 2); since schema 6 one with no
// date at all that names a person too (date_wide = 3). The stored ones are marked, and their reports fused anew, in
// the order stored, so they link to the incident naming the same victim.
export function markUndatedRecalls(db: Database.Database): void {
  db.exec(MENTION_UNDATED);
  const mark = db.prepare('UPDATE mentions SET date_wide = ? WHERE key = ?');
  const documents = new Set<number>();
  for (const row of db.prepare('SELECT key, document_key, json, date_wide FROM mentions WHERE date_start IS NULL ORDER BY key').all() as { key: number; document_key: number; json: string; date_wide: number }[]) {
    const cls = dateClass(JSON.parse(row.json) as Mention);
    if (cls < 2 || cls === row.date_wide) continue;
    mark.run(cls, row.key);
    documents.add(row.document_key);
  }
  if (documents.size === 0) return;
  const rule = (db.prepare("SELECT value FROM settings WHERE key = 'figure_rule'").get() as { value: FigureRule } | undefined)?.value ?? DEFAULT_FIGURE_RULE;
  const fuse = mentionFuser(db, () => rule);
  const now = new Date().toISOString();
  for (const key of [...documents].sort((a, b) => a - b)) fuse([key], key, now);
}

export function migrateFrom1(db: Database.Database): void {
  db.exec(`
    ALTER TABLE documents ADD COLUMN signature BLOB;
    ALTER TABLE documents ADD COLUMN duplicate_of INTEGER REFERENCES documents (key);
    CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
    ${DOCUMENT_BANDS}
    ALTER TABLE mentions ADD COLUMN fusion_class TEXT NOT NULL DEFAULT '';
    ALTER TABLE mentions ADD COLUMN date_wide INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE mentions ADD COLUMN place_precision TEXT;
    ALTER TABLE mentions ADD COLUMN radius_km REAL;
    DROP INDEX IF EXISTS mentions_date;
    DROP INDEX IF EXISTS mentions_place;
    ${MENTION_CANDIDATES}
    ${MENTION_UNDATED}
    ALTER TABLE incidents ADD COLUMN fused_json TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE incidents ADD COLUMN independent_count INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE incidents ADD COLUMN first_reported TEXT;
    ALTER TABLE incidents ADD COLUMN last_updated TEXT;
    ${REVISIONS_AND_SETTINGS}
  `);
  db.exec(VICTIM_WORDS);
  const setClass = db.prepare('UPDATE mentions SET fusion_class = ?, date_wide = ?, place_precision = ?, radius_km = ? WHERE key = ?');
  const insertWords = victimWordWriter(db);
  for (const row of db.prepare('SELECT key, json FROM mentions').all() as { key: number; json: string }[]) {
    const m = JSON.parse(row.json) as Mention;
    setClass.run(fusionClass(m.sub_event_type), dateClass(m), m.location?.precision ?? null, m.location ? radiusKm(m.location) : null, row.key);
    insertWords(row.key, m);
  }
  // Schema 1 held one incident per mention: nothing in them that the mentions do not hold.
  db.exec('DELETE FROM incident_mentions; DELETE FROM incidents;');
  db.prepare("INSERT INTO settings (key, value) VALUES ('figure_rule', ?)").run(DEFAULT_FIGURE_RULE);
  const fuse = mentionFuser(db, () => DEFAULT_FIGURE_RULE);
  const now = new Date().toISOString();
  for (const { key } of db.prepare('SELECT key FROM documents ORDER BY key').all() as { key: number }[]) fuse([key], key, now);
}
