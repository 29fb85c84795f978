// Localities no recognised name covers: "the Zacamil neighborhood", "SAN LUIS CANTON", "COLONIA MIRAMONTES",
// "NEAR LA ROCHELA,". A gazetteer town of that name in the containing place's country gives its point;
// otherwise the locality takes the point and radius of the place that contains it ("... in Lima",
// ", Usulutan Department"), else of the sentence's place or the dateline city: the name is precise, the point is not.
import type { PlaceSpan, Token } from '../../doc/doc.js';
import type { Place } from '../../gazetteer/gazetteer.js';
import { isCommonWord, NEVER_PLACE } from './common-words.js';
import { AFTER, DESIGNATOR, type LocalityMatch, localityMatches } from './locality-patterns.js';
import { misspeltCity } from './misspelt.js';
import { toSpan } from './resolve.js';
import { distanceKm } from '../../gazetteer/centre.js';

// "IN MID-JULY", "IN EARLY-AUGUST": a time, however it is hyphenated.
const TIME_WORD = /(^|-)(january|february|march|april|may|june|july|august|september|october|november|december|mid|early|late)(-|$)/;

// "LA VICTORIA", "LA UNION": a Spanish article before a word that is never a place alone makes it a name.
const ARTICLE = /^(la|las|el|los)$/;
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

function afterArticle(tokens: Token[], k: number): boolean {
  const t = tokens[k], prev = tokens[k - 1];
  return prev !== undefined && prev.sentence === t.sentence && prev.end + 1 === t.start && ARTICLE.test(prev.lower)
    && /^[a-z]{4,}$/.test(t.lower) && !WEEKDAY.test(t.lower) && !TIME_WORD.test(t.lower);
}

/** "SKIRMISHES", "AMBUSHES": the vocabulary holds the singular of an ordinary word, not always its plural. */
// Only the English "-es" plurals: Spanish names end in "-s" too ("ALTOS DE LA CUEVA").
function singular(lower: string): string {
  return lower.length > 5 && /(ches|shes|sses|xes)$/.test(lower) ? lower.slice(0, -2) : lower;
}

const FINE = /^(neighbou?rhoods?|districts?|quarter|barrio|colonia|suburbs?|estates?|compound|sector)$/;

export interface LocalityContext {
  text: string; tokens: Token[]; allCaps: boolean; places: PlaceSpan[]; dateline: PlaceSpan | null;
  lookup: (name: string) => Place[] | undefined;
  /** the country the document's names point to most */
  home?: string | null;
  /** words that are no locality name here: the document's surnames, demonyms */
  notName: (lower: string) => boolean;
}

/**
 * The splitter may end a sentence at a hard line break in wire copy ("SAN ISIDRO\nLABRADOR JURISDICTION"): a break
 * between two words, with no punctuation, does not end the sentence for the locality patterns.
 */
export function joinLineBreaks(text: string, tokens: Token[]): Token[] {
  // Most reports have no such break: the token array itself then, copied only from the first token that changes.
  let out: Token[] | null = null;
  let id = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k], prev = tokens[k - 1];
    if (prev && prev.sentence !== t.sentence && !(/^[ \t]*\n[ \t]*$/.test(text.slice(prev.end, t.start)) && /^\p{L}/u.test(prev.text) && /^\p{L}/u.test(t.text))) id++;
    if (t.sentence === id) { out?.push(t); continue; }
    out ??= tokens.slice(0, k);
    out.push({ ...t, sentence: id });
  }
  return out ?? tokens;
}

