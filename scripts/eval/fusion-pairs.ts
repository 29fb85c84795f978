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
  return {
    items: items.length, goldClusters: new Set(items.map((i) => i.gold)).size, incidents: byIncident.size,
    tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    falseMerges, mergedIncidents: merged, falseMergeRate: merged ? falseMerges / merged : 0,
  };
}
