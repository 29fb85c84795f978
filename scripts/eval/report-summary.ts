// The headline figure of every dataset in one table, with the bar the issues set and the peer figures.
import { median } from './geowebnews.js';
import { type Counts, pct, prf } from './metrics.js';
import type { DatasetRun, EvalRun } from './report.js';

interface Line { dataset: string; figure: string; value: string; bar: string }

const f1 = (c: Counts) => pct(prf(c).f1);
const ratio = (a: number, b: number) => (b ? pct(a / b) : '-');

function status<T>(d: DatasetRun<T>): string | null {
  return d.status === 'ok' ? null : d.status === 'absent' ? `not measured (${d.note})` : 'run failed';
}

export function renderSummary(run: EvalRun): string[] {
  const lines: Line[] = [];
  const add = (dataset: string, figure: string, value: string, bar = '') => lines.push({ dataset, figure, value, bar });
  const skip = (dataset: string, d: DatasetRun<unknown>) => {
    const s = status(d);
    if (s) add(dataset, '-', s);
    return !!s;
  };
  if (!skip('Seeds', run.seeds)) {
    const core = run.seeds.result!.filter((c) => !c.extra);
    add('Seeds', 'required checks passed', `${core.filter((c) => c.pass).length}/${core.length}`, 'all');
  }
  if (!skip('MUC-4', run.muc4)) {
    const r = run.muc4.result!;
    const g = r.groups[r.groups.length - 1];
    add('MUC-4', `relevance F1 (${g.name})`, f1(g.relevance), '85.0');
    add('MUC-4', `incident-type F1 (${g.name})`, f1(g.types), '70.0; GTT 67.4');
    const s = r.slots.groups[r.slots.groups.length - 1];
    add('MUC-4', `date accuracy (${s.name})`, ratio(s.counts.date, s.counts.dateGold), '65.0; GE 1992 R61/P57');
    add('MUC-4', `location accuracy, most specific (${s.name})`, ratio(s.counts.locStrict, s.counts.locGold), '65.0; GE 1992 R63/P59');
    const roles = r.roles?.groups[r.roles.groups.length - 1];
    if (roles) add('MUC-4', `role-filler micro F1 (${roles.name})`, f1(roles.micro), '50.0; GRIT 54.5, GTT 50.2 (tst3+4)');
    else add('MUC-4', 'role-filler micro F1', `not measured (${r.rolesNote})`);
  }
  if (run.muc4.status === 'ok' && run.muc4.result!.fusion) {
    const groups = run.muc4.result!.fusion.groups;
    const g = groups.find((x) => x.name === 'all')!, alone = groups.find((x) => x.name.includes('no fusion'))!;
    add('MUC-4', `fusion pairwise F1 (${g.name})`, pct(g.scores.f1), '85.0');
    add('MUC-4', `fusion false-merge rate (${g.name})`, pct(g.scores.falseMergeRate), '2.0 or less');
    add('MUC-4', `fusion B-cubed F1 (${g.name}; no fusion: ${pct(alone.scores.b3F1)})`, pct(g.scores.b3F1));
    const every = groups.find((x) => x.name.includes('cannot join'));
    if (every) add('MUC-4', `fusion pairwise F1 and false-merge rate, with the keys the rule cannot join (${every.scores.items - g.scores.items} more items)`, `${pct(every.scores.f1)}; ${pct(every.scores.falseMergeRate)}`);
  }
  if (!skip('Examples', run.examples)) {
    const r = run.examples.result!;
    add('Examples', 'intended incidents fused exactly', `${r.exact.length}/${r.intended}`, 'all');
    add('Examples', 'fusion pairwise F1', pct(r.scores.f1));
    add('Examples', 'stored incidents outside the intended ones (likely second copies)', `${r.unaligned} (${r.likelyDuplicates})`, '');
  }
  if (!skip('CASE 2021', run.case2021)) {
    add('CASE 2021', 'weighted F1, 25 ACLED types', pct(run.case2021.result!.acled.weightedF1), '75.0; best 83.9');
    add('CASE 2021', 'weighted F1, all labels', pct(run.case2021.result!.all.weightedF1), 'best 77.1');
  }
  if (!skip('WikiEvents', run.wikievents)) add('WikiEvents', 'argument micro F1 (head word)', f1(run.wikievents.result!.micro), 'BART-Gen class 40-50');
  if (!skip('TempEval-3 TBAQ', run.tempeval3)) {
    add('TempEval-3 TBAQ', 'value F1', f1(run.tempeval3.result!.value), '80.0; HeidelTime 77.6');
    add('TempEval-3 TBAQ', 'span F1 (overlap)', f1(run.tempeval3.result!.span));
  }
  if (!skip('GeoWebNews', run.geowebnews)) {
    const s = run.geowebnews.result!.sets[0];
    add('GeoWebNews', `toponym recall (${s.name})`, ratio(s.score.found, s.score.gold), '75.0');
    add('GeoWebNews', `toponym precision (${s.name})`, ratio(s.score.predTp, s.score.predCounted));
    add('GeoWebNews', `acc@161 km (${s.name})`, ratio(s.score.within161, s.score.pairsWithPoint), '90.0; Edinburgh 94');
    const med = median(s.score.errorsKm);
    add('GeoWebNews', `median error km (${s.name})`, med === null ? '-' : med.toFixed(1));
  }
  return ['## Summary', '', '| dataset | figure | value | bar; peers |', '|---|---|---:|---|', ...lines.map((l) => `| ${l.dataset} | ${l.figure} | ${l.value} | ${l.bar} |`), ''];
}
