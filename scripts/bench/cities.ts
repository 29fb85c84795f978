// The places the synthetic reports happen in: real cities from the compiled gazetteer (data/gazetteer/places.tsv).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface City {
  name: string; // as a wire story writes it: GeoNames name with diacritics folded ("Kandahār" -> "Kandahar")
  country: string; // short English name ("Syria", not "Syrian Arab Republic")
  cc: string; // ISO 3166-1 alpha-2
  admin1: string | null;
  population: number;
}

export const PLACES_TSV = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'gazetteer', 'places.tsv');

// GeoNames gives formal state names; reports use the short ones.
const SHORT_COUNTRY: Record<string, string> = {
  SY: 'Syria', IR: 'Iran', RU: 'Russia', CN: 'China', TZ: 'Tanzania', LA: 'Laos', MD: 'Moldova', MK: 'North Macedonia',
  CD: 'the Democratic Republic of Congo', CG: 'Congo', US: 'the United States', GB: 'Britain', GM: 'Gambia',
  PS: 'the Palestinian territories', TW: 'Taiwan', KR: 'South Korea', KP: 'North Korea', VN: 'Vietnam', BO: 'Bolivia',
  VE: 'Venezuela', TR: 'Turkey', CI: 'Ivory Coast', BN: 'Brunei', CZ: 'the Czech Republic', NL: 'the Netherlands',
  PH: 'the Philippines', AE: 'the United Arab Emirates', CF: 'the Central African Republic',
};

export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʻʼ`]/g, "'");
}

/** Cities of more than `minPopulation` people, in file order (stable across runs). */
export function loadCities(file = PLACES_TSV, minPopulation = 200_000): City[] {
  if (!existsSync(file)) throw new Error(`bench: expected the gazetteer at ${file}, got no file: run "npm run build" first`);
  const countries = new Map<string, string>();
  const rows: string[][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols[0] === 'country') countries.set(cols[6], cols[2]);
    else if (cols[0] === 'city' && Number(cols[9]) > minPopulation) rows.push(cols);
  }
  const cities = rows.map((c) => ({
    name: foldName(c[2]), cc: c[6], admin1: c[7] || null, population: Number(c[9]),
    country: SHORT_COUNTRY[c[6]] ?? countries.get(c[6]) ?? c[6],
  }));
  if (cities.length < 50) throw new Error(`bench: expected hundreds of cities over ${minPopulation} people in ${file}, got ${cities.length}`);
  return cities;
}
