// Facility layer: embassies, airports, bases, districts. Generic aliases ("the US embassy") count only
// when the document also names the facility's city.
import type { PlaceSpan, Token } from '../../doc/doc.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { normalizeName } from '../../gazetteer/normalize.js';
import { toSpan } from './resolve.js';

export function findFacilities(text: string, tokens: Token[], g: Gazetteer, cities: Set<string>): PlaceSpan[] {
  const inDocCity = (v: { facility: { city?: string | null }; contextual: boolean }) =>
    !v.contextual || (!!v.facility.city && cities.has(normalizeName(v.facility.city)));
  return g.facilityIndex.match(text, tokens, inDocCity).map((m) => toSpan(m, m.value.facility));
}
