// `npm run eval`: runs `sitrep extract` over the seeds and the MUC-4 documents, scores them, prints a report
// and writes docs/EVAL.md. Usage:
//   tsx scripts/eval/main.ts [--split dev|tst1|tst2[,..]] [--limit N] [--only seeds|muc4] [--cmd "<extract command>"]
//                            [--no-doc] [--timeout-min M]
// --cmd (or SITREP_EXTRACT_CMD) replaces the extract command; `{input}` stands for the input path.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractRecord } from '../../src/contract/mention.js';
import { type MucDoc, scoreMuc4 } from './muc4.js';
import { EVAL_OUT, fromRepo, MUC4_DIR, MUC4_DOCS, present, REPO_ROOT, SEEDS_JSONL } from './paths.js';
import { type DatasetRun, type EvalRun, renderErrorsWithGold, renderMuc4, renderSeeds } from './report.js';
import { DEFAULT_EXTRACT_CMD, runExtract } from './run-cli.js';
import { checkSeeds, loadSeedTexts } from './seed-checks.js';

const { values: opt } = parseArgs({
  options: {
    split: { type: 'string' },
    limit: { type: 'string' },
    only: { type: 'string' },
    cmd: { type: 'string' },
    'no-doc': { type: 'boolean', default: false },
    'timeout-min': { type: 'string', default: '60' },
  },
});
const splits = opt.split?.split(',').map((s) => s.trim());
if (splits?.some((s) => !['dev', 'tst1', 'tst2'].includes(s))) fail(`--split: expected dev, tst1 or tst2, got ${opt.split}`);
const limit = opt.limit === undefined ? undefined : Number(opt.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) fail(`--limit: expected a positive integer, got ${opt.limit}`);
if (opt.only && !['seeds', 'muc4'].includes(opt.only)) fail(`--only: expected seeds or muc4, got ${opt.only}`);
const command = opt.cmd ?? process.env.SITREP_EXTRACT_CMD ?? DEFAULT_EXTRACT_CMD;
const runOpts = { command, timeoutMs: Number(opt['timeout-min']) * 60_000 };

function fail(msg: string): never {
  console.error(msg);
  process.exit(2);
}

function commit(): string {
  const git = (...a: string[]) => execFileSync('git', a, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain').length ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'uncommitted';
  }
}

const dropStale = (name: string) => rmSync(join(EVAL_OUT, name), { force: true });
const saveJsonl = (name: string, records: ExtractRecord[]) =>
  writeFileSync(join(EVAL_OUT, name), records.map((r) => JSON.stringify(r)).join('\n') + '\n');

async function timed<T>(what: string, body: () => Promise<{ result: T; docs: number }>): Promise<DatasetRun<T>> {
  const t0 = Date.now();
  try {
    const { result, docs } = await body();
    return { status: 'ok', result, docs, seconds: (Date.now() - t0) / 1000 };
  } catch (e) {
    console.error(`${what}: ${(e as Error).message}`);
    return { status: 'error', note: (e as Error).message };
  }
}

async function seeds(): Promise<DatasetRun<ReturnType<typeof checkSeeds>>> {
  if (opt.only === 'muc4') return { status: 'absent', note: 'skipped (--only muc4)' };
  if (!present(SEEDS_JSONL)) return { status: 'absent', note: `${SEEDS_JSONL} is absent` };
  return timed('seeds', async () => {
    dropStale('seeds.predictions.jsonl');
    const records = await runExtract(SEEDS_JSONL, runOpts);
    saveJsonl('seeds.predictions.jsonl', records);
    return { result: checkSeeds(records, loadSeedTexts(SEEDS_JSONL)), docs: records.length };
  });
}

async function muc4(): Promise<DatasetRun<ReturnType<typeof scoreMuc4>>> {
  if (opt.only === 'seeds') return { status: 'absent', note: 'skipped (--only seeds)' };
  if (!present(MUC4_DOCS)) return { status: 'absent', note: `${MUC4_DIR} is absent` };
  return timed('muc4', async () => {
    const lines = readFileSync(MUC4_DOCS, 'utf8').split('\n').filter((l) => l.trim());
    let docs = lines.map((l) => JSON.parse(l) as MucDoc);
    let input = MUC4_DOCS;
    if (splits || limit) {
      const keep = docs.map((d, i) => i).filter((i) => !splits || splits.includes(docs[i].split)).slice(0, limit);
      input = join(EVAL_OUT, `muc4-input${splits ? `-${splits.join('+')}` : ''}${limit ? `-${limit}` : ''}.jsonl`);
      writeFileSync(input, keep.map((i) => lines[i]).join('\n') + '\n');
      docs = keep.map((i) => docs[i]);
    }
    dropStale('muc4.predictions.jsonl');
    dropStale('muc4-errors.md');
    const records = await runExtract(input, runOpts);
    saveJsonl('muc4.predictions.jsonl', records);
    return { result: scoreMuc4(docs, records), docs: docs.length };
  });
}

mkdirSync(EVAL_OUT, { recursive: true });
const run: EvalRun = {
  command: ['npx tsx scripts/eval/main.ts', ...process.argv.slice(2).map((a) => (/\s/.test(a) ? `"${a}"` : a))].join(' '),
  extractCommand: command,
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  commit: commit(),
  subset: splits || limit ? `MUC-4 subset: ${splits ? `split ${splits.join('+')}` : 'all splits'}${limit ? `, first ${limit} documents` : ''}` : null,
  seeds: await seeds(),
  muc4: await muc4(),
};

const header = [
  '# Evaluation',
  '',
  `Generated by \`${run.command}\` (\`npm run eval\`) on ${run.date} at commit ${run.commit}. Do not edit by hand: re-run it.`,
  `Predictions come from \`${run.extractCommand}\` run from the repository root; they are saved in \`.eval-out/\`.`,
  ...(run.subset ? ['', `**${run.subset}: figures are not comparable with full runs.**`] : []),
  '',
];
const other = ['## Other datasets', '', 'tempeval3, geoparsing, article-extraction, case2021 and wikievents in `../shared/eval/` are not scored by this harness yet.', ''];
console.log([...header, ...renderSeeds(run, 100_000), ...renderMuc4(run, false)].join('\n'));
if (run.muc4.result) {
  const errs = renderErrorsWithGold(run.muc4.result);
  writeFileSync(join(EVAL_OUT, 'muc4-errors.md'), errs);
  console.log(errs);
}
if (!opt['no-doc']) {
  writeFileSync(fromRepo('docs/EVAL.md'), [...header, ...renderSeeds(run), ...renderMuc4(run, true), ...other].join('\n'));
  console.log(`wrote ${fromRepo('docs/EVAL.md')}`);
}
process.exitCode = run.seeds.status === 'error' || run.muc4.status === 'error' ? 1 : 0;
