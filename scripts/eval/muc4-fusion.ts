// MUC-4 fusion clusters. Several reports in the corpus describe the same incidents (the November 1989 Jesuit
// murders appear in dozens). Rule (quoted in docs/EVAL.md): two non-optional templates of relevant documents in
// different reports are one incident when
//   - their INCIDENT: TYPE agree (first fill, the word before ":"),
//   - their INCIDENT: LOCATION agree: the levels of one appear in order among the other's (EL SALVADOR contains
//     EL SALVADOR: SAN SALVADOR (CITY); COLOMBIA: MEDELLIN (CITY) is in COLOMBIA: ANTIOQUIA: MEDELLIN), normalised,
//     or both end with one building (an airport, a university) whatever towns they put it in,
//   - their INCIDENT: DATE ranges overlap (an "on or before X" date counts as the 30 days up to X), or are at
//     most 7 days apart when they share a named target,
//   - (or, whatever their places below the country and however their dates are written, they name one person hit:
//     two words of a HUM TGT: NAME agree, and their dates are at most 7 days apart, or one key gives no date (or
//     only an "on or before" bound the other's day is within) and no two dated keys name that person on dates more
//     than 7 days apart)
//   - (or, naming no two different people, they give the same single day, places that nest, and a word of HUM TGT: DESCRIPTION in
//     common that is not said of everyone: a religious order or a trade, not peasants or women)
//   - and their targets agree: a named target (HUM TGT: NAME, PHYS TGT: ID) is shared (two words in common, or a
//     one-word name in the other; words one letter apart of five letters or more agree), or no kind of target
//     (people, or physical targets) is named by both without one in common; when either place is only a country
//     or either date only a bound, a shared one is required.
// Clusters: complete link over that relation, then two clusters join when a key of one shares a named target (or
// the same distinctive victims on the same day) with a key of the other and no two of their keys conflict (another
// person or building named, towns that do not nest, days more than two apart; an "on or before" bound is open below). A key date after its report's day
// is read a year earlier ("16 NOV 90" in a report of January 1990). Each report's templates are aligned one-to-one to its
// counted mentions (best date + location first, as in muc4-slots.ts; on a tie, the one naming the key's victim or target); the item's predicted incident is the
// incident the store put the aligned mention in.
import type { ExtractRecord, Mention } from '../../src/contract/mention.js';
import { addDays, dayNumber } from '../../src/stages/dates/calendar.js';
import { oneEditApart } from '../../src/gazetteer/normalize.js';
import { type FuseInput, fuseRecords } from './fuse-records.js';
import { type FusionItem, type PairScores, scorePairs } from './fusion-pairs.js';
import { GROUPS, type MucDoc, normaliseType, type Template } from './muc4.js';
import { mucIncidentType } from './muc4-mapping.js';
import { type Range, alternatives, goldDateRanges } from './muc4-slot-dates.js';
import { alignTemplate, slotTemplates, type SlotTemplate } from './muc4-slots.js';

