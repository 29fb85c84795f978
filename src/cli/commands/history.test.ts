import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SqliteStore } from '../../store/sqlite-store.js';
import { count, docMeta, mention, record } from '../../store/test-fixtures.js';
import { UsageError } from '../command.js';
import { memoryIo } from '../io.js';
import { tempDir } from '../test-helpers.js';
import { runHistory } from './history.js';
import { runIncidents } from './incidents.js';

// One strike reported three times: 2 killed (AFP via Al Arabiya), then 4 (Reuters), then 6 (AFP again).
async function seedFusion(file: string): Promise<void> {
  const store = SqliteStore.open(file);
  const src = (name: string, via: string[] = []) => [{ name, via, text: name, start: 0, end: name.length }];
  await store.addDocument(docMeta('first', 'first report', { source: 'Al Arabiya', published: '2024-03-10' }), record('first', [mention('first#1', { fatalities: count(2), sources: src('AFP', ['Al Arabiya']) })]));
  await store.addDocument(docMeta('second', 'second report', { source: 'Reuters', published: '2024-03-11' }), record('second', [mention('second#1', { fatalities: count(4), sources: src('Reuters') })]));
  await store.addDocument(docMeta('third', 'third report', { source: 'AFP', published: '2024-03-12' }), record('third', [mention('third#1', { fatalities: count(6), sources: src('AFP') })]));
  await store.close();
}

describe('sitrep history and incidents --detail', () => {
  const tmp = tempDir();
  const db = tmp.path('h.db');
  before(() => seedFusion(db));
  after(() => tmp.remove());

  it('lists every revision with the report that caused it and the values before and after', async () => {
    const io = memoryIo();
    assert.equal(await runHistory(['1', '--db', db], io), 0);
    const lines = io.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^#1 \S+ created by first \(first\.txt\)$/);
    assert.ok(lines.some((l) => /^#2 \S+ joined by second \(second\.txt\)$/.test(l)), io.stdout);
    assert.ok(lines.some((l) => /^ {4}fatalities: 2 -> 4$/.test(l)), io.stdout);
    assert.ok(lines.some((l) => /^ {4}independent_sources: 1 -> 2$/.test(l)), io.stdout);
    assert.ok(lines.some((l) => /^#3 \S+ joined by third/.test(l)), io.stdout);
  });

  it('prints JSON on request, and fails with a message for an unknown id', async () => {
    const io = memoryIo();
    assert.equal(await runHistory(['1', '--db', db, '--format', 'json'], io), 0);
    assert.deepEqual(JSON.parse(io.stdout).map((r: { kind: string }) => r.kind), ['created', 'joined', 'joined']);
    const missing = memoryIo();
    assert.equal(await runHistory(['42', '--db', db], missing), 1);
    assert.match(missing.stderr, /no incident 42 in /);
    await assert.rejects(runHistory(['abc', '--db', db], memoryIo()), UsageError);
  });

  it('shows sources, the independent count, each source\'s figure and the chosen one with its rule', async () => {
    const io = memoryIo();
    assert.equal(await runIncidents(['--db', db, '--detail'], io), 0);
    assert.match(io.stdout, /3 reports, 2 independent sources: afp, reuters/);
    assert.match(io.stdout, /killed +6 \(rule highest, from afp\); by source: afp 6 \("6"\); reuters 4 \("4"\)/);
    assert.match(io.stdout, /Al Arabiya citing AFP via Al Arabiya: first#1/);
  });
});
