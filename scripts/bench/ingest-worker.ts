// Worker: ingests a generated stream into a fresh SQLite file the way `sitrep ingest` does (content hash, skip
// when stored, extractDoc, store.addDocument) and times every document, so throughput at the start of the
// stream can be compared with throughput at its end.
//   --docs N --window W --seed S [--warmup-mb N] [--keep-db 1]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCities } from './cities.js';
import { generateCorpus, ReportStream, textBytes } from './corpus.js';
import { summariseWindows } from './windows.js';
import { collect, emit, MB, numberArg, peakRssMb, progress, rssMb, workerArgs } from './worker-io.js';

const args = workerArgs();
const cpuSince = (c0: NodeJS.CpuUsage) => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };
const total = numberArg(args, 'docs', 100_000);
const window = Math.min(numberArg(args, 'window', 1000), Math.floor(total / 2));
const seed = args.get('seed') ?? 'sitrep-bench';
// Extraction keeps speeding up for the first thousand or so documents (JIT, tokeniser caches): warm it up
// beforehand, or the first window measures the warm-up rather than the empty store.
const warmupMb = numberArg(args, 'warmup-mb', 1.5);

const { extractDoc } = await import('../../src/extract.js');
const { contentHash } = await import('../../src/store/content-hash.js');
const { SqliteStore, INGEST_BATCH } = await import('../../src/store/sqlite-store.js');

const cities = loadCities();
for (const d of generateCorpus({ cities, seed: `${seed}:warmup`, bytes: warmupMb * 1e6 })) extractDoc(d);

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const file = join(dir, 'bench.db');
// Committed in batches, as `sitrep ingest` does.
const store = await SqliteStore.open(file, { batch: INGEST_BATCH });
const stream = new ReportStream({ cities, seed });
// Per document: hash + lookup, extraction, storing. Generating the report is not part of ingest.
const checkMs = new Float64Array(total), extractMs = new Float64Array(total), storeMs = new Float64Array(total), cpuMs = new Float64Array(total);
let bytes = 0, alreadyStored = 0, incidents = 0;
const rssByTenthMb: number[] = [], heapByTenthMb: number[] = [];
/** At the end of each tenth, outside any document's time: RSS as it stands, then the heap retained after a full GC. */
const sampleMemory = () => { rssByTenthMb.push(rssMb()); if (collect()) heapByTenthMb.push(process.memoryUsage().heapUsed / MB); };
const tenthEnds = new Set(Array.from({ length: 10 }, (_, k) => Math.floor(((k + 1) * total) / 10) - 1));
for (let i = 0; i < total; i++) {
  const doc = stream.next();
  bytes += textBytes(doc);
  if (i > 0 && tenthEnds.has(i - 1)) sampleMemory();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const hash = contentHash(doc.text);
  const stored = await store.hasDocument(hash);
  const t1 = performance.now();
  checkMs[i] = t1 - t0;
  if (stored) { alreadyStored++; cpuMs[i] = cpuSince(c0); continue; }
  const record = extractDoc(doc);
  const t2 = performance.now();
  const meta = {
    id: doc.id, contentHash: hash, published: doc.published ?? record.published, source: doc.source,
    title: doc.title, url: doc.url, origin: doc.origin, language: doc.language ?? record.language, text: doc.text,
  };
  const result = await store.addDocument(meta, record);
  storeMs[i] = performance.now() - t2;
  cpuMs[i] = cpuSince(c0);
  extractMs[i] = t2 - t1;
  if (result.added) incidents += result.incidents; else alreadyStored++;
  if ((i + 1) % Math.max(1, Math.floor(total / 10)) === 0) progress(`ingest: ${i + 1}/${total} documents`);
}
// The last batch is committed when the store closes: its time counts as the last document's.
{
  const t = performance.now();
  await store.close();
  storeMs[total - 1] += performance.now() - t;
}
sampleMemory();
const reopened = SqliteStore.open(file, { mustExist: true });
const counts = await reopened.counts();
await reopened.close();
const sizeOf = (f: string) => { try { return statSync(f).size; } catch { return 0; } };
const fileBytes = sizeOf(file) + sizeOf(`${file}-wal`);
if (args.get('keep-db') !== '1') rmSync(dir, { recursive: true, force: true });

emit({
  docs: total, window, bytes, alreadyStored, incidents, counts, fileBytes, file: args.get('keep-db') === '1' ? file : null,
  peakRssMb: peakRssMb(), rssByTenthMb, heapByTenthMb,
  ...summariseWindows({ checkMs, extractMs, storeMs, cpuMs }, window),
});
