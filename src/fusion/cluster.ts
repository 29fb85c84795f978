// Grouping the reports of one connected set into incidents. The result depends only on the set, never on the
// order the reports arrived in: reports are visited in a canonical order (most precise first, then by date and
// content hash), and each joins the most similar incident whose every report it is compatible with.
import type { DatePrecision, PlacePrecision } from '../contract/mention.js';
import { compatible, similarity } from './compatible.js';
import { type FusionReport, mentionIndex } from './report.js';

/** Lower is more precise. */
export const DATE_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };
export const PLACE_RANK: Record<PlacePrecision, number> = { facility: 0, neighbourhood: 1, city: 2, admin2: 3, admin1: 4, country: 5, region: 6 };

/** Precise reports first, so a vague one ("in January, in Iraq") joins the incident it fits best. */
export function canonicalOrder(a: FusionReport, b: FusionReport): number {
  const da = a.mention.date, db = b.mention.date;
  return (DATE_RANK[da?.precision ?? 'unknown'] - DATE_RANK[db?.precision ?? 'unknown'])
    || (PLACE_RANK[a.mention.location?.precision ?? 'region'] + (a.mention.location ? 0 : 1)) - (PLACE_RANK[b.mention.location?.precision ?? 'region'] + (b.mention.location ? 0 : 1))
    || (da?.start ?? '').localeCompare(db?.start ?? '')
    || a.contentHash.localeCompare(b.contentHash)
    || mentionIndex(a) - mentionIndex(b);
}

/** Incidents as lists of reports, each list in canonical order, the lists ordered by their first report. */
export function clusterReports<R extends FusionReport>(reports: R[]): R[][] {
  const clusters: R[][] = [];
  for (const r of [...reports].sort(canonicalOrder)) {
    let best: R[] | null = null, bestScore = -Infinity;
    for (const c of clusters) {
      // Complete link: a report joins only an incident it fits with every report of, so one vague report
      // cannot chain two different events together.
      if (!c.every((x) => compatible(r, x))) continue;
      const score = c.reduce((s, x) => s + similarity(r, x), 0);
      if (score > bestScore) { best = c; bestScore = score; } // strict: on a tie the earlier incident wins
    }
    if (best) best.push(r);
    else clusters.push([r]);
  }
  return clusters;
}
