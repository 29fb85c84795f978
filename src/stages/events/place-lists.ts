// "Attacks on polling stations were reported in Chalatenango, San Antonio and Carolina": one sentence, one incident
// per place, as incident datasets count them (an event has one location). Each place in a list joined by commas and
// "and" becomes its own incident, with the rest of what the sentence says.
import type { Mention } from '../../contract/mention.js';
import type { PlaceSpan } from '../../doc/doc.js';
import { toLocation } from './locate.js';

// Between two places of a list: a comma, "and", "or", "y", "and in", and a count ("three in A, two in B").
const SEPARATOR = /^\s*(,\s*|,?\s*\b(and|or|y|as well as)\s+(in\s+|at\s+)?|,?\s*(and\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|others?)\s+(more\s+)?(in|at)\s+)$/i;
const CONJUNCTION = /\b(and|or|y|as well as)\b/i;
// "between Lima and Callao", "from Cali to Buga": a route, one incident.
const ROUTE = /\b(between|from|road|highway|route|linking|links|connecting|connects)\s+(the\s+)?$/i;
// Levels a list of incident places is made of; countries and facilities are other matters.
const LISTABLE = new Set(['neighbourhood', 'city', 'admin2', 'admin1']);
const MAX_MEMBERS = 8;

/** The places listed with p, p included, in order; null when p is in no list. */
export function placeList(text: string, places: PlaceSpan[], p: PlaceSpan): PlaceSpan[] | null {
  const all = places.filter((q) => LISTABLE.has(q.precision)).sort((a, b) => a.start - b.start);
  // "IN EL BORDO, SOUTHERN CAUCA DEPARTMENT, THREE IN CALDAS": a province after a place of its own says where
  // that place is; the list goes on after it.
  const endOf = new Map<PlaceSpan, number>();
  const ordered = all.filter((q, i) => {
    const prev = all[i - 1];
    if (!prev || !qualifies(text, prev, q)) return true;
    endOf.set(prev, q.end);
    return false;
  });
  const k = ordered.findIndex((q) => q.start === p.start && q.end === p.end);
  if (k < 0) return null;
  const joined = (a: PlaceSpan, b: PlaceSpan) => a.country === b.country && SEPARATOR.test(text.slice(endOf.get(a) ?? a.end, b.start));
  let s = k, e = k;
  while (s > 0 && joined(ordered[s - 1], ordered[s])) s--;
  while (e + 1 < ordered.length && joined(ordered[e], ordered[e + 1])) e++;
  const members = ordered.slice(s, e + 1);
  if (members.length < 2 || members.length > MAX_MEMBERS) return null;
  if (!members.slice(1).some((m, i) => CONJUNCTION.test(text.slice(members[i].end, m.start)))) return null;
  if (ROUTE.test(text.slice(Math.max(0, members[0].start - 30), members[0].start))) return null;
  // One place named twice is one place.
  if (new Set(members.map((m) => m.name)).size < members.length) return null;
  return members;
}

const QUALIFIER_GAP = /^,\s*((north|south|east|west|central)(ern)?\s+|(north|south)(east|west)(ern)?\s+)?$/i;

/** "EL BORDO, SOUTHERN CAUCA DEPARTMENT": the province the place before it lies in. */
function qualifies(text: string, place: PlaceSpan, province: PlaceSpan): boolean {
  return province.precision === 'admin1' && place.precision !== 'admin1' && place.country === province.country
    && !!place.admin1 && place.admin1 === province.admin1 && QUALIFIER_GAP.test(text.slice(place.end, province.start));
}

/** The incident, and one copy of it for every other place listed with the place the sentence states. */
export function splitByPlaceList(m: Mention, text: string, places: PlaceSpan[]): Mention[] {
  const loc = m.location;
  if (!loc || loc.basis !== 'stated') return [m];
  const chosen = places.find((p) => p.start === loc.start && p.end === loc.end);
  const members = chosen ? placeList(text, places, chosen) : null;
  if (!members) return [m];
  return [m, ...members.filter((p) => p !== chosen).map((p) => ({ ...structuredClone(m), location: toLocation(p, text, 'stated') }))];
}
