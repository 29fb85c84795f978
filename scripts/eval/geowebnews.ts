// GeoWebNews toponym recognition and resolution. Rules (quoted in docs/EVAL.md):
// - Gold: the <toponym> elements of each article, by `type`. Three sets are scored (GWN_SETS):
//   literal (the chosen set: place names used as places), place names (literal plus metonymic, modifier and
//   embedded uses of a place name, i.e. every type GWN gives coordinates to) and all toponym types (place names
//   plus demonyms, languages and homonyms). Adjectival forms (modifierType Adjective: "Syrian army") are left out
//   of the first two: they describe actors, not places. Literal_Expression, Non_Lit_Expression and Non_Toponym
//   spans ("the city", "residents", an organisation named after a place) are not toponyms.
// - Predicted: every entry of the `places` layer of `annotate`.
// - Recall: gold spans of the set overlapped by at least one predicted place. Precision: predicted places that
//   overlap a gold span of the set / predicted places counted, where a prediction overlapping only toponyms
//   outside the set is not counted and one overlapping no toponym at all (of any type) is a false positive.
// - Resolution: every found gold toponym of the set that has coordinates is paired with the overlapping prediction
//   of largest overlap; accuracy = pairs whose predicted point is within 161 km of the gold point / pairs with a
//   predicted point; median error in km over the same pairs. Gazetteers place a country or a province at different
//   points (GWN uses GeoNames' points; a population centre can lie 1000 km away), so the same figures are also given
//   for the pairs whose prediction is finer than a province (its GeoNames feature is not a country, admin area,
//   region or continent).
import { distanceKm } from './metrics.js';
import { overlap } from './matching.js';
import type { PlaceAnn } from './run-annotate.js';
import { decodeEntities } from './xml-text.js';

export interface Toponym { start: number; end: number; name: string; type: string; modifier: string; lat: number | null; lon: number | null }
export interface GwnArticle { id: string; text: string; toponyms: Toponym[]; realigned: number; misaligned: number }

const field = (xml: string, tag: string) => decodeEntities(xml.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))?.[1] ?? '');

/** Parses GWN.xml. A gold span whose text differs from its extractedName is moved to the nearest occurrence of that name. */
export function parseGwn(xml: string): GwnArticle[] {
  const out: GwnArticle[] = [];
  for (const a of xml.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)) {
    const id = a[1].match(/file="([^"]*)"/)?.[1] ?? String(out.length);
    const text = field(a[2], 'text');
    let realigned = 0;
    let misaligned = 0;
    const toponyms = [...a[2].matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)].map((t): Toponym => {
      const num = (tag: string) => (field(t[1], tag).trim() === '' ? null : Number(field(t[1], tag)));
      let start = num('start') ?? 0;
      const name = field(t[1], 'extractedName');
      if (text.slice(start, start + name.length) !== name && name) {
        const at = nearest(text, name, start);
        if (at === null) misaligned++;
        else [start, realigned] = [at, realigned + 1];
      }
      return { start, end: start + name.length, name, type: field(t[1], 'type'), modifier: field(t[1], 'modifierType'), lat: num('latitude'), lon: num('longitude') };
    });
    out.push({ id, text, toponyms, realigned, misaligned });
  }
  return out;
}

function nearest(text: string, name: string, near: number): number | null {
  let best: number | null = null;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (best === null || Math.abs(i - near) < Math.abs(best - near)) best = i;
  return best;
}

const PLACE_USES = ['Literal', 'Mixed', 'Coercion', 'Embedded_Literal', 'Literal_Modifier'];
const OTHER_PLACE_USES = ['Metonymic', 'Non_Literal_Modifier', 'Embedded_Non_Lit'];
const NOT_PLACES = ['Demonym', 'Language', 'Homonym'];

export const GWN_SETS: { name: string; what: string; has: (t: Toponym) => boolean }[] = [
  { name: 'literal', what: `${PLACE_USES.join(', ')}; not adjectival`, has: (t) => PLACE_USES.includes(t.type) && t.modifier !== 'Adjective' },
  { name: 'place names', what: `literal + ${OTHER_PLACE_USES.join(', ')}; not adjectival`, has: (t) => [...PLACE_USES, ...OTHER_PLACE_USES].includes(t.type) && t.modifier !== 'Adjective' },
  { name: 'all toponym types', what: `every type but Literal_Expression, Non_Lit_Expression, Non_Toponym (adds adjectival forms, ${NOT_PLACES.join(', ')})`, has: (t) => isToponym(t) },
];

