// The whole path as a user runs it: bad inputs in a batch, ingest twice, query, export, annotate offsets.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('..', import.meta.url));
const main = join(root, 'src', 'cli', 'main.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', cwd: root });
const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
const db = join(dir, 'test.db');

const report = 'MOGADISHU, June 2 (Example Wire) - Gunmen stormed a hotel in the Somali capital Mogadishu on Tuesday, killing at least five people, a police officer said.\nLatest Stories\nBomb kills three in market\n2 hours ago\n';
writeFileSync(join(dir, 'good.txt'), report);
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'bad.jsonl'), '{"id":"x1","text":"Three rockets hit the base in Baghdad on Sunday.","published":"2026-03-01"}\n{not json}\n');

test('ingest: a batch goes on past bad documents and the summary counts them; a second run adds nothing', () => {
  const first = run('ingest', dir, '--db', db, '--published', '2026-06-02');
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /read 2 documents/);
  assert.match(first.stdout, /skipped 2 \(.*empty file: 1.*malformed JSONL line: 1.*\)|skipped 2 \(.*malformed JSONL line: 1.*empty file: 1.*\)/);
  const added = Number(/added (\d+) incidents/.exec(first.stdout)?.[1]);
  assert.ok(added >= 2, first.stdout);
  const second = run('ingest', dir, '--db', db, '--published', '2026-06-02');
  assert.equal(second.status, 0);
  assert.match(second.stdout, /added 0 incidents/);
});

test('incidents and export: the stored incidents come back, filtered', () => {
  const near = run('incidents', '--db', db, '--near', '2.04,45.34,30', '--format', 'json');
  assert.equal(near.status, 0, near.stderr);
  const list = JSON.parse(near.stdout) as { sub_event_type?: string; event_type?: string }[];
  assert.equal(list.length, 1, near.stdout);
  const csv = run('export', '--db', db, '--format', 'csv');
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(csv.stdout.split('\n')[0], /^event_id_cnty,event_date,/);
  assert.ok(!/Bomb kills three/.test(csv.stdout), 'a Latest Stories headline became an incident');
});

test('a run where nothing can be read fails with a message naming the input', () => {
  const r = run('extract', join(dir, 'missing.txt'), '--format', 'jsonl');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /missing\.txt.*missing path/);
});

test('annotate: offsets index the input text exactly', () => {
  // The header says "2 hours ago", which dates nothing: the publication day must be given.
  const r = run('annotate', join(dir, 'good.txt'), '--format', 'jsonl', '--published', '2026-06-02');
  assert.equal(r.status, 0, r.stderr);
  const rec = JSON.parse(r.stdout);
  assert.equal(rec.text, readFileSync(join(dir, 'good.txt'), 'utf8'));
  for (const layer of ['dates', 'places', 'numbers', 'actors'] as const) {
    for (const span of rec[layer]) assert.equal(rec.text.slice(span.start, span.end), span.text, `${layer} span ${JSON.stringify(span)}`);
  }
  assert.ok(rec.places.some((p: { name: string }) => p.name === 'Mogadishu'));
  assert.ok(rec.dates.some((d: { value: string }) => d.value === '2026-06-02'));
  assert.ok(rec.excluded.some((e: { reason: string }) => e.reason === 'related-list'));
});