export function findLocalities(cx: LocalityContext): PlaceSpan[] {
  const { text, allCaps } = cx;
  const tokens = joinLineBreaks(text, cx.tokens);
  // A word of a country's name is a name word whatever the dictionary says ("SALVADOR" of "VILLA EL SALVADOR").
  const inPlace = (t: Token) => cx.places.some((p) => p.start <= t.start && t.end <= p.end && p.precision === 'country');
  // Token -> index, asked only of the rare word that is never a place alone: made on the first such word.
  let at: Map<Token, number> | undefined;
  const indexOf = (t: Token) => (at ??= new Map(tokens.map((x, k) => [x, k]))).get(t)!;
  const nameWord = (t: Token) => /^[\p{L}][\p{L}'’.-]*$/u.test(t.text) && !TIME_WORD.test(t.lower) && /^\p{Lu}/u.test(t.text)
    && ((!isCommonWord(t.lower) && !isCommonWord(singular(t.lower))) || inPlace(t))
    && (!NEVER_PLACE.has(t.lower) || afterArticle(tokens, indexOf(t))) && !AFTER.test(t.lower) && !DESIGNATOR.test(t.lower) && (!allCaps || /[AEIOU]/.test(t.text));
  // With no kind word to say it is a place, a name needs the tagger to call it one too, and to be nobody's name.
  const strict = (t: Token) => !cx.notName(t.lower) && (allCaps || t.pos === 'PROPN');
  const found = localityMatches(text, tokens, nameWord, strict);
  // A place inside a locality phrase named by its kind is replaced by it, so it cannot contain it.
  const base = cx.places.filter((p) => !found.some((m) => m.kind !== 'unknown' && m.start < p.end && p.start < m.end));
  const out: PlaceSpan[] = [];
  const unlinked: [LocalityMatch, PlaceSpan][] = [];
  for (const m of found) {
    if (out.some((o) => o.start < m.end && m.start < o.end)) continue;
    const known = cx.places.find((p) => p.start <= m.nameStart && m.nameEnd <= p.end);
    // "CIUDAD CREDISA, A SAN SALVADOR NEIGHBORHOOD": a city named before the kind word says whose neighbourhood it is.
    if (known?.precision === 'city' && /\b(a|an)\s+$/i.test(text.slice(Math.max(0, m.nameStart - 4), m.nameStart))) continue;
    // "in Lima," is a recognised place already, and so is "in ARAUCA INTENDANCY": a known name in the words read.
    // A Spanish head before it makes a longer name, though ("IN VILLA EL SALVADOR").
    if (m.kind === 'unknown' && cx.places.some((p) => m.nameStart <= p.start && p.end <= m.nameEnd && !longerName(text, m, p))) continue;
    const linked = containerOf(text, m, base, tokens);
    const stated = linked ?? sentencePlace(m, base, tokens) ?? (FINE.test(m.kind) ? referredCity(text, m, base) : null);
    // A name the gazetteer knows keeps its own reading when only the sentences around say where the locality is.
    // "THE SANTO DOMINGO CANTON" in a report on El Salvador is no foreign capital, though: a kind word names a local place.
    const abroad = known !== undefined && !!cx.home && known.country !== cx.home && m.kind !== 'unknown';
    if (known && !stated && known.precision !== 'country' && !FINE.test(m.kind) && !abroad) continue;
    const container = stated ?? recentPlace(m, base, tokens, cx.dateline) ?? nextInSentence(text, m, base, tokens) ?? (cx.dateline?.precision === 'city' ? cx.dateline : null);
    if (!container) continue;
    // "THE MEJICANOS AND SOYAPANGO NEIGHBORHOODS" in a report filed from Panama: only a town the phrase itself
    // names ("... neighborhood in Y") moves a known name to another country.
    if (known && known.precision !== 'country' && known.country === cx.home && container.country !== cx.home && !linked) continue;
    // "the San Francisco neighborhood in southwest San Salvador": a town of that name far from the city is another
    // place; the neighbourhood is the city's.
    if (known && known.country === container.country && known.precision !== 'country' && !(FINE.test(m.kind) && farFrom(known, container))) continue;
    const name = text.slice(m.nameStart, m.nameEnd).replace(/\s+/g, ' ');
    const gazetteer = (cx.lookup(name) ?? []).filter((p) => p.cc === container.country && (p.kind === 'city' || p.kind === 'admin2')
      && !(FINE.test(m.kind) && farFrom(p, container)));
    if (gazetteer.length > 0) {
      out.push(toSpan({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }, gazetteer.reduce((a, b) => (b.population > a.population ? b : a))));
      continue;
    }
    // "AN ATTACK IN CARTAGNEA": a name with no kind word that the gazetteer does not know, one letter from a large city.
    const misspelt = m.kind === 'unknown' ? misspeltCity(name, container.country, cx.lookup) : null;
    if (misspelt) {
      out.push(toSpan({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }, misspelt));
      continue;
    }
    const span: PlaceSpan = {
      start: m.start, end: m.end, text: text.slice(m.start, m.end), name: allCaps ? titleCase(name) : name,
      lat: container.lat, lon: container.lon, country: container.country, admin1: container.admin1, geonames_id: null, feature: 'locality',
      precision: FINE.test(m.kind) ? 'neighbourhood' : 'city', radius_km: Math.max(container.radius_km, 3), population: 0,
    };
    out.push(span);
    if (!linked) unlinked.push([m, span]);
  }
  // "THE SAN RAFAEL DISTRICT OF THE TOWN OF PASTO": the town that says whose neighbourhood it is may be one this
  // pass found after it (a bare name the gazetteer knows); the neighbourhood takes that town's point.
  const towns = [...cx.places, ...out.filter((o) => o.feature !== 'locality')].sort((a, b) => a.start - b.start);
  for (const [m, span] of unlinked) {
    const town = containerOf(text, m, towns, tokens);
    if (town && town.country === span.country && town.precision === 'city') Object.assign(span, { lat: town.lat, lon: town.lon, admin1: town.admin1, radius_km: Math.max(town.radius_km, 3) });
  }
  return [...out, ...repeats(text, out, [...cx.places, ...out])].sort((a, b) => a.start - b.start);
}

/**
 * "IN THE PALO QUEMADO SECTOR ... AT 19TH CARRERA IN PALO QUEMADO": a locality the report has named by its kind is
 * the same place when its name comes again bare, written the same way (a word on its own, not inside another name).
 */
function repeats(text: string, localities: PlaceSpan[], taken: PlaceSpan[]): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  const names = new Set<string>();
  for (const l of localities) {
    if (l.feature !== 'locality') continue;
    const written = text.slice(l.start, l.end).replace(/\s+(neighbou?rhood|district|sector|area|canton|village)s?$/i, '');
    if (written.length < 4 || names.has(written)) continue;
    names.add(written);
    for (let at = text.indexOf(written, l.end); at >= 0; at = text.indexOf(written, at + written.length)) {
      const end = at + written.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if ([...taken, ...out].some((p) => p.start < end && at < p.end)) continue;
      out.push({ ...l, start: at, end, text: written });
    }
  }
  return out;
}