export function isToponym(t: Toponym): boolean {
  return [...PLACE_USES, ...OTHER_PLACE_USES, ...NOT_PLACES].includes(t.type);
}

export interface GwnSetScore {
  gold: number; found: number; predCounted: number; predTp: number; pairs: number; pairsWithPoint: number; within161: number; errorsKm: number[];
  /** the same, for pairs whose prediction is a place finer than a province */
  finePairs: number; fineWithin161: number; fineErrorsKm: number[];
}

/** GeoNames feature codes of countries, provinces (admin1), regions and continents. */
const AREA = /^(PCL\w*|ADM1H?|ADMD|TERR|RGN\w*|CONT|ZN)$/;
export const isArea = (feature: string | null | undefined): boolean => !!feature && AREA.test(feature);

export function scoreGwnArticle(a: GwnArticle, pred: PlaceAnn[], has: (t: Toponym) => boolean): GwnSetScore {
  const gold = a.toponyms.filter(has);
  const s: GwnSetScore = { ...EMPTY, gold: gold.length, errorsKm: [], fineErrorsKm: [] };
  for (const p of pred) {
    if (gold.some((g) => overlap(g, p) > 0)) [s.predCounted, s.predTp] = [s.predCounted + 1, s.predTp + 1];
    else if (!a.toponyms.some((t) => isToponym(t) && overlap(t, p) > 0)) s.predCounted++;
  }
  for (const g of gold) {
    const best = pred.reduce<PlaceAnn | null>((b, p) => (overlap(g, p) > (b ? overlap(g, b) : 0) ? p : b), null);
    if (!best) continue;
    s.found++;
    if (g.lat === null || g.lon === null) continue;
    s.pairs++;
    if (best.lat === null || best.lon === null) continue;
    s.pairsWithPoint++;
    const km = distanceKm(g.lat, g.lon, best.lat, best.lon);
    s.errorsKm.push(km);
    if (km <= 161) s.within161++;
    if (isArea(best.feature)) continue;
    s.finePairs++;
    s.fineErrorsKm.push(km);
    if (km <= 161) s.fineWithin161++;
  }
  return s;
}

export interface GwnResult {
  articles: number;
  sets: { name: string; what: string; score: GwnSetScore }[];
  byType: { type: string; gold: number; found: number }[];
  realigned: number;
  misaligned: number;
  missing: number;
}

const EMPTY: GwnSetScore = { gold: 0, found: 0, predCounted: 0, predTp: 0, pairs: 0, pairsWithPoint: 0, within161: 0, errorsKm: [], finePairs: 0, fineWithin161: 0, fineErrorsKm: [] };

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function scoreGwn(articles: GwnArticle[], records: { id: string; places: PlaceAnn[] }[]): GwnResult {
  const byId = new Map(records.map((r) => [r.id, r]));
  const sum = (a: GwnSetScore, b: GwnSetScore): GwnSetScore => ({
    gold: a.gold + b.gold, found: a.found + b.found, predCounted: a.predCounted + b.predCounted, predTp: a.predTp + b.predTp,
    pairs: a.pairs + b.pairs, pairsWithPoint: a.pairsWithPoint + b.pairsWithPoint, within161: a.within161 + b.within161, errorsKm: [...a.errorsKm, ...b.errorsKm],
    finePairs: a.finePairs + b.finePairs, fineWithin161: a.fineWithin161 + b.fineWithin161, fineErrorsKm: [...a.fineErrorsKm, ...b.fineErrorsKm],
  });
  const empty = { ...EMPTY, errorsKm: [], fineErrorsKm: [] };
  const places = (a: GwnArticle) => byId.get(a.id)?.places ?? [];
  const types = [...new Set(articles.flatMap((a) => a.toponyms.map((t) => t.type)))].sort();
  return {
    articles: articles.length,
    sets: GWN_SETS.map((set) => ({ name: set.name, what: set.what, score: articles.map((a) => scoreGwnArticle(a, places(a), set.has)).reduce(sum, empty) })),
    byType: types.map((type) => {
      const s = articles.map((a) => scoreGwnArticle(a, places(a), (t) => t.type === type)).reduce(sum, empty);
      return { type, gold: s.gold, found: s.found };
    }),
    realigned: articles.reduce((n, a) => n + a.realigned, 0),
    misaligned: articles.reduce((n, a) => n + a.misaligned, 0),
    missing: articles.filter((a) => !byId.has(a.id)).length,
  };
}
