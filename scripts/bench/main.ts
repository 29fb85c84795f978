// `npm run bench`: generates a synthetic corpus and measures gazetteer load, annotate and extract throughput,
// peak memory and ingest throughput along a growing store, each in its own process; prints a table and
// writes docs/BENCH.md.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { figures, renderTable } from './figures.js';
import { renderMarkdown } from './markdown.js';
import type { CpuProfile } from './profile.js';
import { summariseProfile } from './profile-summary.js';
import type { BenchRun, BenchSettings, GazetteerResult, IngestResult, Outcome, ThroughputResult } from './results.js';
import { REPO_ROOT, runWorker } from './run-worker.js';

const HELP = `usage: npm run bench -- [options]

  --quick              smoke run in well under a minute: 0.3 MB corpus, 1500-report ingest, no profile;
                       docs/BENCH.md is left alone unless --doc is given
  --mb N               corpus size in MB of text (default 5)
  --docs N             reports in the ingest stream (default 100000, the stream size issue 5 sets its target at)
  --large              the same as the default (kept for scripts that pass it)
  --window N           reports in the first and last ingest windows (default 1000)
  --seed S             corpus seed (default sitrep-bench)
  --gazetteer-runs N   fresh processes that load the gazetteer; the median is reported (default 3)
  --profile, --no-profile   CPU-profile an extract run and list hotspots (default: on, off with --quick)
  --skip LIST          comma-separated: gazetteer,annotate,extract,stages,profile,ingest
  --doc, --no-doc      write docs/BENCH.md (default: on, off with --quick)
  --keep-db            keep the ingest SQLite file and print its path
`;

const { values: opt } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false }, mb: { type: 'string' }, docs: { type: 'string' }, large: { type: 'boolean', default: false },
    window: { type: 'string' }, seed: { type: 'string', default: 'sitrep-bench' }, 'gazetteer-runs': { type: 'string' },
    profile: { type: 'boolean' }, 'no-profile': { type: 'boolean' }, skip: { type: 'string', default: '' },
    doc: { type: 'boolean' }, 'no-doc': { type: 'boolean' }, 'keep-db': { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
  },
});
if (opt.help) { process.stdout.write(HELP); process.exit(0); }

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) { process.stderr.write(`bench: --${name} expected a positive number, got ${raw}\n`); process.exit(2); }
  return n;
}
const quick = opt.quick!;
const settings: BenchSettings = {
  quick, seed: opt.seed!,
  mb: positive('mb', opt.mb, quick ? 0.3 : 5),
  docs: Math.round(positive('docs', opt.docs, quick && !opt.large ? 1500 : 100_000)),
  window: Math.round(positive('window', opt.window, quick ? 300 : 1000)),
  gazetteerRuns: Math.round(positive('gazetteer-runs', opt['gazetteer-runs'], quick ? 1 : 3)),
  warmupMb: quick ? 0.2 : 1.5,
};
const STEPS = ['gazetteer', 'annotate', 'extract', 'stages', 'profile', 'ingest'];
const skip = new Set(opt.skip!.split(',').map((s) => s.trim()).filter(Boolean));
for (const s of skip) if (!STEPS.includes(s)) { process.stderr.write(`bench: --skip expected some of ${STEPS.join(',')}, got ${s}\n`); process.exit(2); }
if (opt['no-profile'] || (quick && !opt.profile)) skip.add('profile');
const writeDoc = opt['no-doc'] ? false : opt.doc ?? !quick;

function commit(): string {
  const git = (...a: string[]) => execFileSync('git', a, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no').length ? `${head} (with uncommitted changes)` : head;
  } catch { return 'unknown (not a git checkout)'; }
}

async function step<T>(name: string, body: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  if (skip.has(name)) return { status: 'skipped', note: `--skip ${name}` };
  process.stderr.write(`bench: ${name}\n`);
  const outcome = await body();
  if (outcome.status === 'failed') process.stderr.write(`bench: ${name} failed: ${outcome.error}\n`);
  return outcome;
}

