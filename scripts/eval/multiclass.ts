// Single-label classification scores, as scikit-learn computes them: per-label P/R/F1 from the (gold, predicted)
// pairs, weighted F1 = sum over the chosen labels of F1 x gold support / total support of those labels.
// A predicted label outside the chosen set (e.g. "none") is simply wrong: it is a miss for the gold label and
// a false positive for a label that carries no weight.

export interface Pair { gold: string; pred: string }
export interface LabelScore { label: string; support: number; predicted: number; tp: number; p: number; r: number; f1: number }
export interface MulticlassScore { n: number; accuracy: number; weightedF1: number; macroF1: number; perLabel: LabelScore[] }

/** labels: the labels to average over (default: every gold label present). */
export function multiclass(pairs: Pair[], labels?: string[]): MulticlassScore {
  const chosen = labels ?? [...new Set(pairs.map((x) => x.gold))].sort();
  const perLabel = chosen.map((label): LabelScore => {
    const support = pairs.filter((x) => x.gold === label).length;
    const predicted = pairs.filter((x) => x.pred === label).length;
    const tp = pairs.filter((x) => x.gold === label && x.pred === label).length;
    const p = predicted ? tp / predicted : 0;
    const r = support ? tp / support : 0;
    return { label, support, predicted, tp, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  });
  const total = perLabel.reduce((s, l) => s + l.support, 0);
  const withSupport = perLabel.filter((l) => l.support > 0);
  return {
    n: pairs.length,
    accuracy: pairs.length ? pairs.filter((x) => x.gold === x.pred).length / pairs.length : 0,
    weightedF1: total ? perLabel.reduce((s, l) => s + l.f1 * l.support, 0) / total : 0,
    macroF1: withSupport.length ? withSupport.reduce((s, l) => s + l.f1, 0) / withSupport.length : 0,
    perLabel,
  };
}

/** The most frequent (gold -> predicted) disagreements, most frequent first, ties by name. */
export function topConfusions(pairs: Pair[], n: number): { gold: string; pred: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const x of pairs) if (x.gold !== x.pred) counts.set(`${x.gold}\t${x.pred}`, (counts.get(`${x.gold}\t${x.pred}`) ?? 0) + 1);
  return [...counts]
    .map(([k, count]) => ({ gold: k.split('\t')[0], pred: k.split('\t')[1], count }))
    .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.pred.localeCompare(b.pred))
    .slice(0, n);
}
