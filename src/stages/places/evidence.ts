// What the document says about where it is: its dateline, the countries it names (directly or by demonym),
// and "Town, State" pairs that settle which town is meant.
import type { Token } from '../../doc/doc.js';
import type { Gazetteer, Place } from '../../gazetteer/gazetteer.js';
import type { Candidate } from './recognise.js';
import { keyOf } from './tokens.js';

export interface Evidence {
  /** country code → weight of the mentions that point to it */
  votes: Map<string, number>;
  /** the dateline's country: wire copy is nearly always about it */
  dateline: string | null;
  /** "CC|admin1" → mentions of places in that province (second pass) */
  admin1: Map<string, number>;
  /** places already settled, for nearness (second pass) */
  anchors: { place: Place; candidate: Candidate }[];
}

/** "SAN SALVADOR, 3 JAN 90 --", "BAGHDAD (Reuters) -", "KABUL, Afghanistan —": a place opening a line near the top. */
export function findDateline(text: string, candidates: Candidate[]): Candidate | null {
  const c = candidates[0];
  if (!c || c.start > 300) return null;
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  if (!/^[\s"“]*$/.test(text.slice(lineStart, c.start))) return null;
  return /^\s*(,|\(|--|—|–|-\s)/.test(text.slice(c.end, c.end + 4)) ? c : null;
}

/** The reading of a dateline: the most prominent place of that name (the capital, the largest city). */
export function datelinePlace(c: Candidate): Place {
  const rank = (p: Place) => Math.log10(p.population + 10) + (p.feature === 'PPLC' ? 2 : 0) + (p.kind === 'country' ? 3 : p.kind === 'city' ? 0 : -2);
  return c.places.reduce((a, b) => (rank(b) > rank(a) ? b : a));
}

export function documentEvidence(candidates: Candidate[], tokens: Token[], g: Gazetteer, dateline: Place | null): Evidence {
  const votes = new Map<string, number>();
  const vote = (cc: string, w: number) => { if (cc) votes.set(cc, (votes.get(cc) ?? 0) + w); };
  for (const c of candidates) {
    const countries = c.places.filter((p) => p.kind === 'country');
    if (countries.length === 1) vote(countries[0].cc, 2);
    else if (ownVote(c)) vote(c.places[0].cc, 1);
    else { const top = dominant(c); if (top) vote(top.cc, 1); }
  }
  for (const t of tokens) {
    // /^[A-Z]/ as a character test: a regex literal here was a new RegExp object at every token.
    const c0 = t.text.charCodeAt(0);
    if (c0 < 65 || c0 > 90) continue;
    const cc = g.demonyms.get(keyOf(t.text));
    if (cc) vote(cc, 1);
  }
  if (dateline) vote(dateline.cc, 3);
  return { votes, dateline: dateline?.cc ?? null, admin1: new Map(), anchors: [] };
}

const byOwnName = (p: Place, c: Candidate) => p.kind !== 'city' || keyOf(p.name) === keyOf(c.text);
/** A name all of whose readings lie in one country speaks for that country. */
const ownVote = (c: Candidate) => c.places.some((p) => p.kind !== 'country') && new Set(c.places.map((p) => p.cc)).size === 1 && c.places.some((p) => byOwnName(p, c));

/**
 * "Colonia" is Cologne only in Spanish, "Saul" Seoul only in Portuguese: a town reached through another
 * language's name needs its country in the document, unless it is a city whose English name that is (Cologne).
 */
export function dropForeignNames(candidates: Candidate[], ev: Evidence, allCaps: boolean): Candidate[] {
  let total = 0;
  for (const v of ev.votes.values()) total += v;
  for (const c of candidates) {
    // The readers below are module functions, not closures made per candidate (a named closure costs a
    // defineProperty under tsx), and the own vote is counted once per candidate, not once per reading.
    const own = ownVote(c) ? 1 : 0;
    c.places = c.places.filter((p) => (byOwnName(p, c) || foreignOk(p, ev, own, total, allCaps)) && provinceOk(p, c, ev, own, allCaps));
  }
  return candidates.filter((c) => c.places.length > 0);
}

const votesFor = (p: Place, ev: Evidence, own: number) => (ev.votes.get(p.cc) ?? 0) - own;
/** Another language's name for a small town counts only in a report mostly about its country. */
function foreignOk(p: Place, ev: Evidence, own: number, total: number, allCaps: boolean): boolean {
  return p.population >= 100_000 ? votesFor(p, ev, own) > 0 || (!allCaps && p.population >= 300_000) : votesFor(p, ev, own) > 0 && votesFor(p, ev, own) * 3 >= total;
}
/**
 * In wire copy a province of a country the report never names is a surname more often ("GUERRERO"), unless
 * it is written with its kind ("SAN SALVADOR DEPARTMENT").
 * Written bare in capitals, even under its own name ("VARGAS", "GUERRERO") it is a surname there.
 */
function province(p: Place, c: Candidate): boolean {
  return (p.kind === 'admin1' || p.kind === 'admin2') && (keyOf(p.name) !== keyOf(c.text) || !KIND_WRITTEN.test(c.text));
}
function provinceOk(p: Place, c: Candidate, ev: Evidence, own: number, allCaps: boolean): boolean {
  return !(compass(p) || (allCaps && province(p, c))) || votesFor(p, ev, own) > 0;
}

const KIND_WRITTEN = /\b(department|departamento|province|provincia|state|estado|region|intendancy|commissary|district)\b/i;

/** "Eastern Region", "North Province": a province named by a compass point, which only its country's news means. */
const compass = (p: Place) => (p.kind === 'admin1' || p.kind === 'admin2')
  && /^(north|south|east|west|central|upper|lower)(ern)?\s+(region|province|district|state|department|governorate|zone|division|area)$/i.test(p.name);

/** "Scotland" is also a hamlet in the US: a reading a hundred times larger than the rest speaks for its country. */
function dominant(c: Candidate): Place | null {
  const own = c.places.filter((p) => byOwnName(p, c)).sort((a, b) => b.population - a.population);
  return own.length > 1 && own[0].population >= 100 * Math.max(1, own[1].population) ? own[0] : null;
}

const inside = (town: Place, area: Place) =>
  town.cc === area.cc && town !== area && (area.kind === 'country' || (area.kind === 'admin1' && town.admin1 === area.admin1 && town.kind !== 'admin1'));

/**
 * "Kent, Wash.", "Paris, Texas", "San José, Costa Rica": a town followed by its province or country keeps only
 * the readings inside it, and the province only the readings that contain the town ("Atlanta, Georgia" is no country).
 */
export function applyQualifiers(text: string, candidates: Candidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const town = candidates[k], area = candidates[k + 1], next = candidates[k + 2];
    if (!/^,\s?$/.test(text.slice(town.end, area.start))) continue;
    // "stops in Washington, New York and Boston" is a list of towns, not Washington in New York State.
    const listed = next !== undefined && /^\s*,?\s*(and|or)\s*$/.test(text.slice(area.end, next.start));
    if (listed && area.places.some((a) => a.kind === 'city')) continue;
    const towns = town.places.filter((t) => byOwnName(t, town) && area.places.some((a) => inside(t, a)));
    if (towns.length === 0) continue;
    area.places = area.places.filter((a) => towns.some((t) => inside(t, a)));
    town.places = towns;
  }
}