const asOutcome = <T>(r: { ok: true; result: T } | { ok: false; error: string }): Outcome<T> =>
  (r.ok ? { status: 'ok', value: r.result } : { status: 'failed', error: r.error });

const corpusArgs = { mb: settings.mb, seed: settings.seed, 'warmup-mb': settings.warmupMb };
const started = performance.now();
const loadStart = os.loadavg();

const gazetteer = await step('gazetteer', async () => {
  const runs: GazetteerResult[] = [];
  for (let i = 0; i < settings.gazetteerRuns; i++) {
    const r = await runWorker<GazetteerResult>('gazetteer-worker.ts', {}, ['--expose-gc']);
    if (!r.ok) return { status: 'failed', error: r.error };
    runs.push(r.result);
  }
  return { status: 'ok', value: runs };
});
const throughput = (mode: string) => async () => asOutcome(await runWorker<ThroughputResult>('throughput-worker.ts', { mode, ...corpusArgs }, ['--expose-gc']));
const annotate = await step('annotate', throughput('annotate'));
const extract = await step('extract', throughput('extract'));
const stages = await step('stages', throughput('stages'));
const profileFile = join(os.tmpdir(), `sitrep-bench-extract-${process.pid}.cpuprofile`);
const profile = await step('profile', async () => {
  const r = await runWorker<ThroughputResult>('throughput-worker.ts', { mode: 'extract', ...corpusArgs, profile: profileFile });
  if (!r.ok) return { status: 'failed', error: r.error };
  const summary = summariseProfile(JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile, REPO_ROOT);
  process.stderr.write(`  profile written to ${profileFile} (open it in Chrome DevTools)\n`);
  return { status: 'ok', value: summary };
});
const ingest = await step('ingest', async () => asOutcome(await runWorker<IngestResult>('ingest-worker.ts',
  { docs: settings.docs, window: settings.window, seed: settings.seed, 'warmup-mb': settings.warmupMb, 'keep-db': opt['keep-db'] ? 1 : 0 }, ['--expose-gc'])));

const cpus = os.cpus();
const run: BenchRun = {
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  commit: commit(),
  machine: { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGb: os.totalmem() / 1024 ** 3, os: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version },
  loadAverage: { start: loadStart, end: os.loadavg() },
  settings, seconds: (performance.now() - started) / 1000,
  gazetteer, annotate, extract, stages, profile, ingest,
};

process.stdout.write(`\n${renderTable(figures(run))}\n`);
if (stages.status === 'ok' && stages.value.stageMs) {
  const total = Object.values(stages.value.stageMs).reduce((a, b) => a + b, 0);
  process.stdout.write(`\nper stage: ${Object.entries(stages.value.stageMs).map(([n, ms]) => `${n} ${(100 * ms / total).toFixed(0)}%`).join(', ')}\n`);
  const { excludedShare: ex, blankedShare: bl } = stages.value;
  if (ex !== undefined && bl !== undefined) process.stdout.write(`text excluded ${(100 * ex).toFixed(1)}%, not read after clean ${(100 * bl).toFixed(1)}%\n`);
}
if (profile.status === 'ok') {
  process.stdout.write(`hotspots (self time): ${profile.value.selfByFunction.slice(0, 6).map((h) => `${h.name} [${h.where}] ${(100 * h.share).toFixed(1)}%`).join('; ')}\n`);
}
if (writeDoc) {
  writeFileSync(join(REPO_ROOT, 'docs', 'BENCH.md'), renderMarkdown(run));
  process.stdout.write(`\nwrote docs/BENCH.md (${Math.round(run.seconds)} s)\n`);
} else process.stdout.write(`\ndocs/BENCH.md not written${quick ? ' (--quick; add --doc to write it)' : ''} (${Math.round(run.seconds)} s)\n`);
if (skip.has('profile')) rmSync(profileFile, { force: true });
const failed = [gazetteer, annotate, extract, stages, profile, ingest].some((o) => o.status === 'failed');
process.exit(failed ? 1 : 0);
