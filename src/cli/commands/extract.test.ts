import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtractRecord } from '../../contract/mention.js';
import type { SourceItem } from '../../sources/raw-doc.js';
import { record, mention } from '../../store/test-fixtures.js';
import { UsageError } from '../command.js';
import { memoryIo } from '../io.js';
import { fakeRead, rawDoc } from '../test-helpers.js';
import { runExtract } from './extract.js';
import { runAnnotate } from './annotate.js';

const skipItem: SourceItem = { kind: 'skip', skip: { origin: 'bad.txt', reason: 'invalid UTF-8: byte offset 4' } };
const docs: SourceItem[] = [{ kind: 'doc', doc: rawDoc('a', 'A') }, skipItem, { kind: 'doc', doc: rawDoc('b', 'B') }];
const extract = (items: SourceItem[]) => async () => ({ read: fakeRead(items), process: (d: { id: string }): ExtractRecord => record(d.id, [mention(`${d.id}#1`)]) });

describe('sitrep extract', () => {
  it('prints one JSON line per document and reports skips on stderr', async () => {
    const io = memoryIo();
    assert.equal(await runExtract(['in'], io, extract(docs)), 0);
    const lines = io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['a', 'b']);
    assert.equal(lines[0].incidents[0].id, 'a#1');
    assert.equal(io.stderr, 'sitrep: skipped bad.txt: invalid UTF-8: byte offset 4\n');
  });

  it('prints one JSON array with --format json', async () => {
    const io = memoryIo();
    assert.equal(await runExtract(['in', '--format', 'json'], io, extract(docs)), 0);
    assert.deepEqual(JSON.parse(io.stdout).map((r: ExtractRecord) => r.id), ['a', 'b']);
  });

  const failures: [string, SourceItem[], string[]][] = [
    ['jsonl', [skipItem], []],
    ['json', [], ['--format', 'json']],
  ];
  for (const [name, items, extra] of failures) {
    it(`exits 1 when nothing could be read (${name})`, async () => {
      const io = memoryIo();
      assert.equal(await runExtract(['x.txt', ...extra], io, extract(items)), 1);
      assert.match(io.stderr, /sitrep extract: no document could be read from x\.txt/);
      if (name === 'json') assert.deepEqual(JSON.parse(io.stdout), []);
    });
  }

  const usage: [string[], RegExp][] = [
    [[], /expected at least one INPUT/],
    [['a', '--format', 'csv'], /--format expects one of jsonl, json, got "csv"/],
    [['a', '--published', '11/03/2024'], /--published expects an ISO 8601 date/],
    [['a', '--frob'], /unknown option "--frob"/],
  ];
  for (const [args, message] of usage) {
    it(`usage error: ${args.join(' ') || '(no arguments)'}`, async () => {
      await assert.rejects(runExtract(args, memoryIo(), extract(docs)), (e: Error) => e instanceof UsageError && message.test(e.message));
    });
  }

  it('passes --published to the reader', async () => {
    let seen: string | null | undefined;
    const deps = async () => ({ read: (_i: string[], o: { published?: string | null }) => { seen = o.published; return fakeRead(docs)(_i, o); }, process: (d: { id: string }) => record(d.id, []) });
    await runExtract(['a', '--published', '2024-03-11'], memoryIo(), deps);
    assert.equal(seen, '2024-03-11');
  });

  it('prints what it has when the input pauses, without waiting for a batch to fill', async () => {
    const io = memoryIo();
    let printedBeforeSecond = '';
    // A live feed: the second document comes only after the first one's line is out (or after 5 s: the test fails).
    async function* slow(): AsyncIterable<SourceItem> {
      yield { kind: 'doc', doc: rawDoc('a', 'A') };
      for (let waited = 0; !io.stdout && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      printedBeforeSecond = io.stdout;
      yield { kind: 'doc', doc: rawDoc('b', 'B') };
    }
    const deps = async () => ({
      read: () => slow(), process: (d: { id: string }) => record(d.id, []),
      processBatch: (ds: { id: string }[]) => ds.map((d) => record(d.id, [])), batchSize: 32, idleMs: 10,
    });
    assert.equal(await runExtract(['in'], io, deps), 0);
    assert.equal(JSON.parse(printedBeforeSecond).id, 'a');
    assert.deepEqual(io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id), ['a', 'b']);
  });

  it('runs documents in batches when it can, printing them in input order', async () => {
    const items: SourceItem[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ kind: 'doc', doc: rawDoc(id, id.toUpperCase()) }));
    const calls: string[][] = [];
    const deps = async () => ({
      read: fakeRead([...items.slice(0, 2), skipItem, ...items.slice(2)]),
      process: (d: { id: string }) => { calls.push([d.id]); return record(d.id, []); },
      processBatch: (ds: { id: string }[]) => { calls.push(ds.map((d) => d.id)); return ds.map((d) => record(d.id, [])); },
      batchSize: 2,
    });
    const io = memoryIo();
    assert.equal(await runExtract(['in'], io, deps), 0);
    assert.deepEqual(io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id), ['a', 'b', 'c', 'd', 'e']);
    // The last, lone document goes through process.
    assert.deepEqual(calls, [['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('names the document when a batch throws', async () => {
    const deps = async () => ({
      read: fakeRead(docs),
      process: (d: { id: string }): ExtractRecord => { if (d.id === 'b') throw new Error('boom'); return record(d.id, []); },
      processBatch: (): ExtractRecord[] => { throw new Error('boom'); },
      batchSize: 8,
    });
    await assert.rejects(runExtract(['a'], memoryIo(), deps), { message: 'failed on b.txt: boom' });
  });

  it('names the document when extraction throws', async () => {
    const deps = async () => ({ read: fakeRead(docs), process: (): ExtractRecord => { throw new Error('boom'); } });
    await assert.rejects(runExtract(['a'], memoryIo(), deps), { message: 'failed on a.txt: boom' });
  });
});

describe('sitrep annotate', () => {
  it('prints one line per document from annotateDoc', async () => {
    const io = memoryIo();
    const deps = async () => ({ read: fakeRead(docs), process: (d: { id: string; text: string }) => ({ id: d.id, text: d.text, excluded: [], sentences: [], dates: [], places: [], numbers: [], actors: [] }) });
    assert.equal(await runAnnotate(['in'], io, deps), 0);
    assert.deepEqual(io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).text), ['A', 'B']);
  });
});
