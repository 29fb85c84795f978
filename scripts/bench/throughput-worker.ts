// Worker: throughput of `annotate` (stages up to actors), `extract` (the whole per-document pipeline) or
// `stages` (the whole pipeline, timed stage by stage) over the generated corpus, on one core, after a warm-up.
//   --mode annotate|extract|stages --mb N --seed S [--warmup-mb N] [--profile FILE.cpuprofile]
import { writeFileSync } from 'node:fs';
import type { RawDoc } from '../../src/sources/raw-doc.js';
import { textBytes } from './corpus.js';
import { startProfile } from './profile.js';
import { collect, corpora, emit, numberArg, peakRssMb, progress, rssMb, workerArgs } from './worker-io.js';

const args = workerArgs();
const mode = args.get('mode') ?? 'extract';
if (!['annotate', 'extract', 'stages'].includes(mode)) throw new Error(`throughput worker: --mode expected annotate, extract or stages, got ${mode}`);
const seed = args.get('seed') ?? 'sitrep-bench';
const { docs, warmup } = corpora(seed, numberArg(args, 'mb', 5), numberArg(args, 'warmup-mb', 0.2));

const { annotateDoc, extractDoc } = await import('../../src/extract.js');
const { STAGES, checkPipeline } = await import('../../src/pipeline.js');
const { newDoc } = await import('../../src/doc/doc.js');

const { blanked } = await import('../../src/doc/analysed-text.js');

const stageMs = new Map<string, number>();
const stages = checkPipeline(STAGES);
// Characters of text in excluded ranges, and in those of them the stages after clean do not read.
let excludedChars = 0, blankedChars = 0;
const length = (ranges: { start: number; end: number }[]) => ranges.reduce((n, r) => n + r.end - r.start, 0);
/** The pipeline as runPipeline runs it, with a clock around each stage. */
function timedStages(raw: RawDoc): number {
  const doc = newDoc(raw);
  for (const stage of stages) {
    const t = performance.now();
    stage.run(doc);
    stageMs.set(stage.name, (stageMs.get(stage.name) ?? 0) + performance.now() - t);
  }
  excludedChars += length(doc.layers.excluded ?? []);
  blankedChars += length(blanked(doc.layers.excluded ?? []));
  return doc.layers.mentions?.length ?? 0;
}

const run: (raw: RawDoc) => number =
  mode === 'annotate' ? (raw) => annotateDoc(raw).places.length
  : mode === 'extract' ? (raw) => extractDoc(raw).incidents.length
  : timedStages;

// The first document pays for loading the gazetteer, the language model and the lexicons.
let t = performance.now();
run(warmup[0]);
const firstDocMs = performance.now() - t;
for (const d of warmup) run(d);
stageMs.clear();
excludedChars = blankedChars = 0;
collect();
const rssBeforeMb = rssMb();

const profileFile = args.get('profile');
const profiler = profileFile ? await startProfile() : null;
progress(`${mode}: ${docs.length} documents`);
let bytes = 0, found = 0, withFound = 0, chars = 0;
const cpu0 = process.cpuUsage();
t = performance.now();
for (const d of docs) {
  const n = run(d);
  bytes += textBytes(d);
  chars += d.text.length;
  found += n;
  if (n > 0) withFound++;
}
const seconds = (performance.now() - t) / 1000;
const cpu = process.cpuUsage(cpu0);
// CPU time of the process (main thread plus V8's GC helpers): steadier than wall time when other work shares the machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (profiler && profileFile) writeFileSync(profileFile, JSON.stringify(await profiler.stop()));

emit({
  mode, docs: docs.length, bytes, seconds, mbPerSecond: bytes / 1e6 / seconds, docsPerSecond: docs.length / seconds,
  cpuSeconds, mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
  firstDocMs, rssBeforeMb, peakRssMb: peakRssMb(),
  // incidents for extract and stages, places for annotate: evidence that the pipeline did real work
  found, docsWithFound: withFound,
  stageMs: mode === 'stages' ? Object.fromEntries(stageMs) : undefined,
  excludedShare: mode === 'stages' ? excludedChars / chars : undefined,
  blankedShare: mode === 'stages' ? blankedChars / chars : undefined,
});
