// Grouping the reports of one connected set into incidents. The result depends only on the set, never on the
// order the reports arrived in: reports are visited in a canonical order (most precise first, then by date and
// content hash), and each joins the incident it fits best (most of whose reports, or one that names the same
// victim, it is compatible with, none ruling it out), or starts one.
import type { DatePrecision, PlacePrecision } from '../contract/mention.js';
import { compatible, hardConflict, sameVictimsToldDays, undatedKnown, unboundedNamed, sharesSurname, sharesTargetName, sharesVictim, similarity, victimsDiffer, victimNames, samePerson } from './compatible.js';
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
  const place = (r: R, depth: number): void => {
    let best: R[] | null = null, bestScore = -Infinity, rival: R | null = null;
    for (const c of clusters) {
      // A report joins an incident when it is compatible with more than half of its reports and none rules it
      // out (hardConflict: the same report, another class or country, other named victims or targets). Every
      // report (complete link) let one vague or mis-dated member shut out a later report of the same event:
      // MUC-4 pairwise F1 33.3 -> 37.9. A report compatible with no more than half cannot chain two events.
      // A person is killed once: one report that names the same victim and fits is enough, when none rules it out
      // (reports of Galan's murder that name no one, dated a day apart, kept out later reports naming him: MUC-4
      // pairwise F1 40.1 -> 45.9, false-merge rate 64.7 -> 65.7). So is a target named by words no dictionary holds
      // ("the FENASTRAS hall"), in a report that fits by the rules (a union hall bombed on the 31st, told with the day
      // of a report three days on: F1 53.3 -> 53.7, false-merge rate 59.4 -> 58.7).
      // Another mention of the same report already there rules it out, unless it fits the incident better: then
      // it takes that mention's place, and the other is placed again (a report's passing mention of the event,
      // dated wrong, had taken the place of its full account).
      const sibling = c.find((x) => x.documentKey === r.documentKey) ?? null;
      const others = peersOf(r, sibling ? c.filter((x) => x !== sibling) : c);
      if (others.length === 0 || (sibling && depth > 0)) continue;
      const fit = fitOf(r, others);
      if (!mayJoin(r, others, fit)) continue;
      if (sibling && rank(fitOf(sibling, others)) >= rank(fit)) continue;
      const score = fit.alike + fit.misfits.reduce((s, x) => s + similarity(r, x), 0);
      if (score > bestScore) { best = c; bestScore = score; rival = sibling; } // strict: on a tie the earlier incident wins
    }
    if (!best) { clusters.push([r]); return; }
    best.push(r);
    if (rival) {
      best.splice(best.indexOf(rival), 1);
      best.sort(canonicalOrder); // a report placed again may come before the incident's others
      place(rival, depth + 1);
    } else if (depth > 0) best.sort(canonicalOrder);
  };
  for (const r of [...reports].sort(canonicalOrder)) place(r, 0);
  movePlacedEarly(clusters);
  return clusters.filter((c) => c.length > 0);
}

/**
 * The reports of an incident r is weighed against. One told with no date at all (unboundedNamed) joins the incident
 * of the person it names, but vouches for no other report: through it, any later report naming that person (a
 * retrospective, or one that took the name from another act) would reach the incident whatever its day.
 */
function peersOf<R extends FusionReport>(r: FusionReport, reports: R[]): R[] {
  return unboundedNamed(r) ? reports : reports.filter((x) => !unboundedNamed(x));
}

/** At most this many passes of movePlacedEarly: each moves reports only to incidents more of whose reports they fit. */
const MOVE_PASSES = 3;

/**
 * Reports placed early (the most precise come first) start incidents before the reports of their event that come
 * later have gathered: one report at a university, and the report that joined it, stayed apart from the twenty that
 * place the same murder in the city. Once all are placed, a report moves to an incident more of whose reports it
 * fits than of its own, when it may join it by the same rule as in placing (MUC-4 pairwise F1 55.4 -> 56.1). The
 * result still depends only on the set: reports are visited in canonical order.
 */
