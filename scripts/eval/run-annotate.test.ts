import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { timemlFiles } from './datasets.js';
import { REPO_ROOT } from './paths.js';
import { annotateCommand, parseAnnotateOutput, runAnnotate, writeJsonlInput } from './run-annotate.js';

test('annotateCommand resolves the input from the repo root', () => {
  assert.deepEqual(annotateCommand('x.jsonl', 'tool annotate {input}'), ['tool', 'annotate', join(REPO_ROOT, 'x.jsonl')]);
});

test('parseAnnotateOutput fills missing layers and rejects broken lines', () => {
  assert.deepEqual(parseAnnotateOutput('{"id":"a","text":"t"}\n'), [{ id: 'a', text: 't', dates: [], places: [] }]);
  for (const bad of ['nope', '{"id":"a"}', '{"text":"t"}']) assert.throws(() => parseAnnotateOutput(bad), /expected/, bad);
});

test('runAnnotate runs a configured command over a written input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  const fake = join(dir, 'fake.mjs');
  writeFileSync(fake, `import {readFileSync} from 'node:fs';
for (const l of readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean)) {
  const d = JSON.parse(l); console.log(JSON.stringify({id: d.id, text: d.text, dates: [{start: 0, end: 1, text: 'x', type: 'DATE', value: d.published ?? null}], places: []}));
}`);
  const input = join(dir, 'in.jsonl');
  writeJsonlInput(input, [{ id: 'p', text: 'a', published: '2001-02-03' }, { id: 'q', text: 'b' }]);
  assert.equal(readFileSync(input, 'utf8').split('\n').length, 3);
  const recs = await runAnnotate(input, { command: `node ${fake} {input}` });
  assert.deepEqual(recs.map((r) => [r.id, r.dates[0].value]), [['p', '2001-02-03'], ['q', null]]);
  await assert.rejects(runAnnotate(input, { command: `node ${join(dir, 'missing.mjs')} {input}` }), /exited with 1/);
});

test('timemlFiles walks the folder and skips repeated file names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-tml-'));
  for (const sub of ['A', 'B']) mkdirSync(join(dir, sub));
  for (const f of ['A/x.tml', 'A/y.tml', 'B/x.tml', 'B/notes.txt']) writeFileSync(join(dir, f), '');
  const r = timemlFiles(dir);
  assert.deepEqual(r.files.map((f) => f.slice(dir.length + 1)), ['A/x.tml', 'A/y.tml']);
  assert.equal(r.duplicates, 1);
});
