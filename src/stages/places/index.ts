// Places: toponyms resolved to coordinates, plus facilities and "the Iraqi capital" style references.
import type { PlaceSpan } from '../../doc/doc.js';
import type { Stage } from '../../doc/stage.js';
import { layer, overlaps } from '../../doc/doc.js';
import { outsideExcluded } from '../../doc/analysed-text.js';
import { type Place, loadGazetteer } from '../../gazetteer/gazetteer.js';
import { normalizeName } from '../../gazetteer/normalize.js';
import { isAllCaps } from '../sentences/index.js';
import { findAbbreviations } from './abbreviations.js';
import { applyQualifiers, datelinePlace, documentEvidence, dropForeignNames, findDateline } from './evidence.js';
import { findBuildings } from './buildings.js';
import { findFacilities } from './facilities.js';
import { findLocalities } from './localities.js';
import { recognise, surnamesOf } from './recognise.js';
import { resolveAll, toSpan } from './resolve.js';

// "the Iraqi capital", and in wire copy "THE PERUVIAN CAPITAL".
const CAPITAL_OF = /\b(?:the ([A-Z][a-z]+) capital|THE ([A-Z]{3,}) CAPITAL)\b/g;

/**
 * A small town in a country the report barely mentions is nearly always a name that happens to match. A report
 * mostly about the US soldier killed in Syria still mentions Syria often enough to keep its towns.
 */
function plausible(p: Place, votes: Map<string, number>): boolean {
  if (p.kind !== 'city' || p.population >= 100_000) return true;
  const strongest = Math.max(0, ...votes.values());
  return strongest < 2 || (votes.get(p.cc) ?? 0) * 4 >= strongest;
}

/** "SOYAPANGO CITY", "Parañaque City": the word City belongs to the name as written. */
function withCityWord(text: string, p: PlaceSpan): PlaceSpan {
  const m = p.precision === 'city' && p.feature !== 'locality' ? /^ (City|CITY)\b/.exec(text.slice(p.end, p.end + 6)) : null;
  return m ? { ...p, end: p.end + m[0].length, text: text.slice(p.start, p.end + m[0].length) } : p;
}

/**
 * "the Escalon neighborhood ... hostages in Escalon": a name the report has already given as a locality of its own
 * keeps that reading, not the far-off town of that name.
 */
function sameLocality(p: PlaceSpan, localities: PlaceSpan[]): PlaceSpan {
  if ((p.precision !== 'city' && p.precision !== 'admin2') || p.population >= 100_000) return p;
  const key = normalizeName(p.text);
  const l = localities.find((x) => x.start < p.start && x.feature === 'locality' && normalizeName(x.name) === key && x.country !== p.country);
  return l ? { ...l, start: p.start, end: p.end, text: p.text } : p;
}

export const placesStage: Stage = {
  name: 'places',
  needs: ['excluded', 'tokens', 'sentences'],
  adds: ['places'],
  run(doc) {
    const g = loadGazetteer();
    const tokens = layer(doc, 'tokens');
    const allCaps = isAllCaps(doc.text);
    const surnames = surnamesOf(doc.text, tokens, g, allCaps);
    const found = recognise(doc.text, tokens, g, allCaps, surnames);
    const abbreviations = findAbbreviations(doc.text, tokens, g, allCaps).filter((a) => !found.some((c) => overlaps(a, c)));
    const recognised = [...found, ...abbreviations].sort((a, b) => a.start - b.start);
    applyQualifiers(doc.text, recognised);
    const datelineMention = findDateline(doc.text, recognised);
    const dateline = datelineMention ? datelinePlace(datelineMention) : null;
    if (datelineMention && dateline) datelineMention.places = [dateline];
    const ev = documentEvidence(recognised, tokens, g, dateline);
    const candidates = dropForeignNames(recognised, ev, allCaps);
    const chosen = resolveAll(candidates, ev, doc.text);
    const places: PlaceSpan[] = [];
    candidates.forEach((c, k) => { if (plausible(chosen[k], ev.votes)) places.push(toSpan(c, chosen[k])); });
    for (const m of doc.text.matchAll(CAPITAL_OF)) {
      const cc = g.demonyms.get(normalizeName(m[1] ?? m[2]));
      const capital = cc ? g.capitals.get(cc) : undefined;
      if (capital) places.push(toSpan({ start: m.index!, end: m.index! + m[0].length, text: m[0] }, capital));
    }
    // Named facilities first: "Aden Adde International Airport" is in Mogadishu, so its "Aden" names no city.
    const named = findFacilities(doc.text, tokens, g, new Set());
    const cityNames = new Set(places.filter((p) => p.precision === 'city' && !named.some((f) => overlaps(f, p))).map((p) => normalizeName(p.name)));
    const facilities = findFacilities(doc.text, tokens, g, cityNames);
    // A facility name that contains a city ("US Embassy in Baghdad") replaces the city inside it.
    const listed = [...places.filter((p) => !facilities.some((f) => overlaps(f, p))), ...facilities].sort((a, b) => a.start - b.start);
    const buildings = findBuildings(doc.text, tokens, allCaps, listed);
    const kept = [...listed.filter((p) => !buildings.some((b) => overlaps(b, p))), ...buildings].sort((a, b) => a.start - b.start);
    const datelineSpan = kept.find((p) => datelineMention && p.start === datelineMention.start) ?? null;
    const notName = (lower: string) => surnames.has(lower) || g.demonyms.has(lower);
    const home = [...ev.votes].reduce<[string, number] | null>((a, b) => (a && a[1] >= b[1] ? a : b), null)?.[0] ?? null;
    const localities = findLocalities({ text: doc.text, tokens, allCaps, places: kept, dateline: datelineSpan, lookup: (n) => g.byName.find(n), notName, home });
    const all = [...kept.filter((p) => !localities.some((l) => overlaps(l, p))).map((p) => sameLocality(p, localities)), ...localities].sort((a, b) => a.start - b.start);
    // Tokens stop at boilerplate, but a text search ("the Iraqi capital", a locality named again) does not.
    doc.layers.places = outsideExcluded(doc, all.map((p) => withCityWord(doc.text, p)));
  },
};
