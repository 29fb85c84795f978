// `npm run eval`: runs `sitrep extract` and `sitrep annotate` over the seeds and the gold sets in ../shared/eval
// (each skipped with a note when its folder is absent), scores them, prints a report and writes docs/EVAL.md. Usage:
//   tsx scripts/eval/main.ts [--only NAME[,NAME..]] [--split dev|tst1|tst2[,..]] [--limit N] [--cmd "<extract command>"]
//                            [--annotate-cmd "<annotate command>"] [--no-doc] [--timeout-min M]
// NAME: seeds, muc4, case2021, wikievents, tempeval3, geowebnews. --split and --limit select MUC-4 documents only.
// --cmd (or SITREP_EXTRACT_CMD) replaces the extract command, --annotate-cmd (or SITREP_ANNOTATE_CMD) the annotate
// command; `{input}` stands for the input path.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractRecord } from '../../src/contract/mention.js';
import * as sets from './datasets.js';
import { type MucDoc, scoreMuc4 } from './muc4.js';
import { roleErrors, slotErrors } from './muc4-error-dumps.js';
import { parseRoleDocs, scoreMuc4Roles } from './muc4-roles.js';
import { scoreMuc4Slots } from './muc4-slots.js';
import { scoreMuc4Fusion } from './muc4-fusion.js';
import { type ExamplesFusionResult, scoreExamplesFusion } from './examples-fusion.js';
import { renderFusion } from './report-fusion.js';
import { readInputs } from '../../src/sources/index.js';
import {
  CASE2021_TSV, EVAL_OUT, fromRepo, GWN_XML, MUC4_DIR, MUC4_DOCS, MUC4_ROLES_DEV, MUC4_ROLES_TRAIN, present, REPO_ROOT, SEEDS_JSONL,
  TEMPEVAL_DIR, WIKIEVENTS_DEV,
} from './paths.js';
import { type DatasetRun, type EvalRun, type Muc4Run, renderErrorsWithGold, renderMuc4, renderSeeds } from './report.js';
import { renderGwn, renderTempEval } from './report-annotate-sets.js';
import { renderCase, renderMuc4Roles, renderMuc4Slots, renderWikiEvents } from './report-extract-sets.js';
import { renderSummary } from './report-summary.js';
import { DEFAULT_ANNOTATE_CMD } from './run-annotate.js';
import { DEFAULT_EXTRACT_CMD, runExtract } from './run-cli.js';
import { checkSeeds, loadSeedTexts } from './seed-checks.js';

const { values: opt } = parseArgs({
  options: {
    split: { type: 'string' },
    limit: { type: 'string' },
    only: { type: 'string' },
    cmd: { type: 'string' },
    'annotate-cmd': { type: 'string' },
    'no-doc': { type: 'boolean', default: false },
    'timeout-min': { type: 'string', default: '60' },
  },
});
const splits = opt.split?.split(',').map((s) => s.trim());
if (splits?.some((s) => !['dev', 'tst1', 'tst2'].includes(s))) fail(`--split: expected dev, tst1 or tst2, got ${opt.split}`);
const limit = opt.limit === undefined ? undefined : Number(opt.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) fail(`--limit: expected a positive integer, got ${opt.limit}`);
const DATASETS = ['seeds', 'muc4', 'examples', 'case2021', 'wikievents', 'tempeval3', 'geowebnews'];
const only = opt.only?.split(',').map((s) => s.trim());
if (only?.some((n) => !DATASETS.includes(n))) fail(`--only: expected ${DATASETS.join(', ')}, got ${opt.only}`);
const command = opt.cmd ?? process.env.SITREP_EXTRACT_CMD ?? DEFAULT_EXTRACT_CMD;
const annotateCommand = opt['annotate-cmd'] ?? process.env.SITREP_ANNOTATE_CMD ?? DEFAULT_ANNOTATE_CMD;
const timeoutMs = Number(opt['timeout-min']) * 60_000;
const runOpts = { command, timeoutMs };
const commands: sets.Commands = { extract: runOpts, annotate: { command: annotateCommand, timeoutMs } };

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

/** Runs one dataset unless --only leaves it out or its gold data is absent (then it is skipped with a printed note). */
async function dataset<T>(name: string, path: string, body: () => Promise<{ result: T; docs: number }>): Promise<DatasetRun<T>> {
  if (only && !only.includes(name)) return { status: 'absent', note: `skipped (--only ${only.join(',')})` };
  if (!present(path)) {
    console.error(`${name}: skipped, ${path} is absent`);
    return { status: 'absent', note: `${path} is absent` };
  }
  console.error(`${name}: running`);
  return timed(name, body);
}

async function seeds(): Promise<DatasetRun<ReturnType<typeof checkSeeds>>> {
  if (only && !only.includes('seeds')) return { status: 'absent', note: `skipped (--only ${only.join(',')})` };
  if (!present(SEEDS_JSONL)) return { status: 'absent', note: `${SEEDS_JSONL} is absent` };
  return timed('seeds', async () => {
    dropStale('seeds.predictions.jsonl');
    const records = await runExtract(SEEDS_JSONL, runOpts);
    saveJsonl('seeds.predictions.jsonl', records);
    return { result: checkSeeds(records, loadSeedTexts(SEEDS_JSONL)), docs: records.length };
  });
}