type Doc = MucDoc & { published?: string | null; text?: string };
const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
const fills = (t: Template, slot: string) => (t[slot] ?? []).flatMap((f) => alternatives(f)).map((x) => x.trim().replace(/^\?\s*/, '')).filter((x) => x && x !== '-' && x !== '*');
const named = (t: Template, slot: string) => new Set(fills(t, slot).map((f) => norm(f.replace(/:.*$/, '').replace(/"/g, ''))).filter(Boolean));

export interface GoldTemplate {
  doc: string; split: string; n: string; type: string | null; dates: Range[]; openDate: boolean; place: string[] | null;
  /** The key gives no date at all ("-"), not one we cannot read ("11 NOV" without a year). */
  undated?: boolean;
  targets: Set<string>; people: Set<string>; things: Set<string>;
  /** Distinctive words of HUM TGT: DESCRIPTION ("jesuit", "reporter"), singular, generic words left out. */
  described: Set<string>;
}

export function goldTemplates(doc: Doc): GoldTemplate[] {
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  const out: GoldTemplate[] = [];
  for (const t of doc.templates) {
    const msg = (t['MESSAGE: TEMPLATE'] ?? ['*'])[0].trim();
    if (msg === '*' || /\(OPTIONAL\)/i.test(msg)) continue;
    const type = (t['INCIDENT: TYPE'] ?? []).map((f) => normaliseType(f.split('/')[0])).find((x) => x && x !== '*' && x !== '-') ?? null;
    const dateFill = fills(t, 'INCIDENT: DATE')[0];
    const ranges = dateFill ? goldDateRanges(dateFill, pubYear).ranges.map((r) => notAfterReport(r, doc.published)) : [];
    const placeFill = fills(t, 'INCIDENT: LOCATION')[0];
    out.push({
      doc: doc.id, split: doc.split, n: msg, type,
      dates: ranges.map((r) => (r.lo ? r : { lo: addDays(r.hi, -30), hi: r.hi })), openDate: ranges.some((r) => !r.lo), undated: !dateFill,
      place: placeFill ? placeFill.split(':').map(norm).filter(Boolean) : null,
      ...withTargets(named(t, 'HUM TGT: NAME'), named(t, 'PHYS TGT: ID')),
      described: describedWords(named(t, 'HUM TGT: DESCRIPTION')),
    });
  }
  return out;
}

/** A key date after the report's own day is a slip of the year ("16 NOV 90" in a report of January 1990): read
 *  it a year earlier when that puts it on or before the report's day. */
export function notAfterReport(r: Range, published: string | null | undefined): Range {
  const day = published?.slice(0, 10);
  if (!day || !r.lo || r.lo <= day) return r;
  const back = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;
  return back(r.lo) <= day ? { lo: back(r.lo), hi: back(r.hi) } : r;
}

function withTargets(people: Set<string>, things: Set<string>) {
  return { people, things, targets: new Set([...people, ...things]) };
}

// Words that describe people hit in most incidents and so tell none apart.
const GENERIC = new Set(('people person other citizen civilian injured wounded dead body month year children child minor women woman ' +
  'member individual resident peasant inhabitant passerby passenger family relative unidentified salvadoran colombian ' +
  'peruvian guatemalan bolivian honduran nicaraguan chilean ecuadorean').split(' '));

export function describedWords(descriptions: Set<string>): Set<string> {
  const words = [...descriptions].flatMap((d) => d.split(' ')).filter((w) => w.length >= 4).map((w) => w.replace(/s$/, ''));
  return new Set(words.filter((w) => !GENERIC.has(w)));
}

const oneSameDay = (a: GoldTemplate, b: GoldTemplate) =>
  a.dates.length === 1 && b.dates.length === 1 && !a.openDate && !b.openDate && a.dates[0].lo === a.dates[0].hi && a.dates[0].lo === b.dates[0].lo && b.dates[0].lo === b.dates[0].hi;

/** One person named in both: two words of the names agree (a surname alone is shared by too many people). */
const sharesPerson = (x: Set<string>, y: Set<string>) => [...x].some((u) => [...y].some((v) => twoWordsAgree(u, v)));
const shares = (x: Set<string>, y: Set<string>) => [...x].some((u) => [...y].some((v) => sameName(u, v)));

/**
 * People hit in two events of the corpus: keys of one type in one country name them on days more than a week
 * apart (a politician shot at in one year and killed the next). A key naming them without a date
 * could recall either.
 */
export function peopleHitTwice(templates: GoldTemplate[]): GoldTemplate[] {
  // A bound ("on or before 27 SEP") does not date the event: a report recalling a murder weeks later is bounded by its own day.
  const dated = templates.filter((t) => t.type && t.place && t.dates.length > 0 && !t.openDate && t.people.size > 0);
  return dated.filter((a) => dated.some((b) => a !== b && a.type === b.type && a.place![0] === b.place![0] && sharesPerson(a.people, b.people) && !datesNear(a, b)));
}

export function sameGoldIncident(a: GoldTemplate, b: GoldTemplate, hitTwice: GoldTemplate[] = []): boolean {
  if (a.doc === b.doc || !a.type || a.type !== b.type || !a.place || !b.place) return false;
  const undated = (x: GoldTemplate, y: GoldTemplate) => (x.undated || (x.openDate && boundAfter(x, y))) && y.dates.length > 0 && !hitTwice.some((t) => t.type === x.type && t.place![0] === x.place![0] && sharesPerson(t.people, x.people));
  // A person is killed or kidnapped once: two keys in one country that name the same person hit (two words of the
  // name agree) within a week describe one event even when their places do not nest (one key names the city, the
  // other the university it happened at without the city), one date is only a bound (the 30 days up to it), or
  // one key gives no date (a report weeks later recalling the murder), or only a bound the other's day is within
  // ("on or before 27 SEP" for a murder of 18 AUG), and the person was not hit twice.
  if (a.place[0] === b.place[0] && sharesPerson(a.people, b.people) && (undated(a, b) || undated(b, a) || datesNear(a, b))) return true;
  if (a.dates.length === 0 || b.dates.length === 0 || !placesNest(a.place, b.place)) return false;
  const shared = shares(a.targets, b.targets);
  // Names of one kind disagree: two people, or two buildings. A person against a building does not (the
  // FENASTRAS bombing is "union headquarters" in one key and the union leader it killed in another).
  const differ = (x: Set<string>, y: Set<string>) => x.size > 0 && y.size > 0 && !shares(x, y);
  // Keys that name no other person but describe the same distinctive victims (a religious order, "monks") on
  // the same stated day in places that nest are one event, even when one key gives only the country.
  if (oneSameDay(a, b) && !differ(a.people, b.people) && [...a.described].some((w) => b.described.has(w))) return true;
  const overlap = a.dates.some((x) => b.dates.some((y) => x.lo <= y.hi && y.lo <= x.hi));
  // Keys of one event written from different reports disagree on its day; a named target in common within a
  // week is one event all the same.
  if (!overlap && !(shared && datesNear(a, b))) return false;
  if (a.place.length === 1 || b.place.length === 1 || a.openDate || b.openDate) return shared;
  return shared || !(differ(a.people, b.people) || differ(a.things, b.things));
}

/**
 * Can the rule join this key to any other? Not when it gives no place, or no day of its own (only an "on or before"
 * bound, or no date we can read) and names no person, nor a building with at least a bound to date it. Such a key
 * is a cluster of one whatever report it recalls: 39 keys give the Jesuit murders as "on or before" their report's
 * day and "Jesuit priests". Its item is left out of the scored pairs (the gold says nothing of its incident), and
 * counted in a row of its own.
 */
export function joinable(t: GoldTemplate): boolean {
  if (!t.type || !t.place) return false;
  return (t.dates.length > 0 && !t.openDate) || t.people.size > 0 || (t.things.size > 0 && t.dates.length > 0);
}

/** x's "on or before" holds y's days: y was hit by then. A bound says no more than that. */
const boundAfter = (x: GoldTemplate, y: GoldTemplate) => y.dates.length > 0 && !y.openDate && x.dates.some((r) => y.dates.every((d) => d.hi <= r.hi));

const datesNear = (a: GoldTemplate, b: GoldTemplate) => a.dates.some((x) => b.dates.some((y) => daysApart(x, y) <= 7));

/** One location's levels all appear, in order, among the other's (a key may skip the department). */
function placesNest(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short[0] !== long[0]) return false;
  // One building named last by both is one place whatever town each puts it in (an airport "in Rionegro" or "in Medellin").
  if (a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1] && FACILITY.test(a[a.length - 1])) return true;
  let k = 0;
  for (const level of long) if (k < short.length && level === short[k]) k++;
  return k === short.length;
}

function daysApart(x: Range, y: Range): number {
  return Math.max(0, dayNumber(x.lo) - dayNumber(y.hi), dayNumber(y.lo) - dayNumber(x.hi));
}

/** Two target names agree when two of their words agree, or a one-word name agrees with a word of the other;
 *  words agree when equal or, five letters or longer, one letter apart ("GONZALEZ" / "GONZALES"). */
function sameName(x: string, y: string): boolean {
  const a = x.split(' ').filter(Boolean), b = y.split(' ').filter(Boolean);
  const matched = agreeing(a, b);
  return matched >= 2 || (matched === 1 && (a.length === 1 || b.length === 1) && Math.max(...a.map((u) => u.length)) >= 5);
}

/** Two words of three letters or more agree: one person's name however else it is written. */
function twoWordsAgree(x: string, y: string): boolean {
  const long = (s: string) => s.split(' ').filter((w) => w.length >= 3);
  return agreeing(long(x), long(y)) >= 2;
}

/** How many words of a agree with a word of b: equal or, five letters or longer, one letter apart. A word written
 *  twice counts once ("ANA MARIA MARIA ROJAS" and "MARIA ELENA PAZ" share one word, not two). */
function agreeing(a: string[], b: string[]): number {
  const agree = (u: string, v: string) => u === v || (u.length >= 5 && v.length >= 5 && oneEditApart(u, v));
  return [...new Set(a)].filter((u) => b.some((v) => agree(u, v))).length;
}

/**
 * Cluster label of every template ("doc|n"): complete link, in the order of document and template number. A
 * template joins the first cluster every member of which is the same incident as it (sameGoldIncident), else
 * starts one. Connected groups (union-find) chained distinct events: in Bogota in September 1989 the bombing of
 * El Espectador on the 2nd, a bank on the 17th and a telephone substation on the 18th became one cluster of 21
 * templates of which only 56 of 204 cross-report pairs were directly alike. Complete link alone split the Jesuit
 * murders in two: keys that describe "six Jesuits" and name nobody, and keys that name the rector at the university
 * without the city, are never alike. mergeLinked then joins such clusters.
 */
export function goldClusters(templates: GoldTemplate[]): Map<string, string> {
  const id = (t: GoldTemplate) => `${t.doc}|${t.n}`;
  const twice = peopleHitTwice(templates);
  const ordered = [...templates].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.n.localeCompare(b.n, 'en', { numeric: true })));
  const clusters: GoldTemplate[][] = [];
  const label = new Map<string, string>();
  for (const t of ordered) {
    const home = clusters.find((c) => c.every((m) => sameGoldIncident(m, t, twice)));
    if (home) home.push(t); else clusters.push([t]);
  }
  mergeLinked(clusters, twice);
  for (const c of clusters) for (const t of c) label.set(id(t), id(c[0]));
  return label;
}

