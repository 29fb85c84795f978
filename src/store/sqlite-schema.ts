// The SQLite schema, created on open. A file of an earlier version is migrated (sqlite-migrate.ts); one of an
// unknown version is refused, never guessed at.
import type Database from 'better-sqlite3';
import { addComponents, indexVictimWords, markUndatedRecalls, migrateFrom1, periodBands, reindexCandidates } from './sqlite-migrate.js';

// 2: incident fusion (fused values, figures per source, revisions) and near-duplicate reports.
// 3: each mention's connected set (mentions.component), so fusion follows candidates from new reports only;
//    the candidate index leads with the country.
// 4: near-duplicate bands keyed by publication period first (document_bands.period).
// 5: acts recalled without a day that name a victim or target have their own date class (mentions.date_wide = 2).
// 6: the words of the names of the people a mention names hurt (victim_words); acts told with no date at all that
//    name a person have their own date class (mentions.date_wide = 3).
export const SCHEMA_VERSION = 6;

// Mentions and incidents carry the same searchable copies of a mention's values; filters read either.
const SEARCHABLE = `event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, status TEXT NOT NULL, background INTEGER NOT NULL,
  date_start TEXT, date_end TEXT, date_precision TEXT, country TEXT, lat REAL, lon REAL,
  fatalities_best INTEGER, injuries_best INTEGER`;

// Tables and indexes that schema 2 added; sqlite-migrate.ts adds them to a schema 1 file.
// Locality-sensitive hashing: documents of neighbouring publication periods (fusion/minhash.ts) sharing a band
// key are near-duplicate candidates. The period leads the key, so a new report's random band keys go into the
// index's recent part, a few hundred pages, instead of dirtying a page of their own each all over a large index.
export const DOCUMENT_BANDS = `CREATE TABLE document_bands (
  period        INTEGER NOT NULL,         -- publicationPeriod(documents.published)
  band_key      TEXT NOT NULL,
  document_key  INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  PRIMARY KEY (period, band_key, document_key)
) WITHOUT ROWID;`;

// The country before the date: a lookup then reads its country's window only, not the window's mentions of
// the whole world (which, at 150 reports a day, is a month of index entries for a wide date).
export const MENTION_CANDIDATES = 'CREATE INDEX mentions_candidates ON mentions (fusion_class, date_wide, country, date_start);';

// Schema 5: undated recalled acts (date_wide = 2, fusion/compatible.ts undatedKnown) are looked up by the day they
// happened on or before, from dated reports of the three months before it.
export const MENTION_UNDATED = 'CREATE INDEX IF NOT EXISTS mentions_undated ON mentions (fusion_class, country, date_end) WHERE date_wide = 2;';

// Schema 6: an act told with no date at all ("a month ago", in a transcript that gives no day) that names a person
// (date_wide = 3, fusion/compatible.ts unboundedNamed) is found by the words of that person's name, and finds the
// acts on a day that name the person by them. Only those two date classes are indexed: a lookup by name is never
// needed for the others. unbounded leads the key, so a dated report looks only among the few undated ones.
export const VICTIM_WORDS = `CREATE TABLE IF NOT EXISTS victim_words (
  unbounded    INTEGER NOT NULL,          -- 1: the mention's date_wide is 3, 0: it is 0 (a day or a few)
  word         TEXT NOT NULL,             -- fusion/compatible.ts victimNameKeys
  mention_key  INTEGER NOT NULL REFERENCES mentions (key) ON DELETE CASCADE,
  PRIMARY KEY (unbounded, word, mention_key)
) WITHOUT ROWID;`;

// Schema 3: the connected set a mention was last grouped in (store/sqlite-fusion.ts). NULL: not known to be
// complete (a mention stored by schema 2, or a set cut short by the size guard); such mentions are followed anew.
export const MENTION_COMPONENTS = `ALTER TABLE mentions ADD COLUMN component INTEGER;
CREATE INDEX mentions_component ON mentions (component);`;

export const REVISIONS_AND_SETTINGS = `-- Every change to an incident and the report that caused it. No foreign key on the incident: the history of
-- an incident merged into another stays readable.
CREATE TABLE incident_revisions (
  incident_id   INTEGER NOT NULL,
  revision      INTEGER NOT NULL,
  at            TEXT NOT NULL,
  document_key  INTEGER REFERENCES documents (key) ON DELETE SET NULL,
  kind          TEXT NOT NULL,            -- created | joined | updated | split | merged
  changes_json  TEXT NOT NULL,            -- {field: [before, after]}, and for merged {into: id}
  PRIMARY KEY (incident_id, revision)
);

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`;

