import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IngestTally, reasonKey } from './ingest-tally.js';

describe('IngestTally', () => {
  it('groups skip reasons by their key, most frequent first', () => {
    const t = new IngestTally();
    t.read = 24; t.alreadyStored = 2; t.incidentsAdded = 31;
    for (const r of ['empty file: 0 bytes', 'invalid UTF-8: byte offset 3', 'malformed JSONL line: Unexpected token', 'invalid UTF-8: byte offset 9']) t.skip(r);
    assert.equal(t.summary('sitrep.db'), 'read 24 documents (2 already stored), skipped 4 (invalid UTF-8: 2, empty file: 1, malformed JSONL line: 1), added 31 incidents to sitrep.db');
  });
  it('says so when nothing was skipped, in the singular where it applies', () => {
    const t = new IngestTally();
    t.read = 1; t.incidentsAdded = 1;
    assert.equal(t.summary('x.db'), 'read 1 document, skipped 0, added 1 incident to x.db');
  });
  const keys: [string, string][] = [['too large: 30 bytes', 'too large'], ['something odd', 'something odd'], [': leading colon', ': leading colon']];
  for (const [reason, key] of keys) it(`key of "${reason}"`, () => assert.equal(reasonKey(reason), key));
});
