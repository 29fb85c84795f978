// The incident's place: the place the incident happened, not every place the sentence mentions.
import type { MentionLocation } from '../../contract/mention.js';
import type { ActorSpan, PlaceSpan, Span } from '../../doc/doc.js';
import { datelineReferences, inDatelineHeader, isDateline } from './dateline.js';
import { inPersonName } from './person-named-place.js';
import { distanceKm } from '../../gazetteer/centre.js';
import { loadGazetteer } from '../../gazetteer/gazetteer.js';
import { normalizeName } from '../../gazetteer/normalize.js';
import { toSpan } from '../places/resolve.js';
import {
  ADJECTIVAL, ANNOUNCED_IN, BODY_OF, DEALINGS_WITH, DESCRIBES_NEXT, DESTINATION, MEMBERS_IN, NAMES_PART_OF, POSTED_IN, REFERENCE_POINT,
  REPORTING_FROM, STREET_AFTER, TITLE_OF, WATER_AFTER, WHEREABOUTS,
} from './place-cues.js';

// "in a district in Medellin known as Las Americas": the preposition governs the name the phrase gives.
const KNOWN_AS = /\b(in|at|near|outside|inside)\s+([\w'’-]+\s+){0,6}known as\s+["“‘']?$/i;
const QUOTED_NAME_BEFORE = /["“](\p{L}+\s+)+(de|del|of|of the)\s+$/iu;
export const RANK: Record<string, number> = { facility: 6, neighbourhood: 5, city: 4, admin2: 3, admin1: 2, country: 1, region: 1 };
const LOCAL_BODY = /^\s+((metropolitan|municipal|city|local)\s+)?(police|authorities|officials|fire department|firemen|prosecutors?)\b/i;
// "AT ANTIOQUIA POLICE HEADQUARTERS": a province's police building stands in some town of it, not all over it
// (the "UCHIZA POLICE STATION" is in Uchiza).
const BODY_BUILDING = /^\s+(police|army|military)\s+(headquarters|station|post|barracks|command)\b/i;
const GOVERNING = /\b(in|near|at|outside|inside|on|off|into|within|around|across|through|from|of|to|towards?|hit|hitting|struck|striking|targeted|targeting|attacked|stormed|shelled|bombed|raided)\s+(the\s+)?([\w'’]+\s+){0,2}["“‘']?$/i;

/**
 * The country the report is about: the one its places and its actors' nationalities name most. A dateline's
 * own parentheses ("ROME (ITALY)") say where the reporter was, so they do not count.
 */
export function homeCountry(text: string, places: PlaceSpan[], actors: ActorSpan[]): string | null {
  // Asked again for every incident of a report, with the same layers: remember the answer for them.
  const known = homeCache.get(places);
  if (known && known.actors === actors && known.text === text) return known.home;
  const home = countHomeCountry(text, places, actors);
  homeCache.set(places, { text, actors, home });
  return home;
}

const homeCache = new WeakMap<PlaceSpan[], { text: string; actors: ActorSpan[]; home: string | null }>();

function countHomeCountry(text: string, places: PlaceSpan[], actors: ActorSpan[]): string | null {
  const n = new Map<string, number>();
  // "MADRID (SPAIN) -- ... the Spanish government": a report filed from abroad names its own country's people and
  // places for its readers there, while the story is mostly about another country, so they count half.
  const head = places.find((p) => isDateline(text, p) && /^\s*\(/.test(text.slice(p.end, p.end + 3)));
  const add = (cc: string | null) => { if (cc) n.set(cc, (n.get(cc) ?? 0) + (head && cc === head.country ? 0.5 : 1)); };
  for (const p of places) {
    // "U.S. advisers" name the advisers' country, not the one the report is about.
    if (inDatelineHeader(text, p) || (p.precision !== 'facility' && DESCRIBES_NEXT.test(text.slice(p.end, p.end + 40)))) continue;
    // "ACCORDING TO SANDOVAL": a surname read as a town says nothing of the country.
    if (p.precision === 'city' && inPersonName(text, p)) continue;
    // "extradited to the United States", "relations with Spain": where people go and whom a country deals with.
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    if (p.precision === 'country' && (DESTINATION.test(before) || DEALINGS_WITH.test(before))) continue;
    const dateline = isDateline(text, p);
    const abroad = dateline && /^\s*\(/.test(text.slice(p.end, p.end + 3));
    // "MONTEVIDEO (URUGUAY) --": a report filed from abroad says nothing of the country it is about.
    if (!abroad) add(p.country);
    // A dateline with no country after it is a local one: wire copy is nearly always about its country.
    if (dateline && !abroad) { add(p.country); add(p.country); }
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
  // The story's own dateline ("[TEXT] MEDELLIN --") over the wire's, when both are written.
  const dateline = places.filter((p) => isDateline(text, p)).pop();
  // "MONTEVIDEO (URUGUAY) -- ... the death of the Colombian senator": the country its demonyms name.
  if (!home && dateline && /^\s*\(/.test(text.slice(dateline.end, dateline.end + 3))) return demonymCountry(text, dateline.end, dateline.country) ?? dateline;
  if (dateline && (!home || dateline.country === home)) return dateline;
  const own = places.filter((p) => p.country === home && !inDatelineHeader(text, p));
  const named = own.find((p) => p.precision === 'country');
  if (named) return named;
  // "MONTEVIDEO (URUGUAY) -- ... the Colombian senator": no place of the country, only its people.
  if (own.length === 0 && home && dateline && dateline.country !== home) return countryOfActor(home, actors) ?? dateline;
  // "MONTEVIDEO (URUGUAY) -- ... the death of the Colombian senator": the country its demonyms name.
  const counts = new Map<string, number>();
  for (const p of own) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  // "CLANDESTINE, 26 JUN 89 -- ... THE SALVADORAN PEOPLE": no place at all, only the people of a country.
  return own.reduce<PlaceSpan | null>((a, b) => (a && counts.get(a.name)! >= counts.get(b.name)! ? a : b), null) ?? dateline ?? demonymCountry(text, 0, null);
}

/** The country cc at the words of the first actor of that country (its demonym when written: "COLOMBIAN"). */
function countryOfActor(cc: string, actors: ActorSpan[]): PlaceSpan | null {
  const g = loadGazetteer();
  const country = g.countries.get(cc);
  const actor = actors.find((a) => a.country === cc);
  if (!country || !actor) return null;
  let at = { start: actor.start, end: actor.end, text: actor.text };
  for (const m of actor.text.matchAll(/[\p{L}]+/gu)) {
    if (g.demonyms.get(normalizeName(m[0])) === cc) { at = { start: actor.start + m.index!, end: actor.start + m.index! + m[0].length, text: m[0] }; break; }
  }
  return toSpan(at, country);
}

/** The country the demonyms after `from` name most often, other than `exclude` (the dateline's), at its first demonym. */
function demonymCountry(text: string, from: number, exclude: string | null): PlaceSpan | null {
  const g = loadGazetteer();
  const seen = new Map<string, { n: number; at: { start: number; end: number; text: string } }>();
  for (const m of text.slice(from).matchAll(/\b[A-Z][A-Za-z]+\b/g)) {
    const cc = g.demonyms.get(normalizeName(m[0]));
    if (!cc || cc === exclude) continue;
    const start = from + m.index!;
    const e = seen.get(cc) ?? { n: 0, at: { start, end: start + m[0].length, text: m[0] } };
    e.n++;
    seen.set(cc, e);
  }
  let best: [string, { n: number; at: { start: number; end: number; text: string } }] | null = null;
  for (const e of seen) if (!best || e[1].n > best[1].n) best = e;
  const country = best ? g.countries.get(best[0]) : undefined;
  return best && country ? toSpan(best[1].at, country) : null;
}

export function chooseLocation(text: string, sentence: Span, trigger: Span, places: PlaceSpan[], actors: ActorSpan[], sources: Span[]): PlaceSpan | null {
  let best: PlaceSpan | null = null, bestScore = -Infinity;
  let reference: PlaceSpan | null = null, referenceScore = -Infinity;
  const home = homeCountry(text, places, actors);
  for (const p of [...places, ...datelineReferences(text, sentence, places)]) {
    if (p.start < sentence.start || p.end > sentence.end) continue;
    if (inDatelineHeader(text, p)) continue;
    const after = text.slice(p.end, p.end + 40);
    if (ADJECTIVAL.test(after) || WATER_AFTER.test(after) || STREET_AFTER.test(after)) continue;
    if (actors.some((a) => a.start <= p.start && p.end <= a.end)) continue; // "Islamic Resistance in Iraq"
    // "THE "HUSARES DE JUNIN" ESCORT REGIMENT": a place that ends a quoted name after "de" is part of that name.
    if (QUOTED_NAME_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start)) && /^[:,]?["”]/.test(after)) continue;
    if (inPersonName(text, p)) continue;
    if (sources.some((s) => s.start <= p.start && p.end <= s.end)) continue;
    // "Medellin metropolitan police announced ...": a town's own police or authorities report what happened in it.
    const localBody = p.precision !== 'country' && p.precision !== 'region' && (!home || p.country === home) && LOCAL_BODY.test(after)
      && !(p.precision === 'admin1' && BODY_BUILDING.test(after));
    if (p.precision !== 'facility' && !localBody && DESCRIBES_NEXT.test(after)) continue;
    const before = text.slice(sentence.start, p.start);
    if (REPORTING_FROM.test(before)) continue;
    let score = RANK[p.precision] ?? 0;
    // "ITAGUI MUNICIPALITY": a municipality named as such is the town, as fine as a city.
    if (p.precision === 'admin2' && /^\s+municipality\b/i.test(after)) score += 1;
    // "IN SANTA RITA, A VILLAGE IN NECOCLI MUNICIPALITY", "LA MOTOSA, NEAR AIPE": it says where the place before it is.
    if (describesPrevious(text, places, p, sentence)) score -= 3;
    // "IN APOPA AND NEJAPA, WHERE THE REBELS DYNAMITED ...": the place the clause after it tells of.
    if (/^\s*,?\s+where\b/i.test(after)) score += 1;
    // The dateline says where the reporter was: a fallback for the sentence, below any place it states.
    if (isDateline(text, p)) {
      if (home && p.country !== home) continue; // "ROME (ITALY) --" over a report on Colombia
      if (!home && /^\s*\(/.test(after)) continue; // abroad, and nothing says the report is about its country
      score -= 1;
    }
    else if (GOVERNING.test(before) || apposed(text, places, p, sentence) || KNOWN_AS.test(before)) score += 3;
    // "the capital of Antioquia": the area the place is the capital of; "the town of X" names the town itself.
    if (/\bcapital of\s+$/i.test(before)) score -= 1;
    let isReference = false;
    if (REFERENCE_POINT.test(before)) {
      // "reported in Huanta, 560 km east of Lima": the distance places the town before it, not the incident.
      if (places.some((q) => q.end <= p.start && q.start >= sentence.start && /^,\s*[\w.\s-]{0,40}$/.test(text.slice(q.end, p.start)))) continue;
      score -= 6;
      isReference = true;
    }
    if (NAMES_PART_OF.test(after)) score -= 2;
    // "the rector of the Central American University": a building in a title is the person's, not the incident's.
    if (TITLE_OF.test(before) && p.precision === 'facility') continue;
    if (p.precision === 'country' && BODY_OF.test(before)) continue;
    if (p.precision === 'country' && home && p.country !== home && MEMBERS_IN.test(before)) continue;
    if ([TITLE_OF, DESTINATION, POSTED_IN, WHEREABOUTS, DEALINGS_WITH].some((re) => re.test(before))) {
      // "a plane to Nicaragua", "a spokesman in Washington": a place abroad so named is never the place.
      if (home && p.country !== home) continue;
      score -= 4;
    }
    // "promised Spain", "Spain demanded": a foreign country named with no preposition of place is a party, not a place.
    if (p.precision === 'country' && home && p.country !== home && !GOVERNING.test(before) && !isDateline(text, p)) continue;
    if (ANNOUNCED_IN.test(before)) {
      // "said in Managua yesterday": abroad, that is where the speaker was; at home it may be the incident's town too,
      // but not the capital or the dateline's town, where news is given out ("reports received in Bogota").
      if ((home && p.country !== home) || p.feature === 'PPLC' || isDatelineTown(text, places, p)) continue;
      score -= 4;
    }
    // "the murder of the nuns coincided with a visit of engineers to a dam site near Potosi", "kidnapped
    // 48 hours before the summit in Cartagena": the place of the other event the act is set beside.
    if (p.start > trigger.end && SET_BESIDE.test(text.slice(trigger.end, p.start))) continue;
    // "minutes after the killing the police intercepted a call in Medellin": the act is when, the place is the call's.
    if (p.start > trigger.end && TIME_AFTER_ACT.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start))) continue;
    // "Twenty years after the bishops met in Medellin, death squads in El Salvador murdered ...": a place in a time
    // clause put before the main one tells when, by another event, not where.
    if (p.end < trigger.start && FRONTED_TIME.test(before.replace(DATELINE_LEAD, '')) && text.slice(p.end, trigger.start).includes(',')) score -= 4;
    score -= Math.min(Math.abs(p.start - trigger.start), 300) / 150;
    // "the massacre of 30 peasants in the town of Cayara": the place after the word for the incident is its place;
    // one before it is more often where something else happened ("told the courts in Ayacucho about the massacre").
    if (p.start > trigger.start) score += 0.5;
    if (score > bestScore) { best = p; bestScore = score; }
    if (isReference && score > referenceScore) { reference = p; referenceScore = score; }
  }
  // "BAGHDAD -- A bomb killed five soldiers 20 km north of Mosul": with no other place stated, the point the distance
  // is measured from (its radius taking in the distance) says more than where the reporter was.
  return best && reference && isDateline(text, best) ? reference : best;
}

// "kidnapped 48 hours before the summit in Cartagena": the place of the event the act is timed by.
const SET_BESIDE = /\b(coincid(ed|es|ing) with|at the same time as)\b|\b(hours|days|minutes|shortly|just|moments)\s+(before|after)\s+(the|a|an)\s+[^,;:]*$/i;
const TIME_AFTER_ACT = /\b(minutes|hours|days|weeks|shortly|soon|moments|right|just)\s+(after|before)\s+(the|this|that)\s+$/i;
const DATELINE_LEAD = /^[^\n]*?\s(--|—)\s+/;
const FRONTED_TIME = /^\W*([\w-]+\s+){0,3}(after|before|since|when|while)\s+[^,;:]*$/i;

// "in", "at", "near" and the like: where something is, not where someone went or came from.
// The words between may describe the place ("in the exclusive La Mascota", "in the town of"), not start a new phrase.
const LOCATIVE = /\b(in|near|at|outside|inside|on|within|around|through)\s+(the\s+)?((?!(with|to|for|by|from|that|which|who|whom|his|her|their|its)\b)[\w'’-]+\s+){0,4}["“‘']?$/i;

/** The sentence says the place is where something happened: a locative phrase, no distance reference, title or venue. */
export function isStatedHere(text: string, sentence: Span, p: PlaceSpan): boolean {
  const before = text.slice(sentence.start, p.start);
  if (isDateline(text, p) || !LOCATIVE.test(before)) return false;
  return ![REFERENCE_POINT, TITLE_OF, DESTINATION, ANNOUNCED_IN, REPORTING_FROM, WHEREABOUTS, POSTED_IN].some((re) => re.test(before));
}

const PLACE_OF_PREVIOUS = /^,\s+(((a|an|the)\s+)?([\w-]+\s+)?(village|town|hamlet|community|settlement|district|neighbou?rhood|suburb|municipality|place|area|locality|farm|estate|region|city|port|canton)\s+((located|situated)\s+)?(in|of|near)|(located\s+)?near|close to)\s+(the\s+)?$/i;

// "THE "LA ESPERANZA" FARM LOCATED NEAR THE "EL ROBLE" FARM": the second place says where the first one is.
const NEAR_PREVIOUS = /^["”]?(\s+[\w-]+)?,?\s+((located|situated)\s+)?(near|close to|next to)\s+(the\s+)?["“]?$/i;

function describesPrevious(text: string, places: PlaceSpan[], p: PlaceSpan, sentence: Span): boolean {
  const prev = places.filter((q) => q.end <= p.start && q.start >= sentence.start).pop();
  if (prev === undefined) return false;
  const between = text.slice(prev.end, p.start);
  return PLACE_OF_PREVIOUS.test(between) || NEAR_PREVIOUS.test(between);
}

/** The dateline's town named again in the body. */
function isDatelineTown(text: string, places: PlaceSpan[], p: PlaceSpan): boolean {
  return places.some((q) => q.name === p.name && q.precision === 'city' && isDateline(text, q));
}

/**
 * "IN SANTA MARTA, SAN JACINTON NEIGHBORHOOD", "AT HIS FARM, VENECIA MUNICIPALITY": a place written after another
 * and a comma says more about where the first one is, so the preposition governs it too.
 */
function apposed(text: string, places: PlaceSpan[], p: PlaceSpan, sentence: Span): boolean {
  const prev = places.filter((q) => q.end <= p.start && q.start >= sentence.start).pop();
  if (!prev || !/^,\s*$/.test(text.slice(prev.end, p.start)) || (RANK[p.precision] ?? 0) <= (RANK[prev.precision] ?? 0)) return false;
  return GOVERNING.test(text.slice(sentence.start, prev.start));
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
  // A finer place says more only inside the one stated: "San Miguel Department" then "San Salvador" is another place.
  return rank(add) > rank(host) && within(host, add);
}

function within(area: MentionLocation, p: MentionLocation): boolean {
  if (area.country !== p.country) return false;
  if (area.precision === 'country' || area.precision === 'region') return true;
  if (area.precision === 'admin1') return p.admin1 === area.admin1;
  if (area.lat === null || area.lon === null || p.lat === null || p.lon === null) return true;
  return distanceKm({ lat: area.lat, lon: area.lon }, { lat: p.lat, lon: p.lon }) <= (area.radius_km ?? 0) + 25;
}