// A location level naming a building, not a town: a key may give "EL SALVADOR: CENTRAL AMERICAN UNIVERSITY" where
// another gives the city, and the two do not disagree.
const FACILITY = /\b(university|uca|embassy|headquarters|residence|barracks|base|church|hotel|airport|prison|school|hospital)\b/;

/** Keys that cannot be one event: one report, another type or country, single days more than two days apart, two
 *  people or two buildings named with none in common, or two towns that do not nest. */
function goldConflict(a: GoldTemplate, b: GoldTemplate): boolean {
  if (a.doc === b.doc || a.type !== b.type || !a.place || !b.place || a.place[0] !== b.place[0]) return true;
  // "on or before X" is open below: only a day after X conflicts with it.
  const open = (t: GoldTemplate, r: Range) => (t.openDate ? { lo: '0000-01-01', hi: r.hi } : r);
  if (a.dates.length && b.dates.length && !a.dates.some((x) => b.dates.some((y) => daysApart(open(a, x), open(b, y)) <= 2))) return true;
  const differ = (x: Set<string>, y: Set<string>) => x.size > 0 && y.size > 0 && !shares(x, y);
  if (differ(a.people, b.people) || differ(a.things, b.things)) return true;
  const towns = (p: string[]) => p.filter((l) => !FACILITY.test(l));
  const pa = towns(a.place), pb = towns(b.place);
  return pa.length > 1 && pb.length > 1 && !placesNest(pa, pb);
}

