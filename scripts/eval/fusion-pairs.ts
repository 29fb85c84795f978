// Pairwise scoring of mention-to-incident assignment. Items are gold-aligned mentions; a pair of items from two
// different reports is "gold same" when the gold puts them in one cluster and "predicted same" when the store
// put them in one incident. Pairs within one report are left out: a report's own incidents are extraction's
// business, and the store never merges them.
export interface FusionItem { doc: string; gold: string; predicted: number | null }

export interface PairScores {
  items: number; goldClusters: number; incidents: number;
  tp: number; fp: number; fn: number; precision: number; recall: number; f1: number;
  /** Predicted incidents fused from two or more reports that hold items of different reports in different gold clusters, over all such incidents. */
  falseMerges: number; mergedIncidents: number; falseMergeRate: number;
  /** B-cubed: per item, the share of its incident in its gold cluster (precision) and of its gold cluster in its incident
   *  (recall), averaged over items. Pairs grow with the square of a cluster's size, so one event reported fifty times
   *  outweighs everything else pairwise; B-cubed weighs every item once. */
  b3Precision: number; b3Recall: number; b3F1: number;
}

export function scorePairs(items: FusionItem[]): PairScores {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i], b = items[j];
      if (a.doc === b.doc) continue;
      const gold = a.gold === b.gold;
      const pred = a.predicted !== null && a.predicted === b.predicted;
      if (gold && pred) tp++; else if (pred) fp++; else if (gold) fn++;
    }
  }
  const byIncident = new Map<number, FusionItem[]>();
  for (const it of items) if (it.predicted !== null) byIncident.set(it.predicted, [...(byIncident.get(it.predicted) ?? []), it]);
  let merged = 0, falseMerges = 0;
  for (const members of byIncident.values()) {
    if (new Set(members.map((m) => m.doc)).size < 2) continue;
    merged++;
    if (members.some((a) => members.some((b) => a.doc !== b.doc && a.gold !== b.gold))) falseMerges++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1, recall = tp + fn ? tp / (tp + fn) : 1;
  const b3 = bCubed(items);
  return {
    ...b3,
    items: items.length, goldClusters: new Set(items.map((i) => i.gold)).size, incidents: byIncident.size,
    tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    falseMerges, mergedIncidents: merged, falseMergeRate: merged ? falseMerges / merged : 0,
  };
}

/** B-cubed precision and recall. An item with no incident is an incident of its own. */
function bCubed(items: FusionItem[]): { b3Precision: number; b3Recall: number; b3F1: number } {
  if (items.length === 0) return { b3Precision: 1, b3Recall: 1, b3F1: 1 };
  const incidentOf = (it: FusionItem, k: number) => (it.predicted === null ? `none ${k}` : `${it.predicted}`);
  const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const incidents = count(items.map(incidentOf)), golds = count(items.map((it) => it.gold));
  const both = count(items.map((it, k) => `${incidentOf(it, k)}\u0000${it.gold}`));
  let p = 0, r = 0;
  items.forEach((it, k) => {
    const shared = both.get(`${incidentOf(it, k)}\u0000${it.gold}`)!;
    p += shared / incidents.get(incidentOf(it, k))!;
    r += shared / golds.get(it.gold)!;
  });
  const b3Precision = p / items.length, b3Recall = r / items.length;
  return { b3Precision, b3Recall, b3F1: b3Precision + b3Recall ? (2 * b3Precision * b3Recall) / (b3Precision + b3Recall) : 0 };
}
