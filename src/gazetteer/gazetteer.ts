// The gazetteer: GeoNames places compiled at build time (data/gazetteer/, see scripts/build-gazetteer.ts),
// regions written by us (data/regions.json), the facility layer (data/facilities.json) and demonyms
// (data/demonyms.json). Loaded once per process, lazily; places are parsed only when a name asks for them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../lexicon/data-dir.js';
import { PhraseIndex } from '../lexicon/phrase-index.js';
import { lineStarts, SortedNames } from './name-index.js';
import { NameLookup } from './name-lookup.js';
import { normalizeName } from './normalize.js';
import { loadRegions } from './regions.js';

export { NameLookup };

export type PlaceKind = 'city' | 'admin2' | 'admin1' | 'country' | 'region' | 'facility';

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
  /** regions only: the countries it lies in or borders, evidence for which "Gulf" is meant */
  countries?: string[];
}

export interface Facility extends Place { aliases: string[]; contextAliases: string[] }

export interface Gazetteer {
  byName: NameLookup;
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
  const file = (name: string) => {
    const path = join(dir, 'gazetteer', name);
    if (!existsSync(path)) throw new Error(`gazetteer: expected ${path}, got no file: run "npm run build" (it compiles the GeoNames index)`);
    return readFileSync(path, 'utf8');
  };
  const rowsText = file('rows.tsv');
  const rowStart = lineStarts(rowsText);
  const parsed: (Place | undefined)[] = new Array(rowStart.length);
  const place = (row: number): Place => (parsed[row] ??= parseRow(rowsText, rowStart[row]));
  const meta = JSON.parse(file('meta.json')) as { countries: Record<string, number>; capitals: Record<string, number> };
  const g: Gazetteer = {
    byName: new NameLookup(new SortedNames(file('names.tsv')), place, loadRegions(join(dir, 'regions.json'))),
    countries: new Map(Object.entries(meta.countries).map(([cc, row]) => [cc, place(row)])),
    capitals: new Map(Object.entries(meta.capitals).map(([cc, row]) => [cc, place(row)])),
    demonyms: new Map(), facilities: [], facilityIndex: new PhraseIndex(),
  };
  const demonyms = JSON.parse(readFileSync(join(dir, 'demonyms.json'), 'utf8')) as Record<string, string | null>;
  for (const [word, cc] of Object.entries(demonyms)) if (cc && !word.startsWith('_')) g.demonyms.set(normalizeName(word), cc);
  loadFacilities(g, join(dir, 'facilities.json'));
  cached = g;
  return g;
}

function parseRow(text: string, at: number): Place {
  const end = text.indexOf('\n', at);
  const [kind, id, name, lat, lon, cc, a1, feature, pop, radius] = text.slice(at, end < 0 ? undefined : end).split('\t');
  return {
    kind: kind as PlaceKind, id, name, lat: +lat, lon: +lon, cc, admin1: a1 || null, feature, population: +pop, radiusKm: +radius,
    geonamesId: kind === 'city' ? +id : null,
  };
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
