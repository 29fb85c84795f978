// MUC-4 document relevance and incident-type scoring. Rules (quoted in docs/EVAL.md):
// - Gold: a document is relevant when it has a template whose "MESSAGE: TEMPLATE" is not "*". Both perpetrator
//   categories count (TERRORIST ACT and STATE-SPONSORED VIOLENCE: the MUC-4 task fills templates for both).
//   A template numbered "N (OPTIONAL)" is scored as in MUC-4: finding it counts, missing it costs nothing.
// - Gold types: each template's "INCIDENT: TYPE", "?" dropped, the word before any ":"; "A / B" alternatives
//   are satisfied by either (the predicted one is chosen when there is one).
// - Prediction: the set of MUC-4 types of the document's mentions that count (muc4-mapping.ts);
//   the document is predicted relevant when that set is not empty.
import type { ExtractRecord } from '../../src/contract/mention.js';
import { addCounts, type Counts, ZERO } from './metrics.js';
import { mucIncidentType } from './muc4-mapping.js';

export type Template = Record<string, string[]>;
export interface MucDoc { id: string; split: string; templates: Template[] }

export interface GoldDoc {
  id: string;
  split: string;
  /** required: at least one non-optional template; optional: only optional templates; none: "*" only */
  relevance: 'required' | 'optional' | 'none';
  /** gold type -> true when it comes only from optional templates */
  types: Map<string, boolean>;
  /** "A / B" fills, resolved against the prediction */
  altGroups: { alts: string[]; optional: boolean }[];
}

export function normaliseType(fill: string): string {
  return fill.replace(/^\s*\?\s*/, '').split(':')[0].trim().toUpperCase();
}

export function goldFromDoc(doc: MucDoc): GoldDoc {
  const gold: GoldDoc = { id: doc.id, split: doc.split, relevance: 'none', types: new Map(), altGroups: [] };
  for (const t of doc.templates) {
    const msg = (t['MESSAGE: TEMPLATE'] ?? ['*'])[0].trim();
    if (msg === '*') continue;
    const optional = /\(OPTIONAL\)/i.test(msg);
    if (!optional) gold.relevance = 'required';
    else if (gold.relevance === 'none') gold.relevance = 'optional';
    for (const fill of t['INCIDENT: TYPE'] ?? []) {
      const alts = [...new Set(fill.split('/').map(normaliseType).filter((a) => a && a !== '*' && a !== '-'))];
      if (alts.length === 1) mergeType(gold.types, alts[0], optional);
      else if (alts.length > 1) gold.altGroups.push({ alts, optional });
    }
  }
  return gold;
}

function mergeType(types: Map<string, boolean>, type: string, optional: boolean): void {
  types.set(type, (types.get(type) ?? true) && optional);
}

/** The concrete gold type set for a document, given what was predicted (alternatives resolved). */
export function resolveGoldTypes(gold: GoldDoc, predicted: Set<string>): Map<string, boolean> {
  const types = new Map(gold.types);
  for (const g of gold.altGroups) {
    const chosen = g.alts.find((a) => predicted.has(a)) ?? g.alts.find((a) => types.has(a)) ?? g.alts[0];
    mergeType(types, chosen, g.optional);
  }
  return types;
}

export interface DocScore { relevance: Counts; types: Counts; perType: Map<string, Counts> }

/** strict: optional templates count as required (reported beside the main figure). */
export function scoreDoc(gold: GoldDoc, predicted: Set<string>, strict = false): DocScore {
  const rel = { ...ZERO };
  const isRel = gold.relevance === 'required' || (strict && gold.relevance === 'optional');
  if (predicted.size > 0) {
    if (gold.relevance === 'none') rel.fp++;
    else rel.tp++;
  } else if (isRel) rel.fn++;
  const perType = new Map<string, Counts>();
  const bump = (t: string, k: keyof Counts) => {
    const c = perType.get(t) ?? { ...ZERO };
    c[k]++;
    perType.set(t, c);
  };
  const goldTypes = resolveGoldTypes(gold, predicted);
  for (const t of predicted) bump(t, goldTypes.has(t) ? 'tp' : 'fp');
  for (const [t, optional] of goldTypes) if (!predicted.has(t) && (strict || !optional)) bump(t, 'fn');
  const types = [...perType.values()].reduce(addCounts, ZERO);
  return { relevance: rel, types, perType };
}

