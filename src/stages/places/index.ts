// Places: toponyms resolved to coordinates, plus facilities and "the Iraqi capital" style references.
import type { PlaceSpan } from '../../doc/doc.js';
import type { Stage } from '../../doc/stage.js';
import { layer, overlaps } from '../../doc/doc.js';
import { type Place, loadGazetteer } from '../../gazetteer/gazetteer.js';
import { normalizeName } from '../../gazetteer/normalize.js';
import { isAllCaps } from '../sentences/index.js';
import { findFacilities } from './facilities.js';
import { recognise } from './recognise.js';
import { choosePlace, documentCountries, toSpan } from './resolve.js';

const CAPITAL_OF = /\bthe ([A-Z][a-z]+) capital\b/g;

/** A small town abroad in a report about another country is nearly always a name that happens to match. */
function plausible(p: Place, votes: Map<string, number>): boolean {
  if (p.kind !== 'city' || p.population >= 100_000) return true;
  const strongest = Math.max(0, ...votes.values());
  return strongest < 2 || (votes.get(p.cc) ?? 0) * 2 >= strongest;
}

export const placesStage: Stage = {
  name: 'places',
  needs: ['tokens', 'sentences'],
  adds: ['places'],
  run(doc) {
    const g = loadGazetteer();
    const tokens = layer(doc, 'tokens');
    const candidates = recognise(doc.text, tokens, g, isAllCaps(doc.text));
    const votes = documentCountries(candidates, tokens, g);
    const places: PlaceSpan[] = [];
    for (const c of candidates) {
      const p = choosePlace(c, votes, doc.text);
      if (!plausible(p, votes)) continue;
      places.push(toSpan(c, p));
    }
    for (const m of doc.text.matchAll(CAPITAL_OF)) {
      const cc = g.demonyms.get(normalizeName(m[1]));
      const capital = cc ? g.capitals.get(cc) : undefined;
      if (capital) places.push(toSpan({ start: m.index!, end: m.index! + m[0].length, text: m[0] }, capital));
    }
    // Named facilities first: "Aden Adde International Airport" is in Mogadishu, so its "Aden" names no city.
    const named = findFacilities(doc.text, tokens, g, new Set());
    const cityNames = new Set(places.filter((p) => p.precision === 'city' && !named.some((f) => overlaps(f, p))).map((p) => normalizeName(p.name)));
    const facilities = findFacilities(doc.text, tokens, g, cityNames);
    // A facility name that contains a city ("US Embassy in Baghdad") replaces the city inside it.
    const kept = places.filter((p) => !facilities.some((f) => overlaps(f, p)));
    doc.layers.places = [...kept, ...facilities].sort((a, b) => a.start - b.start);
  },
};