/** Two keys alike (sameGoldIncident) for a reason of their own, not only because nothing disagrees: a shared
 *  named target, or the same distinctive victims on the same single day. */
const goldLink = (a: GoldTemplate, b: GoldTemplate, twice: GoldTemplate[]) => sameGoldIncident(a, b, twice) &&
  (shares(a.targets, b.targets) || (oneSameDay(a, b) && [...a.described].some((w) => b.described.has(w))));

/** Joins two clusters when a key of one is linked to a key of the other and no two of their keys conflict, until
 *  none can join (in cluster order, so the result is fixed). */
function mergeLinked(clusters: GoldTemplate[][], twice: GoldTemplate[]): void {
  for (let merged = true; merged;) {
    merged = false;
    outer: for (let i = 0; i < clusters.length; i++) for (let j = i + 1; j < clusters.length; j++) {
      const a = clusters[i], b = clusters[j];
      if (!a.some((x) => b.some((y) => goldLink(x, y, twice)))) continue;
      if (a.some((x) => b.some((y) => goldConflict(x, y)))) continue;
      a.push(...b); clusters.splice(j, 1); merged = true; break outer;
    }
  }
}

/** One report's templates and counted mentions paired one-to-one, best-scoring pairs first. */
export function alignOneToOne(templates: SlotTemplate[], mentions: Mention[], namedOf: (t: SlotTemplate) => Set<string> = () => new Set()): Map<SlotTemplate, Mention> {
  const pairs: { t: SlotTemplate; m: Mention; score: number; order: number }[] = [];
  templates.forEach((t, ti) => mentions.forEach((m, mi) => {
    const type = mucIncidentType(m);
    if (!type || !t.types.includes(type)) return;
    const v = alignTemplate(t, [m]);
    if (!v.mention) return;
    // Between mentions equal on date and place, the one naming the key's victim or target (two words agree).
    const hit = [...m.victims.filter((x) => x.type === 'person' && x.name).map((x) => x.name!), ...m.targets.map((x) => x.text)].map(norm);
    const named = [...namedOf(t)].some((p) => hit.some((n) => twoWordsAgree(p, n)));
    const score = Number(!!v.date) + Number(!!v.location?.strict) + 0.1 * Number(!!v.location?.anyLevel) + 0.01 * Number(!!v.location?.country) + 0.001 * Number(named);
    pairs.push({ t, m, score, order: ti * 1000 + mi });
  }));
  pairs.sort((a, b) => b.score - a.score || a.order - b.order);
  const out = new Map<SlotTemplate, Mention>(), used = new Set<Mention>();
  for (const p of pairs) if (!out.has(p.t) && !used.has(p.m)) { out.set(p.t, p.m); used.add(p.m); }
  return out;
}

