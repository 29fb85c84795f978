// Worker: throughput of `annotate` (stages up to actors), `extract` (the whole per-document pipeline) or
// `stages` (the whole pipeline, timed stage by stage) over the generated corpus, on one core, after a warm-up.
// Documents go through in batches (extractDocs, annotateDocs: the pipeline stage by stage over a batch), as
// `sitrep extract` and `sitrep annotate` run them; --batch 1 measures extractDoc one document at a time.
//   --mode annotate|extract|stages --mb N --seed S [--warmup-mb N] [--batch N] [--profile FILE.cpuprofile]
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

const { annotateDocs, extractDocs, BATCH_SIZE } = await import('../../src/extract.js');
const { STAGES, checkPipeline } = await import('../../src/pipeline.js');
const batchSize = Math.round(numberArg(args, 'batch', BATCH_SIZE));
const { newDoc } = await import('../../src/doc/doc.js');

const { blanked } = await import('../../src/doc/analysed-text.js');

const stageMs = new Map<string, number>();
const stages = checkPipeline(STAGES);
// Characters of text in excluded ranges, and in those of them the stages after clean do not read.
let excludedChars = 0, blankedChars = 0;
const length = (ranges: { start: number; end: number }[]) => ranges.reduce((n, r) => n + r.end - r.start, 0);
/** The pipeline as runPipelineBatch runs it, with a clock around each stage. */
function timedStages(raws: RawDoc[]): number[] {
  const docs = raws.map((raw) => newDoc(raw));
  for (const stage of stages) {
    const t = performance.now();
    for (const doc of docs) stage.run(doc);
    stageMs.set(stage.name, (stageMs.get(stage.name) ?? 0) + performance.now() - t);
  }
  for (const doc of docs) {
    excludedChars += length(doc.layers.excluded ?? []);
    blankedChars += length(blanked(doc.layers.excluded ?? []));
  }
  return docs.map((doc) => doc.layers.mentions?.length ?? 0);
}

/** What each document of a batch gave: incidents for extract and stages, places for annotate. */
const runBatch: (raws: RawDoc[]) => number[] =
  mode === 'annotate' ? (raws) => annotateDocs(raws).map((r) => r.places.length)
  : mode === 'extract' ? (raws) => extractDocs(raws).map((r) => r.incidents.length)
  : timedStages;
function* batches(docs: RawDoc[]): Generator<RawDoc[]> {
  for (let i = 0; i < docs.length; i += batchSize) yield docs.slice(i, i + batchSize);
}

// The first document pays for loading the gazetteer, the language model and the lexicons.
let t = performance.now();
runBatch([warmup[0]]);
const firstDocMs = performance.now() - t;
for (const b of batches(warmup)) runBatch(b);
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
for (const b of batches(docs)) {
  runBatch(b).forEach((n, k) => {
    bytes += textBytes(b[k]);
    chars += b[k].text.length;
    found += n;
    if (n > 0) withFound++;
  });
}
const seconds = (performance.now() - t) / 1000;
const cpu = process.cpuUsage(cpu0);
// CPU time of the process (main thread plus V8's GC helpers): steadier than wall time when other work shares the machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (profiler && profileFile) writeFileSync(profileFile, JSON.stringify(await profiler.stop()));

emit({
  mode, batchSize, docs: docs.length, bytes, seconds, mbPerSecond: bytes / 1e6 / seconds, docsPerSecond: docs.length / seconds,
  cpuSeconds, mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
  firstDocMs, rssBeforeMb, peakRssMb: peakRssMb(),
  // incidents for extract and stages, places for annotate: evidence that the pipeline did real work
  found, docsWithFound: withFound,
  stageMs: mode === 'stages' ? Object.fromEntries(stageMs) : undefined,
  excludedShare: mode === 'stages' ? excludedChars / chars : undefined,
  blankedShare: mode === 'stages' ? blankedChars / chars : undefined,
});
