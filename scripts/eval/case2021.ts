// CASE 2021 event-type classification of news snippets. Rules (quoted in docs/EVAL.md):
// - Input: one JSONL document per snippet (id, text; no publication date), run through `extract`.
// - Predicted label: among the snippet's mentions whose sub_event_type maps to a CASE label (case2021-mapping.ts),
//   the first one in text order with status "occurred" and background false; when there is none, the first such
//   mention of any status; when there is no mention at all, "none". Variant: the mention with the most evidence spans.
// - Weighted F1 over the gold labels (multiclass.ts), on the snippets whose gold label is one of the 25 ACLED types,
//   and on all snippets ("none" never matches; variant: the five non-ACLED labels merged into "none", so that
//   producing no mention for them counts as right).
import type { ExtractRecord, Mention } from '../../src/contract/mention.js';
import { ACLED_LABELS, caseLabel, NON_ACLED_LABELS, NONE } from './case2021-mapping.js';
import { type MulticlassScore, multiclass, type Pair, topConfusions } from './multiclass.js';

export interface Snippet { id: string; text: string; label: string }

/** Parses snippets.tsv: a header line, then id<TAB>text<TAB>label (the text has no tabs). */
export function parseSnippets(tsv: string): Snippet[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim());
  return lines.slice(1).map((line, i) => {
    const cols = line.split('\t');
    if (cols.length < 3) throw new Error(`case2021: expected id, text and label on line ${i + 2}, got ${cols.length} columns`);
    return { id: cols[0].trim(), text: cols.slice(1, -1).join('\t'), label: cols[cols.length - 1].trim() };
  });
}

const firstOffset = (m: Mention, i: number) => Math.min(...m.evidence.map((e) => e.start), 1e12 + i);

export type Chooser = 'first-occurred' | 'most-evidence';

export function predictLabel(rec: ExtractRecord | undefined, chooser: Chooser = 'first-occurred'): string {
  const usable = (rec?.incidents ?? [])
    .map((m, i) => ({ m, i, label: caseLabel(m.sub_event_type), at: firstOffset(m, i) }))
    .filter((x): x is typeof x & { label: string } => x.label !== null)
    .sort((a, b) => a.at - b.at || a.i - b.i);
  if (usable.length === 0) return NONE;
  if (chooser === 'most-evidence') return usable.reduce((best, x) => (x.m.evidence.length > best.m.evidence.length ? x : best)).label;
  return (usable.find((x) => x.m.status === 'occurred' && !x.m.background) ?? usable[0]).label;
}

export interface CaseResult {
  snippets: number;
  acled: MulticlassScore;
  all: MulticlassScore;
  allMerged: MulticlassScore;
  acledMostEvidence: MulticlassScore;
  noneOnAcled: number;
  confusions: { gold: string; pred: string; count: number }[];
  missing: number;
}

export function scoreCase(snippets: Snippet[], records: ExtractRecord[]): CaseResult {
  const byId = new Map(records.map((r) => [r.id, r]));
  const pairs = (chooser: Chooser): Pair[] => snippets.map((s) => ({ gold: s.label, pred: predictLabel(byId.get(s.id), chooser) }));
  const first = pairs('first-occurred');
  const acledOnly = (ps: Pair[]) => ps.filter((x) => ACLED_LABELS.includes(x.gold));
  const goldLabels = [...new Set(snippets.map((s) => s.label))].sort();
  const merged = first.map((x) => ({ gold: NON_ACLED_LABELS.includes(x.gold) ? NONE : x.gold, pred: x.pred }));
  return {
    snippets: snippets.length,
    acled: multiclass(acledOnly(first), ACLED_LABELS),
    all: multiclass(first, goldLabels),
    allMerged: multiclass(merged, [...new Set(merged.map((x) => x.gold))].sort()),
    acledMostEvidence: multiclass(acledOnly(pairs('most-evidence')), ACLED_LABELS),
    noneOnAcled: acledOnly(first).filter((x) => x.pred === NONE).length,
    confusions: topConfusions(first, 15),
    missing: snippets.filter((s) => !byId.has(s.id)).length,
  };
}
