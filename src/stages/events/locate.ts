// The incident's place: the place the incident happened, not every place the sentence mentions.
import type { MentionLocation } from '../../contract/mention.js';
import type { ActorSpan, PlaceSpan, Span } from '../../doc/doc.js';

const RANK: Record<string, number> = { facility: 6, neighbourhood: 5, city: 4, admin2: 3, admin1: 2, country: 1, region: 1 };
const GOVERNING = /\b(in|near|at|outside|inside|on|into|within|around|across|from|of|to|towards?|hit|hitting|struck|striking|targeted|targeting|attacked|stormed|shelled|bombed|raided)\s+(the\s+)?([\w'’]+\s+){0,2}["“‘']?$/i;
// "Iran-backed", "US-Israeli", "Tehran-aligned": a place used as an adjective describes an actor.
const ADJECTIVAL = /^-(backed|aligned|led|based|allied|linked|affiliated|funded|supported|sponsored|made|israeli|american|iranian)/i;
const REPORTING_FROM = /\b(reporting|speaking|writing) from\s+$/i;
// "the Cauca River", "Magdalena river": a river named after a province is not the province.
const WATER_AFTER = /^\s+(river|rio|stream|lake|lagoon)\b/i;

export function chooseLocation(text: string, sentence: Span, trigger: Span, places: PlaceSpan[], actors: ActorSpan[], sources: Span[]): PlaceSpan | null {
  let best: PlaceSpan | null = null, bestScore = -Infinity;
  for (const p of places) {
    if (p.start < sentence.start || p.end > sentence.end) continue;
    if (ADJECTIVAL.test(text.slice(p.end, p.end + 12))) continue;
    if (actors.some((a) => a.start <= p.start && p.end <= a.end)) continue; // "Islamic Resistance in Iraq"
    if (sources.some((s) => s.start <= p.start && p.end <= s.end)) continue;
    const before = text.slice(sentence.start, p.start);
    if (REPORTING_FROM.test(before)) continue;
    if (WATER_AFTER.test(text.slice(p.end, p.end + 10))) continue;
    let score = RANK[p.precision] ?? 0;
    if (GOVERNING.test(before)) score += 3;
    if (/\b(capital|city|town|village|province|district|region) of\s+$/i.test(before)) score -= 1;
    score -= Math.min(Math.abs(p.start - trigger.start), 300) / 150;
    if (score > bestScore) { best = p; bestScore = score; }
  }
  return best;
}

export function toLocation(p: PlaceSpan, text: string, basis: 'stated' | 'context'): MentionLocation {
  const near = /\b(near|outside|close to|around|next to)\s+(the\s+)?$/i.test(text.slice(Math.max(0, p.start - 20), p.start));
  return {
    name: p.name, admin1: p.admin1, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision,
    radius_km: near ? Math.max(p.radius_km, 2) : p.radius_km, geonames_id: p.geonames_id, text: p.text,
    start: p.start, end: p.end, basis,
  };
}

/** The document's main country (most named), as a fallback place with country precision. */
export function mainCountry(places: PlaceSpan[]): PlaceSpan | null {
  const counts = new Map<string, { n: number; p: PlaceSpan }>();
  for (const p of places) {
    if (!p.country) continue; // continents and seas belong to no country
    const e = counts.get(p.country) ?? { n: 0, p };
    e.n++;
    if (p.precision === 'country') e.p = p;
    counts.set(p.country, e);
  }
  let best: { n: number; p: PlaceSpan } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best && best.p.precision === 'country' ? best.p : null;
}
