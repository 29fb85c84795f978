import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from './sqlite-store.js';
import { storeContract } from './store-contract.js';
import { docMeta, mention, record } from './test-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => join(dir, `s${++n}.db`);

storeContract('SqliteStore', async () => SqliteStore.open(freshFile()));

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
    assert.deepEqual(raw.prepare('SELECT version FROM schema_version').all(), [{ version: 2 }]);
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
    { name: 'another schema version', setup: () => { const f = freshFile(); SqliteStore.open(f).close(); const d = new Database(f); d.exec('UPDATE schema_version SET version = 99'); d.close(); return f; }, message: /expected schema version 2, got 99/ },
  ];
  for (const c of openErrors) {
    it(`refuses to open: ${c.name}`, () => {
      assert.throws(() => SqliteStore.open(c.setup(), { mustExist: c.mustExist }), c.message);
    });
  }
});
