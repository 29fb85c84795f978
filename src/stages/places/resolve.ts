// Chooses one place per candidate: the countries the document talks about first, then size and feature class.
import type { PlaceSpan, Token } from '../../doc/doc.js';
import type { Gazetteer, Place } from '../../gazetteer/gazetteer.js';
import { normalizeName } from '../../gazetteer/normalize.js';
import type { Candidate } from './recognise.js';

/** Countries the document names, directly or through demonyms ("Iraqi"), with how often. */
export function documentCountries(candidates: Candidate[], tokens: Token[], g: Gazetteer): Map<string, number> {
  const votes = new Map<string, number>();
  const vote = (cc: string, w: number) => votes.set(cc, (votes.get(cc) ?? 0) + w);
  for (const c of candidates) {
    const countries = c.places.filter((p) => p.kind === 'country');
    if (countries.length === 1) vote(countries[0].cc, 2);
    else if (c.places.length === 1) vote(c.places[0].cc, 1);
  }
  for (const t of tokens) {
    const cc = g.demonyms.get(normalizeName(t.text));
    if (cc && /^[A-Z]/.test(t.text)) vote(cc, 1);
  }
  return votes;
}

export function choosePlace(c: Candidate, votes: Map<string, number>, text: string): Place {
  const after = text.slice(c.end, c.end + 25).toLowerCase();
  const wantsRegion = /^\s*(province|governorate|department|region|state|oblast|district)\b/.test(after);
  let best = c.places[0], bestScore = -Infinity;
  for (const p of c.places) {
    let score = Math.log10(p.population + 10);
    score += Math.min(votes.get(p.cc) ?? 0, 5) * 1.5;
    if (p.kind === 'country') score += 4;
    if (p.feature === 'PPLC') score += 1.5;
    if (p.feature.startsWith('PPLA')) score += 0.5;
    if (p.kind === 'admin1') score += wantsRegion ? 6 : -1.5;
    if (score > bestScore) { best = p; bestScore = score; }
  }
  return best;
}

export function toSpan(c: { start: number; end: number; text: string }, p: Place): PlaceSpan {
  const precision = p.kind === 'country' ? 'country' : p.kind === 'admin1' ? 'admin1' : p.kind === 'city' ? 'city'
    : p.feature === 'district' || p.feature === 'camp' ? 'neighbourhood' : p.feature === 'strait' || p.feature === 'region' ? 'region' : 'facility';
  return {
    start: c.start, end: c.end, text: c.text, name: p.name, lat: p.lat, lon: p.lon, country: p.cc, admin1: p.admin1,
    geonames_id: p.geonamesId, feature: p.feature, precision, radius_km: p.radiusKm, population: p.population,
  };
}