async function muc4(): Promise<DatasetRun<Muc4Run>> {
  if (only && !only.includes('muc4')) return { status: 'absent', note: `skipped (--only ${only.join(',')})` };
  if (!present(MUC4_DOCS)) return { status: 'absent', note: `${MUC4_DIR} is absent` };
  return timed('muc4', async () => {
    const lines = readFileSync(MUC4_DOCS, 'utf8').split('\n').filter((l) => l.trim());
    let docs = lines.map((l) => JSON.parse(l) as MucDoc & { published?: string | null });
    let input = MUC4_DOCS;
    if (splits || limit) {
      const keep = docs.map((d, i) => i).filter((i) => !splits || splits.includes(docs[i].split)).slice(0, limit);
      input = join(EVAL_OUT, `muc4-input${splits ? `-${splits.join('+')}` : ''}${limit ? `-${limit}` : ''}.jsonl`);
      writeFileSync(input, keep.map((i) => lines[i]).join('\n') + '\n');
      docs = keep.map((i) => docs[i]);
    }
    for (const f of ['muc4.predictions.jsonl', 'muc4-errors.md', 'muc4-slots-errors.md', 'muc4-roles-errors.md']) dropStale(f);
    const records = await runExtract(input, runOpts);
    saveJsonl('muc4.predictions.jsonl', records);
    const slots = scoreMuc4Slots(docs, records);
    writeFileSync(join(EVAL_OUT, 'muc4-slots-errors.md'), slotErrors(slots.verdicts));
    let roles: Muc4Run['roles'] = null;
    let rolesNote: string | null = null;
    if (present(MUC4_ROLES_TRAIN) && present(MUC4_ROLES_DEV)) {
      const train = parseRoleDocs(readFileSync(MUC4_ROLES_TRAIN, 'utf8'));
      const dev = parseRoleDocs(readFileSync(MUC4_ROLES_DEV, 'utf8'));
      const ids = new Set(docs.map((d) => d.id));
      roles = scoreMuc4Roles([{ name: 'dev', gold: train }, { name: 'tst1+tst2', gold: dev }, { name: 'all', gold: [...train, ...dev] }], records, ids);
      writeFileSync(join(EVAL_OUT, 'muc4-roles-errors.md'), roleErrors([...train, ...dev], records, ids));
    } else rolesNote = `${MUC4_ROLES_TRAIN} or ${MUC4_ROLES_DEV} is absent`;
    const fusion = await scoreMuc4Fusion(docs, records);
    return { result: { ...scoreMuc4(docs, records), slots, roles, rolesNote, fusion }, docs: docs.length };
  });
}

/** Fusion of the example corpus against the incidents its authors intended. */
async function examples(): Promise<DatasetRun<ExamplesFusionResult>> {
  if (only && !only.includes('examples')) return { status: 'absent', note: `skipped (--only ${only.join(',')})` };
  return timed('examples', async () => {
    const records = await runExtract(fromRepo('examples'), runOpts);
    // The texts, for near-duplicate detection as `sitrep ingest` does it.
    const texts = new Map<string, string>();
    for await (const item of readInputs([fromRepo('examples')])) if (item.kind === 'doc') texts.set(item.doc.id, item.doc.text);
    return { result: await scoreExamplesFusion(fromRepo('examples/incidents.json'), records, texts), docs: records.length };
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
  examples: await examples(),
  case2021: await dataset('case2021', CASE2021_TSV, () => sets.case2021(commands)),
  wikievents: await dataset('wikievents', WIKIEVENTS_DEV, () => sets.wikiEvents(commands)),
  tempeval3: await dataset('tempeval3', TEMPEVAL_DIR, () => sets.tempEval(commands)),
  geowebnews: await dataset('geowebnews', GWN_XML, () => sets.geoWebNews(commands)),
};

const header = [
  '# Evaluation',
  '',
  `Generated by \`${run.command}\` (\`npm run eval\`) on ${run.date} at commit ${run.commit}. Do not edit by hand: re-run it.`,
  `Predictions come from \`${run.extractCommand}\` and \`${annotateCommand}\` run from the repository root; they are saved in`,
  '`.eval-out/` with the converted inputs and, for each dataset, a local error list that quotes the gold data (never commit it).',
  ...(run.subset ? ['', `**${run.subset}: figures are not comparable with full runs.**`] : []),
  '',
];
const other = ['## Other datasets', '', 'article-extraction in `../shared/eval/` is not scored by this harness yet.', ''];
const sections = (withRules: boolean) => [
  ...renderMuc4Slots(run.muc4, withRules), ...renderMuc4Roles(run.muc4, withRules), ...renderFusion(run.muc4, run.examples, withRules),
  ...renderCase(run.case2021, withRules),
  ...renderWikiEvents(run.wikievents, withRules), ...renderTempEval(run.tempeval3, withRules), ...renderGwn(run.geowebnews, withRules),
];
console.log([...header, ...renderSummary(run), ...renderSeeds(run, 100_000), ...renderMuc4(run, false), ...sections(false)].join('\n'));
if (run.muc4.result) {
  const errs = renderErrorsWithGold(run.muc4.result);
  writeFileSync(join(EVAL_OUT, 'muc4-errors.md'), errs);
  console.log(errs);
}
if (!opt['no-doc']) {
  writeFileSync(fromRepo('docs/EVAL.md'), [...header, ...renderSummary(run), ...renderSeeds(run), ...renderMuc4(run, true), ...sections(true), ...other].join('\n'));
  console.log(`wrote ${fromRepo('docs/EVAL.md')}`);
}
const runs = [run.seeds, run.muc4, run.examples, run.case2021, run.wikievents, run.tempeval3, run.geowebnews];
process.exitCode = runs.some((r) => r.status === 'error') ? 1 : 0;