/** "VILLA EL SALVADOR": the recognised place is the tail of a name a Spanish head word starts. */
function longerName(text: string, m: LocalityMatch, p: PlaceSpan): boolean {
  return p.start > m.nameStart && /^(villa|puerto|ciudad|san|santa|santo|nueva|nuevo)\s/i.test(text.slice(m.nameStart, p.start));
}

// Beyond this distance from a city's edge, a town is not one of its neighbourhoods.
const NEIGHBOURHOOD_REACH_KM = 15;

function farFrom(p: { lat: number; lon: number }, city: PlaceSpan): boolean {
  return city.precision === 'city' && distanceKm(p, city) > city.radius_km + NEIGHBOURHOOD_REACH_KM;
}

/** "... neighborhood in Lima", "... farm, Usulutan Department": the next place, joined by in/of/a comma. */
function containerOf(text: string, m: LocalityMatch, places: PlaceSpan[], tokens: Token[]): PlaceSpan | null {
  const next = places.find((p) => p.start >= m.phraseEnd && p.start - m.phraseEnd < 60);
  // "... district of the town of Pasto": the kind of the town may stand before its name.
  if (!next || !/^(\s*(,|in|of|near|the|city|town|port|municipality)\s*)*$/i.test(text.slice(m.phraseEnd, next.start))) return null;
  return sentenceOf(tokens, m.start) === sentenceOf(tokens, next.start) ? next : null;
}

/**
 * "IN EL ZAPOTAL, SAN JOSE LAS FLORES JURISDICTION, CHALATENANGO DEPARTMENT", "IN X MUNICIPALITY, SOUTHERN CESAR
 * DEPARTMENT": the town or province named a few words on in the same clause, when the report names none before.
 */
function nextInSentence(text: string, m: LocalityMatch, places: PlaceSpan[], tokens: Token[]): PlaceSpan | null {
  const next = places.find((p) => p.start >= m.phraseEnd && ['city', 'admin2', 'admin1'].includes(p.precision));
  if (!next || next.start - m.phraseEnd > 80 || /[.;:()"“”]/.test(text.slice(m.phraseEnd, next.start))) return null;
  return sentenceOf(tokens, m.start) === sentenceOf(tokens, next.start) ? next : null;
}

/** Otherwise the town or province named last before it in the same sentence. */
function sentencePlace(m: LocalityMatch, places: PlaceSpan[], tokens: Token[]): PlaceSpan | null {
  const s = sentenceOf(tokens, m.start);
  const before = places.filter((p) => p.end <= m.start && ['city', 'admin2', 'admin1'].includes(p.precision) && sentenceOf(tokens, p.start) === s);
  return before[before.length - 1] ?? null;
}

// How many sentences back a locality's town or province may have been named.
const RECENT_SENTENCES = 2;

/** "... in Arauca Intendancy. The attack occurred in Araucita jurisdiction": the town or province the sentences before named. */
function recentPlace(m: LocalityMatch, places: PlaceSpan[], tokens: Token[], dateline: PlaceSpan | null): PlaceSpan | null {
  const s = sentenceOf(tokens, m.start);
  if (s === undefined) return null;
  // Only in the dateline's country: a place abroad named before is more often another matter.
  const before = places.filter((p) => p.end <= m.start && ['city', 'admin2', 'admin1'].includes(p.precision)
    && s - (sentenceOf(tokens, p.start) ?? -Infinity) <= RECENT_SENTENCES
    && (dateline === null || (p.start !== dateline.start && p.country === dateline.country)));
  return before[before.length - 1] ?? null;
}

/** "the city's Prymorskyi district": the city the report named last, not the dateline the reporter wrote from. */
function referredCity(text: string, m: LocalityMatch, places: PlaceSpan[]): PlaceSpan | null {
  if (!/\b(the|that) (city|town|capital|port)(['’]s| of)\s*$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) return null;
  const before = places.filter((p) => p.end <= m.start && p.precision === 'city');
  return before[before.length - 1] ?? null;
}

function sentenceOf(tokens: Token[], offset: number): number | undefined {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (tokens[mid].end <= offset) lo = mid + 1; else hi = mid; }
  return tokens[lo]?.sentence;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
