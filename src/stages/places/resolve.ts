// Chooses one place per candidate. Two passes: the first reads the countries the document names and its
// dateline; the second adds what the first settled (the provinces the other places lie in, their nearness).
// Size alone would send every "Springfield" or "San Rafael" to the United States, which has the most towns.
import type { PlaceSpan } from '../../doc/doc.js';
import type { Place } from '../../gazetteer/gazetteer.js';
import { distanceKm } from '../../gazetteer/centre.js';
import type { Evidence } from './evidence.js';
import type { Candidate } from './recognise.js';
import { keyOf } from './tokens.js';

const REGION_WORD = /^\s*(province|governorate|department|region|state|oblast|district|county|prefecture|municipality|departamento|intendancy|commissary)\b/i;

/**
 * Share of the document's country evidence that points to cc, from 0 to 1, damped when there is little of it:
 * one mention of Washington does not make every Rome American.
 */
function share(ev: Evidence, ccs: string[]): number {
  // A continent or an ocean fits whatever country the report is about.
  if (ccs.length === 0) return 0.6;
  let total = 0;
  for (const v of ev.votes.values()) total += v;
  if (total === 0) return 0;
  return (Math.max(0, ...ccs.map((cc) => ev.votes.get(cc) ?? 0)) / total) * (total / (total + 2));
}

export function score(p: Place, c: Candidate, ev: Evidence, text: string): number {
  const wantsRegion = REGION_WORD.test(text.slice(c.end, c.end + 25));
  const ccs = p.countries ?? [p.cc];
  // "New York" for New York City, "Panama" for Panama City: the name without its "City" is still its own name.
  const byOwnName = p.kind !== 'city' || keyOf(p.name) === keyOf(c.text) || keyOf(p.name) === `${keyOf(c.text)} city`;
  // Regions come from our own short list: a match there is meant, so they weigh as a large area does.
  let s = p.kind === 'region' ? 7 : Math.log10(p.population + 10);
  s += 5 * share(ev, ccs) + (ev.dateline !== null && ccs.includes(ev.dateline) ? 3 : 0);
  if (p.kind === 'country') s += 4;
  if (!byOwnName && p.population < 10 * ownNamePopulation(c)) s -= ownNameCapital(c) ? 6 : 2.5;
  if (p.population >= 1_000_000 && p.kind === 'city') s += 1;
  if (p.kind === 'admin1') s += wantsRegion ? 6 : -0.5;
  if (p.kind === 'admin2') s += wantsRegion ? 4 : -1;
  // A national capital is what its name means in the news, even in a report from a country with a village of that name.
  if (p.feature === 'PPLC') s += byOwnName && p.population >= 300_000 ? 3.5 : 1.5;
  else if (p.feature === 'PPLA') s += 0.5;
  // A country's name means the country ("Guatemala", "Mexico") whatever towns share it nearby; nor do the
  // neighbours of a town reached through another of its names count for it ("Rome" beside Washington).
  if (ev.anchors.length > 0 && byOwnName && (p.kind === 'country' || !c.places.some((q) => q.kind === 'country'))) s += secondPass(p, ev);
  return s;
}

/** Provinces the document's other places lie in, and nearness to them. */
function secondPass(p: Place, ev: Evidence): number {
  let s = 0;
  const inProvince = ev.admin1.get(provinceKey(p)) ?? 0;
  if (inProvince > 0) s += 1.5;
  if (p.kind === 'city' || p.kind === 'admin2') {
    let nearest = Infinity;
    for (const a of ev.anchors) if (a.place.kind !== 'country' && a.place.kind !== 'region') nearest = Math.min(nearest, distanceKm(p, a.place));
    if (nearest < 150) s += 1;
    else if (nearest < 500) s += 0.5;
  }
  return s;
}

/**
 * A town reached through another of its names ("Rome" for Washington) is rarely the one meant, unless it
 * dwarfs the towns that bear the name as their own ("Gothenburg" is Göteborg, not the village in Nebraska).
 */
function ownNamePopulation(c: Candidate): number {
  const key = keyOf(c.text);
  return Math.max(0, ...c.places.filter((p) => p.kind === 'city' && keyOf(p.name) === key).map((p) => p.population));
}

/** "San Salvador" is the Salvadoran capital before it is another name of a Galician parish. */
function ownNameCapital(c: Candidate): boolean {
  const key = keyOf(c.text);
  return c.places.some((p) => p.kind === 'city' && p.feature === 'PPLC' && keyOf(p.name) === key);
}

export function choosePlace(c: Candidate, ev: Evidence, text: string): Place {
  let best = c.places[0], bestScore = -Infinity;
  for (const p of c.places) {
    const s = score(p, c, ev, text);
    if (s > bestScore) { best = p; bestScore = s; }
  }
  return best;
}

/** Resolves every candidate twice: the second pass knows where the first put the others. */
export function resolveAll(candidates: Candidate[], ev: Evidence, text: string): Place[] {
  const first = candidates.map((c) => choosePlace(c, ev, text));
  // One anchor per distinct name and place: repeated mentions add nothing to nearness.
  const seen = new Set<string>();
  const anchors = first.map((place, k) => ({ place, candidate: candidates[k] }))
    .filter((a) => a.place.kind !== 'country' && a.place.kind !== 'region' && !seen.has(a.candidate.text + '|' + a.place.id) && seen.add(a.candidate.text + '|' + a.place.id));
  return candidates.map((c, k) => {
    if (c.places.length === 1) return first[k];
    // Only other names count: five mentions of one "Springfield" do not confirm each other.
    const others = anchors.filter((a) => a.candidate.text !== c.text);
    const admin1 = new Map<string, number>();
    for (const a of others) admin1.set(provinceKey(a.place), (admin1.get(provinceKey(a.place)) ?? 0) + 1);
    return others.length === 0 ? first[k] : choosePlace(c, { ...ev, admin1, anchors: others }, text);
  });
}

const provinceKey = (p: Place) => `${p.cc}|${p.kind === 'admin1' ? p.name : p.admin1}`;

export function toSpan(c: { start: number; end: number; text: string }, p: Place): PlaceSpan {
  const precision = p.kind === 'country' ? 'country' : p.kind === 'admin1' ? 'admin1' : p.kind === 'admin2' ? 'admin2' : p.kind === 'city' ? 'city'
    : p.kind === 'region' ? 'region' : p.feature === 'district' || p.feature === 'camp' ? 'neighbourhood'
    : p.feature === 'strait' || p.feature === 'region' ? 'region' : 'facility';
  return {
    start: c.start, end: c.end, text: c.text, name: p.name, lat: p.lat, lon: p.lon, country: p.cc, admin1: p.admin1,
    geonames_id: p.geonamesId, feature: p.feature, precision, radius_km: p.radiusKm, population: p.population,
  };
}
