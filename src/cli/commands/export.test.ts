import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../command.js';
import { CSV_COLUMNS } from '../export/acled-csv.js';
import { parseCsv } from '../export/parse-csv.js';
import { memoryIo } from '../io.js';
import { seedDatabase, tempDir } from '../test-helpers.js';
import { runExport } from './export.js';

describe('sitrep export', () => {
  const tmp = tempDir();
  const db = tmp.path('e.db');
  before(() => seedDatabase(db));
  after(() => tmp.remove());

  it('writes CSV to --out, complete, with no partial file left', async () => {
    const out = tmp.path('incidents.csv');
    const io = memoryIo();
    assert.equal(await runExport(['--db', db, '--format', 'csv', '--out', out], io), 0);
    assert.equal(io.stdout, '');
    const rows = parseCsv(readFileSync(out, 'utf8'));
    assert.deepEqual(rows[0], CSV_COLUMNS);
    assert.equal(rows.length, 4);
    assert.deepEqual(readdirSync(dirname(out)).filter((f) => f.includes('.partial-')), []);
  });

  it('writes GeoJSON and counts the incidents it left out', async () => {
    const io = memoryIo();
    assert.equal(await runExport(['--db', db, '--format', 'geojson'], io), 0);
    assert.equal(JSON.parse(io.stdout).features.length, 2);
    assert.equal(io.stderr, 'sitrep export: left out 1 incident without coordinates\n');
  });

  it('writes one incident per line as jsonl, with the filters applied', async () => {
    const io = memoryIo();
    assert.equal(await runExport(['--db', db, '--format', 'jsonl', '--country', 'IQ'], io), 0);
    const lines = io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((i) => i.location.name), ['Baghdad']);
  });

  it('names a file it cannot write', async () => {
    const io = memoryIo();
    const out = tmp.path('missing-dir/x.csv');
    assert.equal(await runExport(['--db', db, '--format', 'csv', '--out', out], io), 1);
    assert.match(io.stderr, /sitrep export: cannot write ".*missing-dir.x\.csv"/);
    assert.equal(existsSync(out), false);
  });

  const usage: [string[], string][] = [
    [[], '--format is required: expected one of csv, geojson, jsonl'],
    [['--format', 'xlsx'], '--format expects one of csv, geojson, jsonl, got "xlsx"'],
    [['--format', 'csv', '--near', '1,2'], '--near expects LAT,LON,KM (three numbers, e.g. 33.31,44.36,25), got "1,2"'],
    [['--format', 'csv', '--limit', 'all'], '--limit expects a whole number of 1 or more, got "all"'],
  ];
  for (const [args, message] of usage) {
    it(`usage error: ${args.join(' ') || '(no arguments)'}`, async () => {
      await assert.rejects(runExport(['--db', db, ...args], memoryIo()), (e: Error) => e instanceof UsageError && e.message === message);
    });
  }
});