function movePlacedEarly<R extends FusionReport>(clusters: R[][]): void {
  for (let pass = 0; pass < MOVE_PASSES; pass++) {
    let moved = false;
    const homeOf = new Map<R, R[]>(clusters.flatMap((c) => c.map((r) => [r, c] as [R, R[]])));
    for (const r of [...homeOf.keys()].sort(canonicalOrder)) {
      const home = homeOf.get(r)!;
      let best: R[] | null = null, bestFits = fitOf(r, peersOf(r, home.filter((x) => x !== r))).fits;
      for (const c of clusters) {
        if (c === home || c.length === 0 || c.some((x) => x.documentKey === r.documentKey)) continue;
        const peers = peersOf(r, c);
        if (peers.length === 0) continue;
        const fit = fitOf(r, peers);
        if (fit.fits > bestFits && mayJoin(r, peers, fit)) { best = c; bestFits = fit.fits; }
      }
      if (!best) continue;
      home.splice(home.indexOf(r), 1);
      best.push(r);
      best.sort(canonicalOrder);
      homeOf.set(r, best);
      moved = true;
    }
    if (!moved) break;
  }
}

/**
 * A report joins an incident when it is compatible with more than half of its reports and none rules it out
 * (hardConflict), or with all of them; or, none ruling it out, with one that names the same victim (Fit.sameVictim).
 * Other named victims do not rule it out when a report of the incident names victims of both (victimsBridged).
 */
function mayJoin(r: FusionReport, others: FusionReport[], fit: Fit): boolean {
  if (fit.fits === others.length) return true;
  return (2 * fit.fits > others.length || fit.sameVictim) && !others.some((x) => hardConflict(r, x) && !victimsBridged(r, x, others));
}

/**
 * Reports of one massacre name different victims: one names the rector, another four of his companions, and
 * their names differ. They are one event when another report of the incident, which r fits, names victims of
 * both, and two or more of either's (a report listing the rector and his companions). One name on each side is
 * not enough: a report recalling two murders of one day ("Galan and Colonel Quintero") would bridge two events.
 * MUC-4 pairwise F1 67.0 -> 68.5 (TP +28, FP +1).
 */
function victimsBridged(r: FusionReport, x: FusionReport, others: FusionReport[]): boolean {
  if (!victimsDiffer(r, x) || hardConflict(r, { ...x, mention: { ...x.mention, victims: [] } })) return false;
  return others.some((z) => z !== x && sharesVictim(r, z) && sharesVictim(x, z) && compatible(r, z)
    && (namesInCommon(r, z) >= 2 || namesInCommon(x, z) >= 2));
}

/** How many of a's named victims b names too. */
function namesInCommon(a: FusionReport, b: FusionReport): number {
  const names = [...victimNames(b)];
  return [...victimNames(a)].filter((u) => names.some((v) => samePerson(u, v))).length;
}

/** sameVictim: one of the compatible reports names the same person hit (also by the surname alone, "Ellacuria" for
 *  "Ignacio Ellacuria"), or the same target by its own name, or gives the same told day (or the next) and describes the victims by
 *  the same word not said of everyone ("the Jesuits"). */
interface Fit { fits: number; sameVictim: boolean; alike: number; misfits: FusionReport[] }

/** How a report fits an incident's other reports: how many it is compatible with (one naming its victim or target
 *  among them?), its similarity to those (alike), and the ones it is not compatible with. */
function fitOf(r: FusionReport, others: FusionReport[]): Fit {
  const fit: Fit = { fits: 0, sameVictim: false, alike: 0, misfits: [] };
  for (const x of others) {
    if (!compatible(r, x)) { fit.misfits.push(x); continue; }
    fit.fits++;
    fit.alike += similarity(r, x);
    // An act recalled without its day is compatible only with one that names the same victims or target.
    fit.sameVictim ||= sharesVictim(r, x) || sharesTargetName(r, x) || sameVictimsToldDays(r, x) || sharesSurname(r, x) || undatedKnown(r) || undatedKnown(x);
  }
  return fit;
}

/** Which of two mentions of one report fits an incident better: compatible with more of it, then more alike. */
const rank = (f: Fit) => f.fits * 1000 + f.alike;