const DDL = `
CREATE TABLE schema_version (version INTEGER NOT NULL);

CREATE TABLE documents (
  key           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL,            -- the source's id; repeats across inputs, so not unique
  content_hash  TEXT NOT NULL UNIQUE,     -- sha256 of the normalised text: one row per report
  published     TEXT,
  source        TEXT,                     -- the outlet
  title         TEXT,
  url           TEXT,
  language      TEXT,
  origin        TEXT NOT NULL,
  warnings_json TEXT NOT NULL DEFAULT '[]',
  ingested_at   TEXT NOT NULL,
  signature     BLOB,                     -- MinHash of the text (fusion/minhash.ts); NULL when no text was given
  duplicate_of  INTEGER REFERENCES documents (key) -- the original of a near-duplicate republication
);
CREATE INDEX documents_id ON documents (id);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);

${DOCUMENT_BANDS}
CREATE TABLE mentions (
  key             INTEGER PRIMARY KEY,
  id              TEXT NOT NULL,          -- "<doc id>#<n>"
  document_key    INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  json            TEXT NOT NULL,          -- the whole Mention as extracted: the indexed columns are copies
  fusion_class    TEXT NOT NULL,          -- sub-types that may be one event share it (fusion/families.ts)
  date_wide       INTEGER NOT NULL,       -- 1 when the date spans more than a few days, 2 an undated recalled act or one dated by a saying, 3 an act with no date at all that names a person (fusion/compatible.ts, dateClass)
  place_precision TEXT,                   -- the location's precision and radius, so candidate lookups can drop
  radius_km       REAL,                   --   far places without parsing the mention
  ${SEARCHABLE},
  component       INTEGER                 -- the connected set it was last grouped in (MENTION_COMPONENTS)
);
CREATE INDEX mentions_component ON mentions (component);
CREATE INDEX mentions_document ON mentions (document_key);
-- Fusion looks for same-incident candidates by class, date window and country: the cost of one lookup
-- depends on how many events happen in that window, not on how many the store holds. Narrow dates are
-- looked up in a window of a few days, wide ones (a week, a month) in a month.
${MENTION_CANDIDATES}
${MENTION_UNDATED}
${VICTIM_WORDS}

-- The incident's own columns hold its current best values, so queries never re-derive them from mentions.
CREATE TABLE incidents (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: ids are never reused once exported
  lead_mention_key   INTEGER NOT NULL REFERENCES mentions (key),
  ${SEARCHABLE},
  confidence         REAL NOT NULL,
  fused_json         TEXT NOT NULL,       -- FusedIncident (fusion/reconcile.ts): place, figures per source, sources
  independent_count  INTEGER NOT NULL,
  first_reported     TEXT,                -- earliest and latest publication date among its reports
  last_updated       TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents (date_start);
CREATE INDEX incidents_country ON incidents (country);
CREATE INDEX incidents_place ON incidents (lat, lon);

-- One row per (incident, reporting mention).
CREATE TABLE incident_mentions (
  incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  mention_key  INTEGER NOT NULL REFERENCES mentions (key) ON DELETE CASCADE,
  PRIMARY KEY (incident_id, mention_key)
);
CREATE INDEX incident_mentions_mention ON incident_mentions (mention_key);

${REVISIONS_AND_SETTINGS}`;

/** Creates the tables in a new file and checks the version of an existing one. */
export function ensureSchema(db: Database.Database): void {
  db.transaction(() => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
    if (tables.length === 0) {
      db.exec(DDL);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
      return;
    }
    if (!tables.includes('schema_version')) {
      throw new Error(`store: expected a sitrep database (with a schema_version table), got a database with tables ${tables.join(', ')}`);
    }
    const rows = db.prepare('SELECT version FROM schema_version').all() as { version: number }[];
    if (rows.length === 1 && rows[0].version >= 1 && rows[0].version <= 5) {
      const from = rows[0].version;
      if (from <= 2) addComponents(db);
      if (from === 1) migrateFrom1(db); // creates the bands of schema 4 and the date classes and name words of schema 6 directly
      else {
        if (from === 2) reindexCandidates(db);
        if (from <= 3) periodBands(db);
        indexVictimWords(db);
        markUndatedRecalls(db);
      }
      db.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION);
      return;
    }
    if (rows.length !== 1 || rows[0].version !== SCHEMA_VERSION) {
      const found = rows.length === 0 ? 'none' : rows.map((r) => r.version).join(', ');
      throw new Error(`store: expected schema version ${SCHEMA_VERSION}, got ${found} (the file was written by another sitrep version)`);
    }
  }).immediate();
}
