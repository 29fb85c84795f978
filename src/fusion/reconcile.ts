// One incident's values from all its reports. Every reported figure is kept with its source; the chosen one
// says which rule chose it. Fields other than the figures take the most precise value the reports agree on.
import type { Count, DatePrecision, MentionDate, MentionLocation, Status } from '../contract/mention.js';
import { eventTypeOf } from '../stages/events/taxonomy.js';
import { canonicalOrder, DATE_RANK, PLACE_RANK } from './cluster.js';
import { spanDays } from './compatible.js';
import type { FusionReport } from './report.js';
import { independentOrigins, primaryOrigin } from './sources.js';

/** "highest": the highest figure an independent source gave; "lowest": the conservative choice ACLED makes. */
export type FigureRule = 'highest' | 'lowest';
export const FIGURE_RULES: readonly FigureRule[] = ['highest', 'lowest'];
export const DEFAULT_FIGURE_RULE: FigureRule = 'highest';

export type Figure = 'fatalities' | 'injuries' | 'casualties';
export const FIGURES: readonly Figure[] = ['fatalities', 'injuries', 'casualties'];

/** One source's figure: the latest it gave when it gave several. */
export interface ReportedFigure { origin: string; mention: string; published: string | null; count: Count }
export interface ChosenFigure { count: Count | null; rule: FigureRule; origin: string | null; mention: string | null }

export interface FusedIncident {
  event_type: string;
  sub_event_type: string;
  status: Status;
  background: boolean;
  date: { start: string | null; end: string | null; precision: DatePrecision } | null;
  location: MentionLocation | null;
  fatalities: Count | null;
  injuries: Count | null;
  casualties: Count | null;
  /** Per figure: what each independent source reported, and the one chosen with the rule that chose it. */
  figures: Record<Figure, { reported: ReportedFigure[]; chosen: ChosenFigure }>;
  /** Distinct independent sources ("Al Arabiya citing AFP" is AFP; a republished wire story is its original). */
  independent_sources: string[];
  first_reported: string | null;
  last_updated: string | null;
  confidence: number;
  /** The report whose values lead (most precise); its mention key. */
  leadMentionKey: number;
}

const STATUS_RANK: Status[] = ['occurred', 'attempted', 'claimed', 'denied', 'planned', 'threatened', 'hypothetical'];

export function reconcile(reports: FusionReport[], rule: FigureRule = DEFAULT_FIGURE_RULE): FusedIncident {
  if (reports.length === 0) throw new Error('fusion: expected at least one report to reconcile, got none');
  const ordered = [...reports].sort(canonicalOrder);
  const lead = ordered[0];
  const sub = majority(ordered.map((r) => r.mention.sub_event_type));
  const figures = Object.fromEntries(FIGURES.map((f) => [f, chooseFigure(ordered, f, rule)])) as FusedIncident['figures'];
  const published = ordered.map((r) => r.published).filter((p): p is string => !!p).sort();
  const sources = independentOrigins(ordered);
  return {
    event_type: eventTypeOf(sub),
    sub_event_type: sub,
    // One report that it happened outweighs another that it was only threatened or planned.
    status: STATUS_RANK.find((s) => ordered.some((r) => r.mention.status === s)) ?? lead.mention.status,
    // Background only when no report tells it as news.
    background: ordered.every((r) => r.mention.background),
    date: bestDate(ordered.map((r) => r.mention.date)),
    location: bestLocation(ordered.map((r) => r.mention.location)),
    fatalities: figures.fatalities.chosen.count,
    injuries: figures.injuries.chosen.count,
    casualties: figures.casualties.chosen.count,
    figures,
    independent_sources: sources,
    first_reported: published[0] ?? null,
    last_updated: published[published.length - 1] ?? null,
    confidence: confidenceOf(ordered),
    leadMentionKey: lead.mentionKey,
  };
}

/** More independent sources, more trust: 1 - prod(1 - c) over the most confident report of each source. */
function confidenceOf(reports: FusionReport[]): number {
  const best = new Map<string, number>();
  for (const r of reports) {
    const o = primaryOrigin(r);
    best.set(o, Math.max(best.get(o) ?? 0, r.mention.confidence));
  }
  return round(1 - [...best.values()].reduce((p, c) => p * (1 - c), 1));
}

function chooseFigure(reports: FusionReport[], figure: Figure, rule: FigureRule): { reported: ReportedFigure[]; chosen: ChosenFigure } {
  // The latest figure of each source stands for it: a source that raised its toll replaced its earlier one.
  const bySource = new Map<string, ReportedFigure>();
  for (const r of reports) {
    const count = r.mention[figure];
    if (!count) continue;
    const origin = primaryOrigin(r);
    const f: ReportedFigure = { origin, mention: r.mention.id, published: r.published, count };
    const prev = bySource.get(origin);
    if (!prev || (f.published ?? '') > (prev.published ?? '') || ((f.published ?? '') === (prev.published ?? '') && value(f.count) > value(prev.count))) bySource.set(origin, f);
  }
  const reported = [...bySource.values()].sort((a, b) => a.origin.localeCompare(b.origin));
  if (reported.length === 0) return { reported, chosen: { count: null, rule, origin: null, mention: null } };
  const pick = reported.reduce((best, f) => {
    const d = value(f.count) - value(best.count);
    return (rule === 'highest' ? d > 0 : d < 0) ? f : best;
  });
  return { reported, chosen: { count: pick.count, rule, origin: pick.origin, mention: pick.mention } };
}

/** A figure's value for comparing: its best number, else its lower bound ("several" is at least 2). */
function value(c: Count): number {
  return c.best ?? c.low;
}

/** The most frequent value; ties go to the one seen first (reports are in canonical order). */
function majority(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  let best = values[0];
  for (const v of values) if ((n.get(v) ?? 0) > (n.get(best) ?? 0)) best = v;
  return best;
}

function bestDate(dates: (MentionDate | null)[]): FusedIncident['date'] {
  const known = dates.filter((d): d is MentionDate => !!d?.start);
  if (known.length === 0) return null;
  const rank = Math.min(...known.map((d) => DATE_RANK[d.precision]));
  // Among the most precise, a stated date outranks one inferred from the publication day.
  const ranked = known.filter((d) => DATE_RANK[d.precision] === rank);
  // Of those, the narrowest: "Sunday" over "a week before Sunday's abduction, give or take a day".
  const narrowest = Math.min(...ranked.map(spanDays));
  const precise = ranked.filter((d) => spanDays(d) === narrowest);
  const stated = precise.filter((d) => d.basis !== 'publication');
  const pool = stated.length > 0 ? stated : precise;
  const key = majority(pool.map((d) => `${d.start}|${d.end ?? d.start}`));
  const d = pool.find((x) => `${x.start}|${x.end ?? x.start}` === key)!;
  return { start: d.start, end: d.end ?? d.start, precision: d.precision };
}

function bestLocation(places: (MentionLocation | null)[]): MentionLocation | null {
  const known = places.filter((p): p is MentionLocation => !!p);
  if (known.length === 0) return null;
  const rank = Math.min(...known.map((p) => PLACE_RANK[p.precision]));
  const precise = known.filter((p) => PLACE_RANK[p.precision] === rank);
  const stated = precise.filter((p) => p.basis !== 'context');
  const pool = stated.length > 0 ? stated : precise;
  const key = majority(pool.map((p) => `${p.name}|${p.country}`));
  return pool.find((p) => `${p.name}|${p.country}` === key)!;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
