// The incident's place: the place the incident happened, not every place the sentence mentions.
import type { MentionLocation } from '../../contract/mention.js';
import type { ActorSpan, PlaceSpan, Span } from '../../doc/doc.js';
import { datelineReferences, inDatelineHeader, isDateline } from './dateline.js';
import { inPersonName } from './person-named-place.js';

export const RANK: Record<string, number> = { facility: 6, neighbourhood: 5, city: 4, admin2: 3, admin1: 2, country: 1, region: 1 };
const GOVERNING = /\b(in|near|at|outside|inside|on|into|within|around|across|from|of|to|towards?|hit|hitting|struck|striking|targeted|targeting|attacked|stormed|shelled|bombed|raided)\s+(the\s+)?([\w'’]+\s+){0,2}["“‘']?$/i;
// "Iran-backed", "US-Israeli", "Tehran-aligned": a place used as an adjective describes an actor.
const ADJECTIVAL = /^-(backed|aligned|led|based|allied|linked|affiliated|funded|supported|sponsored|made|israeli|american|iranian)/i;
const REPORTING_FROM = /\b(reporting|speaking|writing) from\s+$/i;
// "the Cauca River", "Magdalena river": a river named after a province is not the province.
const WATER_AFTER = /^\s+(river|rio|stream|lake|lagoon)\b/i;
// "Sarmiento and San Martin streets", "Bolivar Avenue": a street named after a town or a hero is no town.
const STREET_AFTER = /^\s+((and|y)\s+[\w ]{2,30}?\s+)?(streets?|avenues?|boulevard|highway)\b/i;
// "15 km north of Lima", "40 km from the capital", "west of Bogota": the place named is where distances are
// measured from; the incident is elsewhere, at the place the sentence names first.
const REFERENCE_POINT = /(\b\d+(\.\d+)?\s*(km|kms|kilometers?|kilometres?|miles?|mi|meters?|metres?)\s+(to\s+the\s+)?((north|south)?[ -]?(east|west)?(ern)?\s+)?(of|from)|\b(north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(the\s+)?$/i;
// "reports received in Bogota", "announced today in Lima": where the news was given out, not where it happened.
const ANNOUNCED_IN = /\b(reported|received|announced|said|stated|declared|disclosed|confirmed|released|published|broadcast|told reporters|denounced|charged)\s+(here\s+|today\s+|yesterday\s+|this \w+\s+)?(in|from)\s+(the\s+)?$/i;
// "mayor of Puerto Lopez", "the president of Colombia": a place in a title describes the person, not the incident.
const TITLE_OF = /\b(mayor|governor|rector|dean|bishop|archbishop|president|candidate|councilman|senator|deputy|prefect|ambassador|consul|minister|native|university|newspaper)\s+of\s+(the\s+)?$/i;
// "the TASS correspondent in Guatemala": where a person works, as a title says.
const POSTED_IN = /\b(correspondents?|representatives?|envoys?|delegates?|residents?)\s+(based\s+)?in\s+(the\s+)?$/i;
// "the Administrative Department of Security of Colombia", "the Bank of Colombia": a country in a body's name.
const BODY_OF = /\b(department|institute|ministry|bank|university|federation|association|union|party|council|committee|commission|corporation|company|chamber|league|movement|agency|court|church|bishops)\b[\w ]{0,30}?\bof\s+(the\s+)?$/i;
// "extradited to the United States", "flew to Caracas": where someone went, not where the incident was.
const DESTINATION = /\b(extradited|deported|sent|flown|flew|travel+ed|travel+ing|returned|returning|fled|exiled|taken|brought|transferred|arrive[sd]?|arriving|plane|flight|trip|bound|heading|headed)\s+(back\s+)?(to|in|for)\s+(the\s+)?$/i;
// "a commando trained in Nicaragua", "she is hiding in the United States": where a person is or was, not the incident.
const WHEREABOUTS = /\b(trained|based|born|educated|living|lives|resides|residing|hiding|hides|studied|studying)\s+in\s+(the\s+)?$/i;
// "relations with the United States": a party to dealings, not a place where something happened.
const DEALINGS_WITH = /\b(relations|ties|talks|dialogue|negotiations|agreements?|cooperation)\s+(with|between)\s+(the\s+)?$/i;
// "the U.S. embassy", "U.S. advisers", "Vienna development worker": a place written before the people or the
// body it describes says whose they are, not where the incident was.
const DESCRIBES_NEXT = /^\s+((\w+\s+)?(citizens?|nationals?|advisers?|advisors?|advice|marines?|navy|sailors?|southern command|secret service|investments?|officials?|diplomats?|diplomatic|ambassadors?|embass(y|ies)|consulates?|governments?|authorities|administration|congress(men)?|senators?|army|troops|soldiers|forces|military|police|experts?|missionar(y|ies)|priests?|nuns?|journalists?|newsm[ae]n|newspapers?|news(casts?)?|media|press|reporters?|correspondents?|workers?|professors?|students?|businessm[ae]n|volunteers?|officers?|agents?|companies|company|firms?|delegat(es?|ion)|envoys?|aid|development|intelligence|leaders?|representatives?)\b)/i;

// "the Lima residential district of San Isidro": the town says whose district the place named next is (in "the
// Moreno district of Buenos Aires" the place is the district).
const NAMES_PART_OF = /^\s+[\w-]+\s+(district|neighbou?rhood|suburb|sector|quarter)\s+of\b/i;

/**
 * The country the report is about: the one its places and its actors' nationalities name most. A dateline's
 * own parentheses ("ROME (ITALY)") say where the reporter was, so they do not count.
 */
export function homeCountry(text: string, places: PlaceSpan[], actors: ActorSpan[]): string | null {
  const n = new Map<string, number>();
  const add = (cc: string | null) => { if (cc) n.set(cc, (n.get(cc) ?? 0) + 1); };
  for (const p of places) {
    // "U.S. advisers" name the advisers' country, not the one the report is about.
    if (inDatelineHeader(text, p) || (p.precision !== 'facility' && DESCRIBES_NEXT.test(text.slice(p.end, p.end + 40)))) continue;
    add(p.country);
    // A dateline with no country after it is a local one: wire copy is nearly always about its country.
    if (isDateline(text, p) && !/^\s*\(/.test(text.slice(p.end, p.end + 3))) { add(p.country); add(p.country); }
  }
  for (const a of actors) add(a.country);
  let best: string | null = null;
  for (const [cc, k] of n) if (best === null || k > n.get(best)!) best = cc;
  return best;
}

/**
 * The place of an incident no sentence places: the dateline when it lies in the country the report is about,
 * else that country (named as such, else its most named place). "SOFIA (BULGARIA) --" over a report on Colombia
 * gives Colombia.
 */
export function documentPlace(text: string, places: PlaceSpan[], actors: ActorSpan[]): PlaceSpan | null {
  const home = homeCountry(text, places, actors);
  const dateline = places.find((p) => isDateline(text, p));
  if (dateline && (!home || dateline.country === home)) return dateline;
  const own = places.filter((p) => p.country === home && !inDatelineHeader(text, p));
  const named = own.find((p) => p.precision === 'country');
  if (named) return named;
  const counts = new Map<string, number>();
  for (const p of own) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  return own.reduce<PlaceSpan | null>((a, b) => (a && counts.get(a.name)! >= counts.get(b.name)! ? a : b), null) ?? dateline ?? null;
}

export function chooseLocation(text: string, sentence: Span, trigger: Span, places: PlaceSpan[], actors: ActorSpan[], sources: Span[]): PlaceSpan | null {
  let best: PlaceSpan | null = null, bestScore = -Infinity;
  const home = homeCountry(text, places, actors);
  for (const p of [...places, ...datelineReferences(text, sentence, places)]) {
    if (p.start < sentence.start || p.end > sentence.end) continue;
    if (inDatelineHeader(text, p)) continue;
    const after = text.slice(p.end, p.end + 40);
    if (ADJECTIVAL.test(after) || WATER_AFTER.test(after) || STREET_AFTER.test(after)) continue;
    if (actors.some((a) => a.start <= p.start && p.end <= a.end)) continue; // "Islamic Resistance in Iraq"
    if (inPersonName(text, p)) continue;
    if (sources.some((s) => s.start <= p.start && p.end <= s.end)) continue;
    if (p.precision !== 'facility' && DESCRIBES_NEXT.test(after)) continue;
    const before = text.slice(sentence.start, p.start);
    if (REPORTING_FROM.test(before)) continue;
    let score = RANK[p.precision] ?? 0;
    // The dateline says where the reporter was: a fallback for the sentence, below any place it states.
    if (isDateline(text, p)) {
      if (home && p.country !== home) continue; // "ROME (ITALY) --" over a report on Colombia
      score -= 1;
    }
    else if (GOVERNING.test(before)) score += 3;
    // "the capital of Antioquia": the area the place is the capital of; "the town of X" names the town itself.
    if (/\bcapital of\s+$/i.test(before)) score -= 1;
    if (REFERENCE_POINT.test(before)) score -= 6;
    if (NAMES_PART_OF.test(after)) score -= 2;
    // "the rector of the Central American University": a building in a title is the person's, not the incident's.
    if (TITLE_OF.test(before) && p.precision === 'facility') continue;
    if (p.precision === 'country' && BODY_OF.test(before)) continue;
    if ([TITLE_OF, DESTINATION, POSTED_IN, WHEREABOUTS, DEALINGS_WITH].some((re) => re.test(before))) {
      // "a plane to Nicaragua", "extradited to the United States": a foreign country so named is never the place.
      if (p.precision === 'country' && home && p.country !== home) continue;
      score -= 4;
    }
    if (ANNOUNCED_IN.test(before)) {
      // "said in Managua yesterday": abroad, that is where the speaker was; at home it may be the incident's town too.
      if (home && p.country !== home) continue;
      score -= 4;
    }
    score -= Math.min(Math.abs(p.start - trigger.start), 300) / 150;
    // "the massacre of 30 peasants in the town of Cayara": the place after the word for the incident is its place;
    // one before it is more often where something else happened ("told the courts in Ayacucho about the massacre").
    if (p.start > trigger.start) score += 0.5;
    if (score > bestScore) { best = p; bestScore = score; }
  }
  return best;
}

// "in", "at", "near" and the like: where something is, not where someone went or came from.
// The words between may describe the place ("in the exclusive La Mascota", "in the town of"), not start a new phrase.
const LOCATIVE = /\b(in|near|at|outside|inside|on|within|around)\s+(the\s+)?((?!(with|to|for|by|from|that|which|who|whom|his|her|their|its)\b)[\w'’-]+\s+){0,3}["“‘']?$/i;

/** The sentence says the place is where something happened: a locative phrase, no distance reference, title or venue. */
export function isStatedHere(text: string, sentence: Span, p: PlaceSpan): boolean {
  const before = text.slice(sentence.start, p.start);
  if (isDateline(text, p) || !LOCATIVE.test(before)) return false;
  return ![REFERENCE_POINT, TITLE_OF, DESTINATION, ANNOUNCED_IN, REPORTING_FROM].some((re) => re.test(before));
}

/** "near", "outside", "40 km from": the point is the named place's, so the radius takes in the distance. */
function radiusOf(p: PlaceSpan, text: string): number {
  const before = text.slice(Math.max(0, p.start - 40), p.start);
  const km = /\b(\d+(\.\d+)?)\s*(km|kms|kilomet(er|re)s?)\s+([a-z]+\s+){0,3}(of|from)\s+(the\s+)?$/i.exec(before);
  if (km) return Math.max(p.radius_km, Number(km[1]));
  const miles = /\b(\d+(\.\d+)?)\s*(miles?|mi)\s+([a-z]+\s+){0,3}(of|from)\s+(the\s+)?$/i.exec(before);
  if (miles) return Math.max(p.radius_km, Math.round(Number(miles[1]) * 1.609));
  return /\b(near|outside|close to|around|next to)\s+(the\s+)?$/i.test(before) ? Math.max(p.radius_km, 2) : p.radius_km;
}

export function toLocation(p: PlaceSpan, text: string, basis: 'stated' | 'context'): MentionLocation {
  return {
    // The dateline is inferred for the incident, not stated: a later sentence's place may replace it.
    name: p.name, admin1: p.admin1, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision,
    radius_km: radiusOf(p, text), geonames_id: p.geonames_id, text: p.text,
    start: p.start, end: p.end, basis: isDateline(text, p) ? 'context' : basis,
  };
}

/**
 * When a later sentence about the same incident states its place, that place replaces one the incident only
 * inherited (the dateline, the previous sentence), unless it is a vaguer area than the inherited town;
 * a stated place gives way only to a finer stated one.
 */
export function betterLocation(host: MentionLocation | null, add: MentionLocation | null): boolean {
  if (!add) return false;
  if (!host) return true;
  if (add.basis !== 'stated') return false;
  const rank = (l: MentionLocation) => RANK[l.precision] ?? 0;
  if (host.basis !== 'stated') return rank(add) >= Math.min(rank(host), RANK.admin1);
  return rank(add) > rank(host);
}
