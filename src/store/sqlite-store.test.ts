import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Mention } from '../contract/mention.js';
import { SqliteStore } from './sqlite-store.js';
import { storeContract } from './store-contract.js';
import { docMeta, mention, record } from './test-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => join(dir, `s${++n}.db`);

storeContract('SqliteStore', async () => SqliteStore.open(freshFile()));
// `sitrep ingest` commits in batches: within the store, everything must behave as with one transaction per document.
storeContract('SqliteStore, committing every 3 documents', async () => SqliteStore.open(freshFile(), { batch: 3 }));

describe('SqliteStore committing in batches', () => {
  const documentsSeenBy = (file: string) => {
    const raw = new Database(file, { readonly: true });
    try { return (raw.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n; } finally { raw.close(); }
  };

  it('commits every N documents, and the rest when closed', async () => {
    const file = freshFile();
    const store = SqliteStore.open(file, { batch: 2 });
    await store.addDocument(docMeta('a', 'first'), record('a', [mention('a#1')]));
    assert.equal(documentsSeenBy(file), 0, 'the first of a batch of two is not committed yet');
    assert.equal(await store.hasDocument(docMeta('a', 'first').contentHash), true, 'but the store itself sees it');
    await store.addDocument(docMeta('b', 'second'), record('b', [mention('b#1')]));
    assert.equal(documentsSeenBy(file), 2);
    await store.addDocument(docMeta('c', 'third'), record('c', [mention('c#1')]));
    await store.close();
    assert.equal(documentsSeenBy(file), 3);
  });

  it('a document that fails leaves the others of its batch', async () => {
    const file = freshFile();
    const store = SqliteStore.open(file, { batch: 10 });
    await store.addDocument(docMeta('a', 'kept one'), record('a', [mention('a#1')]));
    const broken = mention('x#2', { event_type: null as unknown as string });
    await assert.rejects(store.addDocument(docMeta('x', 'half'), record('x', [mention('x#1'), broken])));
    await store.addDocument(docMeta('c', 'kept two'), record('c', [mention('c#1')]));
    await store.close();
    const again = SqliteStore.open(file, { mustExist: true });
    const { documents, mentions } = await again.counts();
    assert.deepEqual({ documents, mentions }, { documents: 2, mentions: 2 });
    await again.close();
  });
});

describe('SqliteStore files', () => {
  it('keeps data across close and reopen, in WAL mode', async () => {
    const file = freshFile();
    const a = SqliteStore.open(file);
    await a.addDocument(docMeta('a', 'persisted'), record('a', [mention('a#1')]));
    await a.close();
    const b = SqliteStore.open(file, { mustExist: true });
    assert.deepEqual(await b.counts(), { documents: 1, mentions: 1, incidents: 1 });
    await b.close();
    const raw = new Database(file);
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.deepEqual(raw.prepare('SELECT version FROM schema_version').all(), [{ version: 6 }]);
    raw.close();
  });

  it('writes nothing of a document whose ingest fails half way', async () => {
    const store = SqliteStore.open(freshFile());
    const broken = mention('x#2', { event_type: null as unknown as string }); // NOT NULL violation on the second mention
    await assert.rejects(store.addDocument(docMeta('x', 'half'), record('x', [mention('x#1'), broken])));
    assert.deepEqual(await store.counts(), { documents: 0, mentions: 0, incidents: 0 });
    await store.close();
  });

  const openErrors: { name: string; setup: () => string; mustExist?: boolean; message: RegExp }[] = [
    { name: 'missing file when it must exist', setup: () => join(dir, 'absent.db'), mustExist: true, message: /cannot open database ".*absent\.db": no such file \(run "sitrep ingest" first/ },
    { name: 'missing directory', setup: () => join(dir, 'no-dir', 'x.db'), message: /cannot open database ".*no-dir.x\.db": .*directory does not exist/ },
    { name: 'not a database', setup: () => { const f = join(dir, 'text.db'); writeFileSync(f, 'hello, this is not sqlite at all'.repeat(10)); return f; }, message: /expected an SQLite database, got a file in another format/ },
    { name: 'another program\'s database', setup: () => { const f = join(dir, 'other.db'); const d = new Database(f); d.exec('CREATE TABLE t (x)'); d.close(); return f; }, message: /expected a sitrep database .* got a database with tables t/ },
    { name: 'another schema version', setup: () => { const f = freshFile(); SqliteStore.open(f).close(); const d = new Database(f); d.exec('UPDATE schema_version SET version = 99'); d.close(); return f; }, message: /expected schema version 6, got 99/ },
  ];
  for (const c of openErrors) {
    it(`refuses to open: ${c.name}`, () => {
      assert.throws(() => SqliteStore.open(c.setup(), { mustExist: c.mustExist }), c.message);
    });
  }
});

describe('SqliteStore migration from schema 2', () => {
  it('keeps the incidents, and a new report still joins a mention stored before the migration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'));
    try {
      const file = join(dir, 'v2.db');
      const a = SqliteStore.open(file);
      await a.addDocument(docMeta('a', 'first report'), record('a', [mention('a#1')]));
      await a.close();
      // Back to schema 2 as it was written: no component column.
      const raw = new Database(file);
      raw.exec(`DROP INDEX mentions_component; ALTER TABLE mentions DROP COLUMN component; ${SCHEMA_3_BANDS} UPDATE schema_version SET version = 2;`);
      raw.close();
      const b = SqliteStore.open(file);
      try {
        assert.deepEqual(await b.counts(), { documents: 1, mentions: 1, incidents: 1 });
        await b.addDocument(docMeta('b', 'second report'), record('b', [mention('b#1')]));
        const [inc, ...rest] = await b.listIncidents();
        assert.equal(rest.length, 0);
        assert.equal(inc.reports.length, 2);
      } finally {
        await b.close();
      }
      const after = new Database(file);
      assert.deepEqual(after.prepare('SELECT DISTINCT component FROM mentions').all(), [{ component: 1 }]);
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The near-duplicate bands of schemas 2 and 3, filled from the current table.
const SCHEMA_3_BANDS = `CREATE TABLE bands_3 (band_key TEXT NOT NULL, document_key INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE);
  INSERT INTO bands_3 SELECT band_key, document_key FROM document_bands; DROP TABLE document_bands;
  ALTER TABLE bands_3 RENAME TO document_bands; CREATE INDEX document_bands_key ON document_bands (band_key);`;

describe('SqliteStore migration from schema 3', () => {
  it('keys the stored bands by publication period, and a copy stored after the migration finds its original', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'));
    try {
      const file = join(dir, 'v3.db');
      const story = 'A roadside bomb hit an army truck on the highway north of the river crossing on Friday, killing two soldiers and wounding three, the defence ministry said in a statement issued in the evening.';
      const a = SqliteStore.open(file);
      await a.addDocument(docMeta('orig', story, { published: '2024-03-10', text: story }), record('orig', [mention('orig#1')]));
      await a.close();
      const raw = new Database(file);
      raw.exec(`${SCHEMA_3_BANDS} UPDATE schema_version SET version = 3;`);
      assert.equal((raw.prepare('SELECT count(*) AS n FROM document_bands').get() as { n: number }).n, 16);
      raw.close();
      const b = SqliteStore.open(file);
      try {
        const copy = `Front page | Region\n${story}\nShare`;
        await b.addDocument(docMeta('copy', copy, { published: '2024-03-11', text: copy }), record('copy', [mention('copy#1')]));
        const docs = (await b.listIncidents()).flatMap((i) => i.reports.map((r) => r.document));
        assert.equal(docs.find((d) => d.id === 'copy')!.duplicateOf, docs.find((d) => d.id === 'orig')!.key);
      } finally {
        await b.close();
      }
      const after = new Database(file);
      assert.deepEqual(after.prepare('SELECT version FROM schema_version').all(), [{ version: 6 }]);
      assert.deepEqual(after.prepare('SELECT DISTINCT period FROM document_bands ORDER BY period').all(), [{ period: Math.floor(19792 / 30) }]);
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A judge's killing stored before a migration, told by `stored` and put back as schema `version` wrote it
 * (`downgrade`): once the file is migrated, a report of the killing on its day links to it. `check` reads the file.
 */
async function linksAfterMigration(version: number, stored: { id: string; published: string | null; date: Mention['date']; background?: boolean },
  downgrade: string, check: (db: Database.Database) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'));
  try {
    const file = join(dir, `v${version}.db`);
    const judge = { name: 'Maria Lopez', text: 'Judge Maria Lopez', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 17 };
    const a = SqliteStore.open(file);
    await a.addDocument(docMeta(stored.id, `the ${stored.id}`, { published: stored.published }),
      record(stored.id, [mention(`${stored.id}#1`, { date: stored.date, background: stored.background ?? false, victims: [judge] })]));
    await a.close();
    const raw = new Database(file);
    raw.exec(`${downgrade} UPDATE schema_version SET version = ${version};`);
    raw.close();
    const b = SqliteStore.open(file);
    try {
      const day = { start: '2024-03-01', end: '2024-03-01', precision: 'day' as const, text: null, start_offset: null, end_offset: null };
      await b.addDocument(docMeta('killing', 'the killing', { published: '2024-03-01' }), record('killing', [mention('killing#1', { date: day, victims: [judge] })]));
      assert.deepEqual((await b.listIncidents({ includeBackground: true })).map((i) => i.reports.map((r) => r.mention.id).sort().join('+')), [`killing#1+${stored.id}#1`]);
    } finally {
      await b.close();
    }
    const db = new Database(file);
    try {
      assert.deepEqual(db.prepare('SELECT version FROM schema_version').all(), [{ version: 6 }]);
      check(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('SqliteStore migration from schema 4', () => {
  it('gives a stored act recalled without a day its date class, so a report of its event found later links to it', async () => {
    const recalled = { start: null, end: '2024-04-20', precision: 'unknown' as const, text: null, start_offset: null, end_offset: null, basis: 'publication' as const };
    // As schema 4 stored it: an undated mention in the wide class, which no candidate lookup reaches.
    await linksAfterMigration(4, { id: 'trial', published: '2024-04-20', date: recalled, background: true }, 'UPDATE mentions SET date_wide = 1;', (db) => {
      assert.deepEqual(db.prepare("SELECT date_wide FROM mentions WHERE id = 'trial#1'").all(), [{ date_wide: 2 }]);
    });
  });
});

describe('SqliteStore migration from schema 5', () => {
  it('indexes the stored names and gives an act told with no date at all its date class, so the act naming the person links to it', async () => {
    const none = { start: null, end: null, precision: 'unknown' as const, text: null, start_offset: null, end_offset: null, basis: 'publication' as const };
    // As schema 5 stored it: no name words, and the mention in the class of a day, which it can fuse with none of.
    await linksAfterMigration(5, { id: 'speech', published: null, date: none }, 'DROP TABLE victim_words; UPDATE mentions SET date_wide = 0;', (db) => {
      assert.deepEqual(db.prepare("SELECT date_wide FROM mentions WHERE id = 'speech#1'").all(), [{ date_wide: 3 }]);
      assert.deepEqual(db.prepare('SELECT unbounded, word FROM victim_words ORDER BY unbounded, word').all(), [{ unbounded: 0, word: 'lopez' }, { unbounded: 1, word: 'lopez' }]);
    });
  });
});

describe('SqliteStore migration from schema 1', () => {
  it('keeps documents and mentions, fuses incidents anew, and never reuses an old incident id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'));
    try {
      const file = join(dir, 'v1.db');
      const raw = new Database(file);
      raw.exec(SCHEMA_1_DDL);
      raw.prepare('INSERT INTO schema_version (version) VALUES (1)').run();
      // Two reports of one strike, stored by schema 1 as two incidents (ids 1 and 2).
      for (const [n, id] of [[1, 'a'], [2, 'b']] as const) {
        raw.prepare(`INSERT INTO documents (key, id, content_hash, published, source, origin, ingested_at) VALUES (?, ?, ?, '2024-03-11', ?, ?, '2024-03-11T00:00:00Z')`).run(n, id, `hash-${id}`, `Outlet ${id}`, `${id}.txt`);
        const m = mention(`${id}#1`, { sources: [] });
        raw.prepare(`INSERT INTO mentions (key, id, document_key, json, event_type, sub_event_type, status, background, date_start, date_end, date_precision, country, lat, lon)
          VALUES (?, ?, ?, ?, ?, ?, 'occurred', 0, '2024-03-10', '2024-03-10', 'day', 'IQ', 33.3, 44.4)`).run(n, m.id, n, JSON.stringify(m), m.event_type, m.sub_event_type);
        raw.prepare(`INSERT INTO incidents (id, lead_mention_key, event_type, sub_event_type, status, background, confidence, created_at, updated_at)
          VALUES (?, ?, ?, ?, 'occurred', 0, 0.8, 'x', 'x')`).run(n, n, m.event_type, m.sub_event_type);
        raw.prepare('INSERT INTO incident_mentions (incident_id, mention_key) VALUES (?, ?)').run(n, n);
      }
      raw.close();
      const store = SqliteStore.open(file);
      try {
        assert.deepEqual(await store.counts(), { documents: 2, mentions: 2, incidents: 1 });
        const [inc] = await store.listIncidents();
        assert.equal(inc.reports.length, 2);
        assert.ok(inc.id > 2, `id ${inc.id} reuses an old one`);
        assert.deepEqual(inc.independent_sources, ['outlet a', 'outlet b']);
        assert.equal(await store.figureRule(), 'highest');
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Schema 1 as it was written (commit d0f9199), to test the migration against.
const SCHEMA_1_DDL = `
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE documents (key INTEGER PRIMARY KEY, id TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE, published TEXT, source TEXT,
  title TEXT, url TEXT, language TEXT, origin TEXT NOT NULL, warnings_json TEXT NOT NULL DEFAULT '[]', ingested_at TEXT NOT NULL);
CREATE INDEX documents_id ON documents (id);
CREATE INDEX documents_published ON documents (published);
CREATE TABLE mentions (key INTEGER PRIMARY KEY, id TEXT NOT NULL, document_key INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  json TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, status TEXT NOT NULL, background INTEGER NOT NULL,
  date_start TEXT, date_end TEXT, date_precision TEXT, country TEXT, lat REAL, lon REAL, fatalities_best INTEGER, injuries_best INTEGER);
CREATE INDEX mentions_document ON mentions (document_key);
CREATE INDEX mentions_date ON mentions (date_start);
CREATE INDEX mentions_place ON mentions (lat, lon);
CREATE TABLE incidents (id INTEGER PRIMARY KEY AUTOINCREMENT, lead_mention_key INTEGER NOT NULL REFERENCES mentions (key),
  event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, status TEXT NOT NULL, background INTEGER NOT NULL,
  date_start TEXT, date_end TEXT, date_precision TEXT, country TEXT, lat REAL, lon REAL, fatalities_best INTEGER, injuries_best INTEGER,
  confidence REAL NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX incidents_date ON incidents (date_start);
CREATE INDEX incidents_country ON incidents (country);
CREATE INDEX incidents_place ON incidents (lat, lon);
CREATE TABLE incident_mentions (incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  mention_key INTEGER NOT NULL REFERENCES mentions (key) ON DELETE CASCADE, PRIMARY KEY (incident_id, mention_key));
CREATE INDEX incident_mentions_mention ON incident_mentions (mention_key);
`;
