// TempEval-3 (TBAQ) time-expression scoring. Rules (quoted in docs/EVAL.md):
// - Gold: the TIMEX3 elements inside <TEXT> (timeml.ts); the DCT, outside <TEXT>, only sets the publication date.
// - Predicted: every entry of the `dates` layer of `annotate`.
// - Pairing: one to one; a gold and a predicted expression can pair when their spans overlap. The pairing has the
//   most pairs with equal values, then the most pairs, then the most overlap (maximum-weight matching, matching.ts).
// - Span (relaxed): P = paired predictions / predictions, R = paired gold / gold. Span (strict): identical offsets.
// - Value: a pair counts when the predicted `value` equals the gold TIMEX3 `value` (exact string);
//   P = such pairs / predictions, R = such pairs / gold. This is TempEval-3's value F1 (relaxed match + attribute).
// - Type: the same with `type` in place of `value`.
import { type Counts, addCounts, ZERO } from './metrics.js';
import { maxWeightPairs, overlap } from './matching.js';
import type { DateAnn } from './run-annotate.js';
import type { Timex } from './timeml.js';

export interface TempDocScore {
  span: Counts;
  strict: Counts;
  value: Counts;
  type: Counts;
  /** per gold TIMEX3 type: gold count, found (span), value right */
  byType: Map<string, { gold: number; found: number; value: number }>;
  errors: TempError[];
}

export interface TempError { kind: 'missed' | 'wrong value' | 'spurious'; goldType?: string; gold?: string; pred?: string; text: string }

export function scoreTempDoc(text: string, gold: Timex[], pred: DateAnn[]): TempDocScore {
  // Weights order the goals: any equal-value pair outweighs all other pairs; any pair outweighs all overlap bonuses.
  const pairW = Math.min(gold.length, pred.length) + 1;
  const valueW = pairW * (pairW + 1);
  const pairs = maxWeightPairs(gold.length, pred.length, (g, p) => {
    const o = overlap(gold[g], pred[p]);
    if (o === 0) return null;
    return (gold[g].value === pred[p].value ? valueW : 0) + pairW + o / (gold[g].end - gold[g].start + pred[p].end - pred[p].start);
  });
  const count = (ok: (g: Timex, p: DateAnn) => boolean): Counts => {
    const tp = pairs.filter(([g, p]) => ok(gold[g], pred[p])).length;
    return { tp, fp: pred.length - tp, fn: gold.length - tp };
  };
  const byType = new Map<string, { gold: number; found: number; value: number }>();
  for (const g of gold) {
    const b = byType.get(g.type) ?? { gold: 0, found: 0, value: 0 };
    b.gold++;
    byType.set(g.type, b);
  }
  const errors: TempError[] = [];
  const pairedP = new Set(pairs.map(([, p]) => p));
  const pairOf = new Map(pairs);
  gold.forEach((g, gi) => {
    const b = byType.get(g.type)!;
    const pi = pairOf.get(gi);
    if (pi === undefined) return void errors.push({ kind: 'missed', goldType: g.type, gold: g.value, text: text.slice(g.start, g.end) });
    b.found++;
    if (pred[pi].value === g.value) b.value++;
    else errors.push({ kind: 'wrong value', goldType: g.type, gold: g.value, pred: pred[pi].value ?? 'null', text: text.slice(g.start, g.end) });
  });
  pred.forEach((p, pi) => {
    if (!pairedP.has(pi)) errors.push({ kind: 'spurious', pred: p.value ?? 'null', text: text.slice(p.start, p.end) });
  });
  const strictTp = gold.filter((g) => pred.some((p) => p.start === g.start && p.end === g.end)).length;
  return {
    span: count(() => true),
    strict: { tp: strictTp, fp: pred.length - strictTp, fn: gold.length - strictTp },
    value: count((g, p) => g.value === p.value),
    type: count((g, p) => g.type === p.type),
    byType,
    errors,
  };
}

export interface TempEvalResult {
  docs: number;
  gold: number;
  predicted: number;
  span: Counts;
  strict: Counts;
  value: Counts;
  type: Counts;
  byType: Map<string, { gold: number; found: number; value: number }>;
  missing: number;
  errors: (TempError & { doc: string })[];
}

export function scoreTempEval(docs: { id: string; text: string; timexes: Timex[] }[], records: { id: string; dates: DateAnn[] }[]): TempEvalResult {
  const byId = new Map(records.map((r) => [r.id, r]));
  const res: TempEvalResult = { docs: docs.length, gold: 0, predicted: 0, span: ZERO, strict: ZERO, value: ZERO, type: ZERO, byType: new Map(), missing: 0, errors: [] };
  for (const d of docs) {
    const rec = byId.get(d.id);
    if (!rec) res.missing++;
    const pred = rec?.dates ?? [];
    const s = scoreTempDoc(d.text, d.timexes, pred);
    res.gold += d.timexes.length;
    res.predicted += pred.length;
    res.span = addCounts(res.span, s.span);
    res.strict = addCounts(res.strict, s.strict);
    res.value = addCounts(res.value, s.value);
    res.type = addCounts(res.type, s.type);
    for (const [t, b] of s.byType) {
      const a = res.byType.get(t) ?? { gold: 0, found: 0, value: 0 };
      res.byType.set(t, { gold: a.gold + b.gold, found: a.found + b.found, value: a.value + b.value });
    }
    res.errors.push(...s.errors.map((e) => ({ ...e, doc: d.id })));
  }
  return res;
}
