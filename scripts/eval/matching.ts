// One-to-one matching between gold items and predictions, shared by the span-based scorers.

/** Overlap length of two half-open spans [start, end); 0 when they do not overlap. */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** A maximum one-to-one matching when compatibility is yes/no (augmenting paths; the inputs are small).
 * Returns [goldIndex, predIndex] pairs. */
export function maxPairs(nGold: number, nPred: number, compatible: (g: number, p: number) => boolean): [number, number][] {
  const goldOf = new Array<number>(nPred).fill(-1);
  const adj = Array.from({ length: nGold }, (_, g) => [...Array(nPred).keys()].filter((p) => compatible(g, p)));
  const tryGold = (g: number, seen: Set<number>): boolean => {
    for (const p of adj[g]) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (goldOf[p] === -1 || tryGold(goldOf[p], seen)) {
        goldOf[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < nGold; g++) tryGold(g, new Set());
  return goldOf.flatMap((g, p): [number, number][] => (g >= 0 ? [[g, p]] : [])).sort((a, b) => a[0] - b[0]);
}

/** Size of a maximum one-to-one matching. */
export function maxMatching(nGold: number, nPred: number, compatible: (g: number, p: number) => boolean): number {
  return maxPairs(nGold, nPred, compatible).length;
}

/**
 * A one-to-one matching of maximum total weight (Hungarian algorithm, O(n^3); weights > 0, null = not compatible).
 * Returns [goldIndex, predIndex] pairs.
 */
export function maxWeightPairs(nGold: number, nPred: number, weight: (g: number, p: number) => number | null): [number, number][] {
  const flip = nGold > nPred;
  const n = flip ? nPred : nGold;
  const m = flip ? nGold : nPred;
  if (n === 0) return [];
  const w = (i: number, j: number) => (flip ? weight(j, i) : weight(i, j)) ?? 0;
  const cost = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i && j ? -w(i - 1, j - 1) : 0)));
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const row = new Array<number>(m + 1).fill(0); // row[j]: the row assigned to column j
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = row[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0][j] - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) { u[row[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      }
      j0 = j1;
    } while (row[j0] !== 0);
    do { const j1 = way[j0]; row[j0] = row[j1]; j0 = j1; } while (j0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= m; j++) {
    if (!row[j] || w(row[j] - 1, j - 1) <= 0) continue;
    pairs.push(flip ? [j - 1, row[j] - 1] : [row[j] - 1, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
