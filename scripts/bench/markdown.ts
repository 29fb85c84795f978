// docs/BENCH.md: what was measured, on what, and how. Only measured figures appear; what failed says so.
import { figures } from './figures.js';
import type { Hotspot } from './profile-summary.js';
import type { BenchRun } from './results.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const esc = (s: string) => s.replace(/\|/g, '\\|');

function hotspotTable(title: string, rows: Hotspot[], withWhere = true): string[] {
  const head = withWhere ? ['| | where | ms | share |', '|---|---|---:|---:|'] : ['| | ms | share |', '|---|---:|---:|'];
  return [`${title}:`, '', ...head,
    ...rows.map((h) => `| \`${esc(h.name)}\` |${withWhere ? ` ${esc(h.where)} |` : ''} ${Math.round(h.ms)} | ${pct(h.share)} |`), ''];
}

function stageSection(run: BenchRun): string[] {
  if (run.stages.status !== 'ok' || !run.stages.value.stageMs) return [];
  const r = run.stages.value;
  const total = Object.values(r.stageMs!).reduce((a, b) => a + b, 0);
  return ['## Where the time goes', '', `Per stage, over the same corpus (a separate process running the pipeline's stages with a clock around each; ${(r.bytes / 1e6).toFixed(2)} MB, ${r.docs} docs):`, '',
    '| stage | seconds | share | MB/s if it ran alone |', '|---|---:|---:|---:|',
    ...Object.entries(r.stageMs!).map(([name, ms]) => `| ${name} | ${(ms / 1000).toFixed(2)} | ${pct(ms / total)} | ${(r.bytes / 1e6 / (ms / 1000)).toFixed(2)} |`), '',
    ...(r.excludedShare !== undefined && r.blankedShare !== undefined
      ? [`${pct(r.excludedShare)} of the text lies in ranges the clean stage excludes; the stages after it do not read ${pct(r.blankedShare)} (boilerplate blanked; headings are read but give no incident).`, '']
      : [])];
}

function profileSection(run: BenchRun): string[] {
  if (run.profile.status === 'failed') return ['### CPU profile', '', `Not measured: ${run.profile.error}`, ''];
  if (run.profile.status !== 'ok') return [];
  const p = run.profile.value;
  return ['### CPU profile of extract', '', `Sampled every 0.5 ms over the timed loop of a separate extract run (${(p.totalMs / 1000).toFixed(1)} s of samples). ` +
    'Self time is spent in the function itself; inclusive time counts everything it calls.', '',
    ...hotspotTable('Self time by module (package, project file, or V8 pseudo-frame)', p.selfByModule, false),
    ...hotspotTable('Self time by function', p.selfByFunction),
    ...hotspotTable('Inclusive time of project functions (leaving out the entry points that cover nearly all of it)', p.inclusiveProject)];
}

function ingestSection(run: BenchRun): string[] {
  if (run.ingest.status !== 'ok') return [];
  const r = run.ingest.value;
  return ['## Ingest along the stream', '', `Docs/s in each tenth of the ${r.docs}-report stream (end to end, and the store alone):`, '',
    '| reports | docs/s | docs per CPU-second | extract ms/doc | store alone, docs/s | store p50 ms | store p95 ms | RSS at end, MB | heap after GC, MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.tenths.map((t, i) => `| ${t.from + 1}–${t.to} | ${t.docsPerSecond.toFixed(1)} | ${t.docsPerCpuSecond?.toFixed(1) ?? ''} | ${t.extractMsMean.toFixed(2)} | ${Math.round(t.storeDocsPerSecond)} | ${t.storeMsP50.toFixed(2)} | ${t.storeMsP95.toFixed(2)} | ${r.rssByTenthMb?.[i]?.toFixed(0) ?? ''} | ${r.heapByTenthMb?.[i]?.toFixed(0) ?? ''} |`),
    '', `Stored: ${r.counts.documents} documents, ${r.counts.mentions} mentions, ${r.counts.incidents} incidents; skipped as already stored (same text): ${r.alreadyStored}.`, ''];
}

