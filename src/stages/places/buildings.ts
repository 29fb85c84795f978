// Streets, squares and buildings named by their kind ("Royal Street", "Northwestern Memorial Hospital",
// "University of St. Thomas"). No gazetteer holds them: they take the point, radius and precision of the town
// they are in — the one named after them ("..., Lima"), inside them ("Medellin Airport"), or the last town named
// in the sentence or the two before — so the name is exact and the radius says how rough the point is. With no
// such town they are left out: a point in the wrong town is worse than none. (Falling back on the town the
// report names most was measured on GeoWebNews: it put more of them in the wrong town than in the right one.)
import type { PlaceSpan, Token } from '../../doc/doc.js';
import { isCommonWord } from './common-words.js';

const STREET = /^(street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|drive|lane|highway|parade|square|plaza|crescent|terrace)$/i;
const BUILDING = /^(centre|center|hospital|church|cathedral|mosque|temple|chapel|basilica|synagogue|school|academy|university|college|park|beach|hall|theatre|theater|tower|stadium|arena|airport|hotel|courthouse|prison|jail|palace|museum|library|bridge|canal|cemetery|mall|gardens|fields|barracks|refinery|dam|harbour|harbor)$/i;
const OF_KIND = /^(university|church|cathedral|basilica|museum|palace|college|academy)$/i;
// In wire copy a facility named after its town is reported as the town, except where the facility is the point.
const CAPS_NAMED_AFTER_TOWN = /^(airport|university)$/i;
const STOP = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'in', 'at', 'on', 'of', 'to', 'from', 'near', 'by',
  'with', 'and', 'or', 'for', 'said', 'was', 'were', 'is', 'are', 'outside', 'inside', 'into', 'toward', 'towards']);
const MAX_NAME = 4;
const UPPER_FIRST = /^\p{Lu}/u;
/** UPPER_FIRST.test(s): A-Z for an ASCII first character, the Unicode class otherwise. */
const startsUpper = (s: string) => { const c = s.charCodeAt(0); return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(s); };

export function findBuildings(text: string, tokens: Token[], allCaps: boolean, places: PlaceSpan[]): PlaceSpan[] {
  const nameWord = (t: Token) => allCaps ? /^[A-Z0-9][A-Z0-9'’.&-]*$/.test(t.text) && !STOP.has(t.lower)
    : /^(\p{Lu}[\p{L}'’.&-]*|\d+(st|nd|rd|th))$/u.test(t.text) && t.lower !== 'the';
  const out: PlaceSpan[] = [];
  // Wire copy in capitals reports a street or a building by its town, and there a kind word cannot tell a
  // name from a description ("THE MILITARY HOSPITAL"): measured on MUC-4, naming them lost more than it gained.
  if (allCaps) return out;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // The capital first (a character test for ASCII): most tokens are lower-case words and need no kind test.
    if (!allCaps && !startsUpper(t.text)) continue;
    const kind = STREET.test(t.text) ? 'street' : BUILDING.test(t.text) ? 'building' : null;
    if (!kind) continue;
    let s = k, e = k + 1;
    while (s > 0 && k - s < MAX_NAME && tokens[s - 1].sentence === t.sentence && tokens[s - 1].end + 1 === tokens[s].start && nameWord(tokens[s - 1])) s--;
    if (s === k && OF_KIND.test(t.text) && tokens[k + 1]?.lower === 'of') {
      e = k + 2;
      while (e < tokens.length && e - k - 2 < MAX_NAME && tokens[e].sentence === t.sentence && nameWord(tokens[e]) && !STOP.has(tokens[e].lower)) e++;
      if (e === k + 2) continue;
    }
    if (s === k && e === k + 1) continue;
    const words = [...tokens.slice(s, k), ...tokens.slice(k + 2, e)];
    if (allCaps && words.every((w) => isCommonWord(w.lower)) && words.length < 2) continue;
    const span = { start: tokens[s].start, end: tokens[e - 1].end };
    if (out.some((o) => o.start < span.end && span.start < o.end)) continue;
    // "Long Beach", "Park City", a named facility: the gazetteer or the facility layer has it already.
    if (places.some((p) => (p.start < t.end && t.start < p.end) || (p.precision === 'facility' && p.start < span.end && span.start < p.end))) continue;
    const inside = places.filter((p) => p.start >= span.start && p.end <= span.end);
    if (allCaps && inside.length > 0 && !CAPS_NAMED_AFTER_TOWN.test(t.text)) continue;
    const town = townFor(text, tokens, span, places, inside);
    if (!town) continue;
    const name = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    out.push({
      ...span, text: text.slice(span.start, span.end), name: allCaps ? titleCase(name) : name, lat: town.lat, lon: town.lon,
      // The point is the town's, so is the precision: the name is finer than the point.
      country: town.country, admin1: town.admin1, geonames_id: null, feature: kind, precision: town.precision, radius_km: town.radius_km, population: 0,
    });
  }
  return out;
}

const TOWN = new Set(['city', 'neighbourhood', 'admin2']);
const NEARBY_SENTENCES = 2;

/** The town the facility is in: named after it, inside its name, or named in this or the two sentences before. */
function townFor(text: string, tokens: Token[], span: { start: number; end: number }, places: PlaceSpan[], inside: PlaceSpan[]): PlaceSpan | null {
  const after = places.find((p) => p.start >= span.end && p.start - span.end < 12 && /^(\s*(,|in|of)\s*)+$/i.test(text.slice(span.end, p.start)));
  if (after && TOWN.has(after.precision)) return after;
  const own = inside.find((p) => TOWN.has(p.precision));
  if (own) return own;
  const here = sentenceOf(tokens, span.start);
  const before = places.filter((p) => p.end <= span.start && TOWN.has(p.precision) && here - sentenceOf(tokens, p.start) <= NEARBY_SENTENCES);
  return before[before.length - 1] ?? null;
}

function sentenceOf(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (tokens[mid].end <= offset) lo = mid + 1; else hi = mid; }
  return tokens[lo]?.sentence ?? 0;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
