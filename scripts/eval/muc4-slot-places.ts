// Gold MUC-4 incident locations ("COUNTRY: DEPARTMENT (KIND): TOWN (KIND)") and the location rule of muc4-slots.ts.
import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import type { Mention } from '../../src/contract/mention.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/es.json'));

// Words that name the kind of place, dropped before comparing ("Departamento de Morazan" = "MORAZAN").
const DROP = new Set(['department', 'departamento', 'dept', 'province', 'provincia', 'state', 'estado', 'district', 'distrito',
  'municipality', 'municipio', 'region', 'village', 'canton', 'of', 'de', 'del']);
/** Kinds of place in the keys that are administrative areas: they may match the mention's admin1. */
const ADMIN_KINDS = /\b(DEPARTMENT|PROVINCE|REGION|STATE|INTENDANCY|JURISDICTION|COMMISSARY)\b/i;

export function normPlace(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    .split(' ').filter((w) => w && !DROP.has(w)).join(' ');
}

export interface GoldPlace { name: string; admin: boolean }

/** One location alternative: the levels from country down, each a list of places ("A (CITY) - B (CITY)"). */
export function parseMucLocation(alt: string): GoldPlace[][] {
  return alt
    .split(':')
    .map((level) => level.split(/\s+-\s+/).map((p) => ({ name: normPlace(p.replace(/\([^)]*\)/g, ' ')), admin: ADMIN_KINDS.test(p) })).filter((p) => p.name))
    .filter((l) => l.length);
}

export function countryNames(iso: string | null): string[] {
  if (!iso) return [];
  return [...(countries.getName(iso, 'en', { select: 'all' }) ?? []), ...(countries.getName(iso, 'es', { select: 'all' }) ?? [])].map(normPlace);
}

export interface LocVerdict { strict: boolean; anyLevel: boolean; country: boolean }

/** alts: the gold alternatives, each as parseMucLocation gives it. */
export function locationVerdict(m: Mention, alts: GoldPlace[][][]): LocVerdict {
  const verdict: LocVerdict = { strict: false, anyLevel: false, country: false };
  const loc = m.location;
  if (!loc) return verdict;
  const norm = (xs: (string | null)[]) => new Set(xs.filter((x): x is string => !!x).map(normPlace));
  // Our facility and neighbourhood names carry their city in brackets ("Dora (Baghdad)"): the name is what precedes,
  // and a key that names only the city is answered by a place in it.
  const bare = loc.name.replace(/\s*\([^)]*\)\s*$/, '');
  const city = /\(([^)]*)\)\s*$/.exec(loc.name)?.[1] ?? null;
  const place = norm([loc.name, bare, loc.text, loc.precision === 'facility' || loc.precision === 'neighbourhood' ? city : null]);
  const admin = norm([loc.name, bare, loc.text, loc.admin1]);
  const ctry = new Set(countryNames(loc.country));
  if (loc.precision === 'country') for (const n of place) ctry.add(n);
  const hit = (p: GoldPlace) => (p.admin ? admin : place).has(p.name);
  for (const levels of alts) {
    const countryOk = levels[0].some((p) => ctry.has(p.name));
    const below = levels.slice(1);
    verdict.country ||= countryOk;
    verdict.strict ||= below.length ? below[below.length - 1].some(hit) : countryOk;
    verdict.anyLevel ||= below.length ? below.some((l) => l.some(hit)) : countryOk;
  }
  return verdict;
}

