// Continents, regions, oceans and seas (data/regions.json, written by us): GeoNames' populated places have none.
import { existsSync, readFileSync } from 'node:fs';
import type { Place } from './gazetteer.js';
import { normalizeName } from './normalize.js';

export interface Extra {
  byKey: Map<string, { place: Place; acronym: boolean }[]>;
  /** every leading run of words of a longer name ("north" for "north africa", "sub" for "sub-saharan africa") */
  prefixes: Set<string>;
}

interface RegionEntry { name: string; aliases: string[]; feature: string; lat: number; lon: number; radius_km: number; countries: string[]; country?: string }

export function loadRegions(file: string): Extra {
  const extra: Extra = { byKey: new Map(), prefixes: new Set() };
  if (!existsSync(file)) return extra;
  const entries = (JSON.parse(readFileSync(file, 'utf8')) as (RegionEntry | { _note: string })[]).filter((e): e is RegionEntry => 'name' in e);
  for (const e of entries) {
    const place: Place = {
      kind: 'region', id: `R:${e.name}`, name: e.name, lat: e.lat, lon: e.lon, cc: e.country ?? (e.countries.length === 1 ? e.countries[0] : ''),
      admin1: null, feature: e.feature, population: 0, radiusKm: e.radius_km, geonamesId: null, countries: e.countries,
    };
    for (const alias of [e.name, ...e.aliases]) {
      const key = normalizeName(alias);
      const list = extra.byKey.get(key) ?? [];
      list.push({ place, acronym: /^([A-Z]\.?){2,5}$/.test(alias) && !/^([A-Z]\.){2,5}$/.test(alias) });
      extra.byKey.set(key, list);
      for (const m of key.matchAll(/[ \-']/g)) extra.prefixes.add(key.slice(0, m.index));
    }
  }
  return extra;
}