export interface Prediction { types: Set<string>; mentions: string[] }

export function predictionFromRecord(rec: ExtractRecord | undefined): Prediction {
  const types = new Set<string>();
  const mentions = new Set<string>();
  for (const m of rec?.incidents ?? []) {
    const t = mucIncidentType(m);
    if (t) types.add(t);
    if (!m.background && m.status !== 'hypothetical') mentions.add(`${m.sub_event_type} (${m.status}${t ? ` → ${t}` : ''})`);
  }
  return { types, mentions: [...mentions] };
}

export interface GroupScore {
  name: string;
  docs: number;
  missing: number;
  relevance: Counts;
  types: Counts;
  perType: Map<string, Counts>;
  strictRelevance: Counts;
  strictTypes: Counts;
}

export const GROUPS: { name: string; splits: string[] | null }[] = [
  { name: 'dev', splits: ['dev'] },
  { name: 'tst1+tst2', splits: ['tst1', 'tst2'] },
  { name: 'all', splits: null },
];

export interface ErrorSample { id: string; kind: 'FP' | 'FN' | 'type'; predicted: string[]; gold: string[]; mentions: string[] }

export interface Muc4Result { groups: GroupScore[]; samples: ErrorSample[] }

export function scoreMuc4(docs: MucDoc[], records: ExtractRecord[]): Muc4Result {
  const byId = new Map(records.map((r) => [r.id, r]));
  const rows = docs.map((d) => {
    const gold = goldFromDoc(d);
    const pred = predictionFromRecord(byId.get(d.id));
    return { doc: d, gold, pred, missing: !byId.has(d.id), s: scoreDoc(gold, pred.types), strict: scoreDoc(gold, pred.types, true) };
  });
  const groups: GroupScore[] = [];
  for (const g of GROUPS) {
    const sel = rows.filter((r) => g.splits === null || g.splits.includes(r.doc.split));
    if (sel.length === 0) continue;
    const perType = new Map<string, Counts>();
    for (const r of sel) for (const [t, c] of r.s.perType) perType.set(t, addCounts(perType.get(t) ?? ZERO, c));
    groups.push({
      name: g.name,
      docs: sel.length,
      missing: sel.filter((r) => r.missing).length,
      relevance: sel.map((r) => r.s.relevance).reduce(addCounts, ZERO),
      types: sel.map((r) => r.s.types).reduce(addCounts, ZERO),
      perType,
      strictRelevance: sel.map((r) => r.strict.relevance).reduce(addCounts, ZERO),
      strictTypes: sel.map((r) => r.strict.types).reduce(addCounts, ZERO),
    });
  }
  const sample = (r: (typeof rows)[number], kind: ErrorSample['kind']): ErrorSample => ({
    id: r.doc.id,
    kind,
    predicted: [...r.pred.types].sort(),
    gold: [...resolveGoldTypes(r.gold, r.pred.types)].map(([t, o]) => (o ? `${t} (optional)` : t)).sort(),
    mentions: r.pred.mentions.slice(0, 6),
  });
  const fp = rows.filter((r) => r.s.relevance.fp > 0).map((r) => sample(r, 'FP'));
  const fn = rows.filter((r) => r.s.relevance.fn > 0).map((r) => sample(r, 'FN'));
  const ty = rows.filter((r) => r.s.relevance.tp > 0 && r.s.types.fp + r.s.types.fn > 0).map((r) => sample(r, 'type'));
  return { groups, samples: pickSamples(fp, fn, ty, 10) };
}

/** Half false positives, half false negatives (topped up from the other kind, then type confusions). */
export function pickSamples<T>(fp: T[], fn: T[], other: T[], n: number): T[] {
  const half = Math.ceil(n / 2);
  const a = fp.slice(0, Math.max(half, n - fn.length));
  const b = fn.slice(0, n - a.length);
  return [...a, ...b, ...other].slice(0, n);
}
