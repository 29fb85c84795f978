// The gazetteer: GeoNames places compiled at build time (data/gazetteer/places.tsv), the facility layer
// (data/facilities.json) and demonyms (data/demonyms.json). Loaded once per process, lazily.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../lexicon/data-dir.js';
import { normalizeName } from './normalize.js';
import { PhraseIndex } from '../lexicon/phrase-index.js';

export type PlaceKind = 'city' | 'admin1' | 'country' | 'facility';

export interface Place {
  kind: PlaceKind;
  id: string;
  name: string;
  lat: number;
  lon: number;
  cc: string;
  admin1: string | null;
  feature: string; // GeoNames feature code, or the facility kind
  population: number;
  radiusKm: number;
  geonamesId: number | null;
  /** facilities only: the city whose mention makes the generic aliases count */
  city?: string | null;
}

export interface Facility extends Place { aliases: string[]; contextAliases: string[] }

export interface Gazetteer {
  byName: Map<string, Place[]>;
  countries: Map<string, Place>;
  capitals: Map<string, Place>;
  demonyms: Map<string, string>;
  facilities: Facility[];
  facilityIndex: PhraseIndex<{ facility: Facility; contextual: boolean }>;
}


let cached: Gazetteer | null = null;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const dir = dataDir();
  const tsv = join(dir, 'gazetteer', 'places.tsv');
  if (!existsSync(tsv)) throw new Error(`gazetteer: expected ${tsv}, got no file: run "npm run build" (it compiles the GeoNames index)`);
  const g: Gazetteer = { byName: new Map(), countries: new Map(), capitals: new Map(), demonyms: new Map(), facilities: [], facilityIndex: new PhraseIndex() };
  const add = (name: string, p: Place) => {
    const key = normalizeName(name);
    const list = g.byName.get(key);
    if (!list) g.byName.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const line of readFileSync(tsv, 'utf8').split('\n')) {
    if (line === '') continue;
    const [kind, id, name, alt, lat, lon, cc, a1, feature, pop, radius] = line.split('\t');
    const p: Place = { kind: kind as PlaceKind, id, name, lat: +lat, lon: +lon, cc, admin1: a1 || null, feature, population: +pop, radiusKm: +radius, geonamesId: kind === 'city' ? +id : null };
    add(name, p);
    if (alt) for (const a of alt.split('|')) add(a, p);
    if (kind === 'country') g.countries.set(cc, p);
    if (feature === 'PPLC' && (!g.capitals.has(cc) || g.capitals.get(cc)!.population < p.population)) g.capitals.set(cc, p);
  }
  const demonyms = JSON.parse(readFileSync(join(dir, 'demonyms.json'), 'utf8')) as Record<string, string | null>;
  for (const [word, cc] of Object.entries(demonyms)) if (cc && !word.startsWith('_')) g.demonyms.set(normalizeName(word), cc);
  loadFacilities(g, join(dir, 'facilities.json'));
  cached = g;
  return g;
}

function loadFacilities(g: Gazetteer, file: string): void {
  if (!existsSync(file)) return;
  const entries = JSON.parse(readFileSync(file, 'utf8')) as any[];
  for (const e of entries) {
    const f: Facility = {
      kind: 'facility', id: e.id, name: e.name, lat: e.lat, lon: e.lon, cc: e.country, admin1: e.admin1 ?? null, feature: e.kind,
      population: 0, radiusKm: e.radius_km, geonamesId: null, city: e.city ?? null,
      aliases: [e.name, ...(e.aliases ?? [])], contextAliases: e.context_aliases ?? [],
    };
    g.facilities.push(f);
    for (const a of f.aliases) g.facilityIndex.add(a, { facility: f, contextual: false });
    for (const a of f.contextAliases) g.facilityIndex.add(a, { facility: f, contextual: true });
  }
}
