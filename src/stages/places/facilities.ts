// Facility layer: embassies, airports, bases, districts. Generic aliases ("the US embassy") count only
// when the document also names the facility's city, and not when another town is written before them
// ("the MONTERIA AIRPORT" is not Bogota's because the report names Bogota elsewhere).
import type { PlaceSpan, Token } from '../../doc/doc.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { normalizeName } from '../../gazetteer/normalize.js';
import { toSpan } from './resolve.js';

export function findFacilities(text: string, tokens: Token[], g: Gazetteer, cities: Set<string>): PlaceSpan[] {
  const inDocCity = (v: { facility: { city?: string | null }; contextual: boolean }) =>
    !v.contextual || (!!v.facility.city && cities.has(normalizeName(v.facility.city)));
  return g.facilityIndex.match(text, tokens, inDocCity)
    .filter((m) => !m.value.contextual || !otherTownBefore(text, m.start, m.value.facility.city ?? null, cities))
    .map((m) => toSpan(m, m.value.facility));
}

function otherTownBefore(text: string, start: number, city: string | null, cities: Set<string>): boolean {
  const before = normalizeName(text.slice(Math.max(0, start - 40), start).split(/[,.;:()\n]/).pop() ?? '');
  const own = city ? normalizeName(city) : null;
  for (const c of cities) if (c !== own && (before === c || before.endsWith(' ' + c))) return true;
  return false;
}
