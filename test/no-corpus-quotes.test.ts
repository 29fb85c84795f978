// The project writes its own fixtures and examples: no file may repeat eight words running of the evaluation
// corpora's articles (MUC-4 reports, the seed pages). Lines are joined first, so a phrase broken over lines counts.
// Counting one to nine in words is ordinary enough to be left out, and data/ holds lexicons of names ("the
// Administrative Department of Security"), which any text about their bearers repeats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MUC4_DOCS, REPO_ROOT, SEEDS_JSONL, present } from '../scripts/eval/paths.js';

const RUN = 8;
const FOLDERS = ['src', 'scripts', 'test', 'docs', 'examples'];
const SKIP = new Set(['node_modules', 'dist', '.eval-out', 'gazetteer']);
const TEXT = /\.(ts|js|md|json|jsonl|txt|html|xml|tsv|csv)$/;
const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten)$/;

const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

function corpusRuns(): Set<string> {
  const runs = new Set<string>();
  for (const file of [MUC4_DOCS, SEEDS_JSONL]) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const w = words((JSON.parse(line) as { text?: string }).text ?? '');
      for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
    }
  }
  return runs;
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (TEXT.test(name)) yield p;
  }
}

test('no file repeats eight words running of the MUC-4 reports or the seed pages', { skip: !present(MUC4_DOCS) || !present(SEEDS_JSONL) }, () => {
  const corpus = corpusRuns();
  const found: string[] = [];
  for (const folder of FOLDERS) {
    for (const file of files(join(REPO_ROOT, folder))) {
      const w = words(readFileSync(file, 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN);
        if (run.every((x) => NUMBER_WORD.test(x))) continue;
        if (corpus.has(run.join(' '))) { found.push(`${relative(REPO_ROOT, file)}: "${run.join(' ')}"`); i += RUN - 1; }
      }
    }
  }
  assert.deepEqual(found, []);
});
