import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { ExtractRecord } from '../../contract/mention.js';
import type { RawDoc, SourceItem } from '../../sources/raw-doc.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { mention, record } from '../../store/test-fixtures.js';
import { memoryIo } from '../io.js';
import { fakeRead, rawDoc, tempDir } from '../test-helpers.js';
import { runIngest, type IngestDeps } from './ingest.js';

const tmp = tempDir();
after(() => tmp.remove());
let n = 0;
const dbFile = () => tmp.path(`ingest${++n}.db`);

// Two incidents per document, each on its own day, so counts of documents and incidents cannot be confused
// (reports of one day and place would fuse into one incident).
const onDay = (id: string, day: number) => mention(id, { date: { start: `2024-03-${String(day).padStart(2, '0')}`, end: `2024-03-${String(day).padStart(2, '0')}`, precision: 'day', text: null, start_offset: null, end_offset: null } });
const twoEach = (doc: RawDoc): ExtractRecord => {
  const day = 1 + 2 * (doc.id.charCodeAt(0) % 12);
  return record(doc.id, [onDay(`${doc.id}#1`, day), onDay(`${doc.id}#2`, day + 1)]);
};
const deps = (items: SourceItem[], extract = twoEach): (() => Promise<IngestDeps>) =>
  async () => ({ read: fakeRead(items), extract, openStore: async (f) => SqliteStore.open(f) });
const doc = (id: string, text: string): SourceItem => ({ kind: 'doc', doc: rawDoc(id, text) });
const skip = (reason: string): SourceItem => ({ kind: 'skip', skip: { origin: 'x', reason } });

async function counts(file: string) {
  const s = SqliteStore.open(file);
  try { return await s.counts(); } finally { await s.close(); }
}

describe('sitrep ingest', () => {
  it('stores documents and prints one summary line, grouping skips', async () => {
    const file = dbFile();
    const io = memoryIo();
    const items = [doc('a', 'A text'), skip('empty file: 0 bytes'), doc('b', 'B text'), skip('malformed JSONL line: x'), skip('empty file: only white space')];
    assert.equal(await runIngest(['in', '--db', file], io, deps(items)), 0);
    assert.equal(io.stdout, `read 2 documents, skipped 3 (empty file: 2, malformed JSONL line: 1), added 4 incidents to ${file}\n`);
    assert.match(io.stderr, /^sitrep: skipped x: empty file: 0 bytes$/m);
    assert.deepEqual(await counts(file), { documents: 2, mentions: 4, incidents: 4 });
  });

  it('adds nothing the second time, and knows a report by its text, not its id', async () => {
    const file = dbFile();
    const items = [doc('a', 'A text'), doc('b', 'B text')];
    await runIngest(['in', '--db', file], memoryIo(), deps(items));
    const io = memoryIo();
    let extracted = 0;
    const counting = (d: RawDoc) => { extracted++; return twoEach(d); };
    assert.equal(await runIngest(['in', '--db', file], io, deps([...items, doc('copy-of-a', ' A  text\n')], counting)), 0);
    assert.equal(io.stdout, `read 3 documents (3 already stored), skipped 0, added 0 incidents to ${file}\n`);
    assert.equal(extracted, 0, 'a stored report is not extracted again');
    assert.deepEqual(await counts(file), { documents: 2, mentions: 4, incidents: 4 });
  });

  it('fails with exit 1 when nothing could be read', async () => {
    const io = memoryIo();
    assert.equal(await runIngest(['gone.txt', '--db', dbFile()], io, deps([skip('missing path: no such file or directory')])), 1);
    assert.match(io.stdout, /^read 0 documents, skipped 1 \(missing path: 1\)/);
    assert.match(io.stderr, /sitrep ingest: no document could be read from gone\.txt/);
  });

  it('fails with exit 1 and names the file when the database cannot be opened', async () => {
    const io = memoryIo();
    const file = tmp.path('no-such-dir/x.db');
    assert.equal(await runIngest(['in', '--db', file], io, deps([doc('a', 'A')])), 1);
    assert.match(io.stderr, new RegExp(`sitrep ingest: cannot open database "${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  });

  it('keeps what was stored before an extraction bug and says where it happened', async () => {
    const file = dbFile();
    const io = memoryIo();
    const extract = (d: RawDoc) => { if (d.id === 'b') throw new Error('boom'); return twoEach(d); };
    await assert.rejects(runIngest(['in', '--db', file], io, deps([doc('a', 'A'), doc('b', 'B')], extract)), /extraction failed on b\.txt: boom/);
    assert.match(io.stdout, /added 2 incidents .* \(stopped by an error\)/);
    assert.deepEqual(await counts(file), { documents: 1, mentions: 2, incidents: 2 });
  });

  it('stops after the current document on Ctrl-C', async () => {
    const file = dbFile();
    let interrupt = () => {};
    const io = memoryIo();
    io.onInterrupt = (handler) => { interrupt = handler; return () => {}; };
    const extract = (d: RawDoc) => { interrupt(); return twoEach(d); };
    assert.equal(await runIngest(['in', '--db', file], io, deps([doc('a', 'A'), doc('b', 'B')], extract)), 130);
    assert.match(io.stdout, /^read 1 document, .* \(interrupted\)\n$/);
    assert.deepEqual(await counts(file), { documents: 1, mentions: 2, incidents: 2 });
  });

  const progress: [string, boolean, RegExp | null][] = [
    ['shows progress on a terminal once the run is long', true, /\r\x1b\[Kingest: \d+ docs read, \d+ incidents added, [\d.]+ docs\/s/],
    ['shows nothing when stderr is not a terminal', false, null],
  ];
  for (const [name, tty, expected] of progress) {
    it(name, async () => {
      let t = 0;
      const io = memoryIo({ stderrIsTTY: tty, clock: () => (t += 300) });
      const items = Array.from({ length: 6 }, (_, i) => doc(`d${i}`, `text ${i}`));
      await runIngest(['in', '--db', dbFile()], io, deps(items));
      if (expected) assert.match(io.stderr, expected); else assert.equal(io.stderr, '');
      assert.doesNotMatch(io.stdout, /\x1b/);
    });
  }
});
