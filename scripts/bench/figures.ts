// The headline figures of a run, each with its unit and, where the issues set one, its target.
import { type BenchRun, TARGETS } from './results.js';

export interface Figure { name: string; value: string; target: string; verdict: '' | 'meets' | 'misses' }

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const verdict = (ok: boolean): Figure['verdict'] => (ok ? 'meets' : 'misses');

export function figures(run: BenchRun): Figure[] {
  const out: Figure[] = [];
  const add = (name: string, value: string, target = '', v: Figure['verdict'] = '') => out.push({ name, value, target, verdict: v });
  const notMeasured = (name: string, o: { status: string; error?: string; note?: string }) =>
    add(name, o.status === 'failed' ? `not measured: ${o.error}` : `not measured (${o.note})`);

  if (run.gazetteer.status === 'ok') {
    const g = run.gazetteer.value;
    const s = median(g.map((r) => r.loadMs)) / 1000;
    const runs = g.length > 1 ? ` (median of ${g.length} processes: ${g.map((r) => f2(r.loadMs / 1000)).join(', ')})` : '';
    add('gazetteer load time', `${f2(s)} s${runs}`, `< ${TARGETS.gazetteerLoadSeconds} s`, verdict(s < TARGETS.gazetteerLoadSeconds));
    add('gazetteer memory retained', `heap +${f1(median(g.map((r) => r.heapIncreaseMb)))} MB, RSS +${f1(median(g.map((r) => r.rssIncreaseMb)))} MB (peak RSS +${f1(median(g.map((r) => r.peakRssIncreaseMb)))} MB while loading)`);
  } else notMeasured('gazetteer', run.gazetteer);

  for (const [key, label, target] of [['annotate', 'annotate', TARGETS.annotateMbPerSecond], ['extract', 'extract (whole pipeline)', TARGETS.extractMbPerSecond]] as const) {
    const o = run[key];
    if (o.status !== 'ok') { notMeasured(label, o); continue; }
    const r = o.value;
    add(`${label} throughput`, `${f2(r.mbPerSecond)} MB/s per core (${f1(r.docsPerSecond)} docs/s; ${f2(r.mbPerCpuSecond)} MB per CPU-second)`, `>= ${target} MB/s per core`, verdict(r.mbPerSecond >= target));
    add(`${label} peak RSS`, `${f1(r.peakRssMb)} MB (${f1(r.rssBeforeMb)} MB after warm-up)`);
    add(`${label} first document (cold)`, `${Math.round(r.firstDocMs)} ms`);
  }

  if (run.ingest.status === 'ok') {
    const r = run.ingest.value;
    const w = r.window;
    const perCpu = (s: typeof r.first) => (s.docsPerCpuSecond === null ? '' : `, ${f1(s.docsPerCpuSecond)} per CPU-second`);
    add(`ingest, first ${w} docs`, `${f1(r.first.docsPerSecond)} docs/s${perCpu(r.first)} (store alone ${Math.round(r.first.storeDocsPerSecond)} docs/s, p50 ${f2(r.first.storeMsP50)} ms)`);
    add(`ingest, last ${w} docs of ${r.docs}`, `${f1(r.last.docsPerSecond)} docs/s${perCpu(r.last)} (store alone ${Math.round(r.last.storeDocsPerSecond)} docs/s, p50 ${f2(r.last.storeMsP50)} ms)`);
    add('ingest end / start', `${f2(r.endToStart)} (CPU time ${r.cpuEndToStart === null ? 'n/a' : f2(r.cpuEndToStart)}; store alone ${f2(r.storeEndToStart)})`, `>= ${TARGETS.ingestEndToStart} (end at most 20% below start)`, verdict(r.endToStart >= TARGETS.ingestEndToStart));
    add('ingest store file', `${f1(r.fileBytes / 1e6)} MB for ${r.counts.documents} docs, ${r.counts.incidents} incidents (${Math.round(r.fileBytes / Math.max(1, r.counts.documents))} bytes/doc)`);
    add('ingest peak RSS', `${f1(r.peakRssMb)} MB`);
  } else notMeasured('ingest', run.ingest);
  return out;
}

/** A fixed-width table for the terminal. */
export function renderTable(rows: Figure[]): string {
  const cols = [['figure', ...rows.map((r) => r.name)], ['measured', ...rows.map((r) => r.value)], ['target', ...rows.map((r) => r.target)], ['', ...rows.map((r) => r.verdict)]];
  const widths = cols.map((c) => Math.max(...c.map((s) => s.length)));
  const line = (i: number) => cols.map((c, k) => c[i].padEnd(widths[k])).join('  ').trimEnd();
  return [line(0), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((_, i) => line(i + 1))].join('\n');
}