export type Muc4FusionItem = FusionItem & { split: string; mention: Mention; template: string; joinable: boolean };
export interface Muc4FusionResult { groups: { name: string; scores: PairScores }[]; multiReportClusters: number; items: Muc4FusionItem[] }

export async function scoreMuc4Fusion(docs: Doc[], records: ExtractRecord[]): Promise<Muc4FusionResult> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const inputs: FuseInput[] = docs.flatMap((d) => {
    const record = byId.get(d.id);
    return record ? [{ record, text: d.text ?? d.id, published: d.published ?? null }] : [];
  });
  const incidentOf = await fuseRecords(inputs);
  const templates = docs.flatMap(goldTemplates);
  const cluster = goldClusters(templates);
  const byKey = new Map(templates.map((t) => [`${t.doc}|${t.n}`, t]));
  const items: Muc4FusionItem[] = [];
  for (const d of docs) {
    const aligned = alignOneToOne(slotTemplates(d), byId.get(d.id)?.incidents ?? [], (t) => byKey.get(`${d.id}|${t.n}`)?.targets ?? new Set());
    for (const [t, m] of aligned) {
      const key = `${d.id}|${t.n}`, gold = byKey.get(key);
      items.push({
        doc: d.id, split: d.split, gold: cluster.get(key) ?? key,
        predicted: incidentOf.get(`${d.id}\u0000${m.id}`) ?? null, mention: m, template: t.n,
        joinable: !!gold && joinable(gold),
      });
    }
  }
  const scored = items.filter((i) => i.joinable);
  const docsOf = new Map<string, Set<string>>();
  for (const t of templates) { const c = cluster.get(`${t.doc}|${t.n}`)!; docsOf.set(c, (docsOf.get(c) ?? new Set()).add(t.doc)); }
  return {
    groups: [
      ...GROUPS.map((g) => ({ name: g.name, scores: scorePairs(scored.filter((i) => g.splits === null || g.splits.includes(i.split))) })),
      // What no fusion at all scores: the floor B-cubed starts from, most gold clusters holding one item.
      { name: 'all, each item alone (no fusion)', scores: scorePairs(scored.map((i) => ({ ...i, predicted: null }))) },
      // As scored up to session 14: the keys the rule cannot join counted as incidents of their own.
      { name: 'all, with the keys the rule cannot join (each its own cluster)', scores: scorePairs(items) },
    ],
    multiReportClusters: [...docsOf.values()].filter((s) => s.size > 1).length,
    items,
  };
}