export function renderMarkdown(run: BenchRun): string {
  const m = run.machine, s = run.settings;
  const corpus = run.extract.status === 'ok' ? run.extract.value : run.annotate.status === 'ok' ? run.annotate.value : null;
  const rows = figures(run);
  return [
    '# Benchmark', '',
    'Written by `npm run bench` (scripts/bench/main.ts). Re-run it to refresh this page; `npm run bench -- --help` lists the options.', '',
    `- Command: \`${run.command}\``,
    `- Date: ${run.date}; the run took ${Math.round(run.seconds)} s`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb.toFixed(0)} GB, ${m.os}; Node ${m.node}`,
    `- Commit: ${run.commit}`,
    `- Load average (1 min) at start / end: ${run.loadAverage.start[0].toFixed(2)} / ${run.loadAverage.end[0].toFixed(2)} (other work on the machine slows every figure)`,
    corpus ? `- Corpus: ${corpus.docs} synthetic reports, ${(corpus.bytes / 1e6).toFixed(2)} MB of text (seed "${s.seed}"); the ingest stream is ${s.docs} reports from the same generator` : `- Corpus: seed "${s.seed}"`,
    '', '## Figures', '', '| figure | measured | target | |', '|---|---|---|---|',
    ...rows.map((r) => `| ${esc(r.name)} | ${esc(r.value)} | ${esc(r.target)} | ${r.verdict} |`), '',
    ...ingestSection(run), ...stageSection(run), ...profileSection(run),
    '## How the figures are measured', '',
    '- Corpus: `scripts/bench/corpus.ts` assembles wire-style reports from templates with a seeded PRNG (no network, same reports on every machine): scraped article pages with section headings, bylines, share widgets and "Latest Stories" lists (84%), hard-wrapped agency copy (8%), the same in capitals (4%) and one-line feed items (4%). Stories are rocket and mortar attacks, bombings, clashes, shootings, air strikes, abductions, protests and riots, embassy alerts and reports with no incident, in cities of more than 200,000 people from `data/gazetteer/places.tsv`, with casualty phrases, cited sources and background paragraphs. Publication dates advance 150 reports a day from 2023-01-01; about one report in ten republishes a recent story under another outlet.',
    `- MB is 10^6 bytes of UTF-8 text (the \`text\` of each document). Throughput is text bytes over the wall time of the loop, in one Node process (one core), the documents going through \`annotateDocs\`/\`extractDocs\` in batches of 32 (the pipeline stage by stage over a batch, as \`sitrep annotate\` and \`sitrep extract\` run them; one document at a time took 7-17% more CPU time), after a warm-up on a separate corpus (${run.settings.warmupMb} MB; extraction keeps speeding up over its first thousand or so documents); the first warm-up document is reported as the cold start. Targets are judged on wall time. "Per CPU-second" divides by the CPU time of the process (\`process.cpuUsage()\`, main thread plus V8's GC helper threads) instead: other work on the machine inflates wall time, much less CPU time.`,
    '- Each figure comes from its own fresh process (`node --import tsx scripts/bench/<worker>.ts`), run one after another. Peak RSS is `process.resourceUsage().maxRSS` of that process and includes the generated corpus held in memory.',
    '- Gazetteer: `loadGazetteer()` timed after its module is imported; memory is measured after a forced GC (`--expose-gc`), so heap is what the gazetteer retains.',
    '- Ingest: `sitrep ingest`\'s per-document steps (content hash, `hasDocument`, `extractDoc`, `addDocument`) into a fresh SQLite file in the OS temp folder; each document is timed, generating it is not. Docs/s of a window is documents over the sum of their times; "store alone" counts only the lookup and `addDocument`. The file is deleted afterwards.',
    '',
  ].join('\n');
}
