import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractCommand, parseExtractOutput, runExtract, splitCommand } from './run-cli.js';
import { REPO_ROOT } from './paths.js';

test('splitCommand', () => {
  const cases: [string, string[]][] = [
    ['node a.js {input}', ['node', 'a.js', '{input}']],
    ['  x   "a b"  \'c d\' e ', ['x', 'a b', 'c d', 'e']],
  ];
  for (const [cmd, want] of cases) assert.deepEqual(splitCommand(cmd), want, cmd);
});

test('extractCommand resolves the input from the repo root', () => {
  const argv = extractCommand('data/x.jsonl', 'tool extract {input} --format jsonl');
  assert.deepEqual(argv, ['tool', 'extract', join(REPO_ROOT, 'data/x.jsonl'), '--format', 'jsonl']);
});

test('parseExtractOutput', () => {
  assert.deepEqual(parseExtractOutput('{"id":"a","incidents":[]}\n\n').map((r) => [r.id, r.excluded, r.warnings]), [['a', [], []]]);
  for (const bad of ['not json', '{"incidents":[]}', '{"id":"a"}']) assert.throws(() => parseExtractOutput(bad), /expected/, bad);
});

test('runExtract runs a configured command and reports its failure', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  const ok = join(dir, 'ok.mjs');
  writeFileSync(ok, `import {readFileSync} from 'node:fs';
for (const l of readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean)) {
  const d = JSON.parse(l); console.log(JSON.stringify({id: d.id, published: null, language: 'en', incidents: [], excluded: [], warnings: []}));
}`);
  const bad = join(dir, 'bad.mjs');
  writeFileSync(bad, `console.error('extract: not built yet'); process.exit(3);`);
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, '{"id":"p","text":"x","extra":1}\n{"id":"q","text":"y"}\n');
  const recs = await runExtract(input, { command: `node ${ok} {input}` });
  assert.deepEqual(recs.map((r) => r.id), ['p', 'q']);
  await assert.rejects(runExtract(input, { command: `node ${bad} {input}` }), /exited with 3[\s\S]*not built yet/);
});
