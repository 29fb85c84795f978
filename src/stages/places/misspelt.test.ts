// A large city's name one letter wrong (misspelt.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../gazetteer/gazetteer.js';
import { misspeltCity, oneEditVariants } from './misspelt.js';

const city = (name: string, cc: string, population: number): Place => ({
  kind: 'city', id: `${cc}:${name}`, name, lat: 0, lon: 0, cc, admin1: null, feature: 'PPL', population, radiusKm: 10, geonamesId: null,
});
const places = [city('Barranquilla', 'CO', 1_200_000), city('Villavicencio', 'CO', 450_000), city('Villavicenzio', 'CO', 100), city('Cartagena', 'CO', 900_000), city('Cartagena', 'ES', 200_000)];
const lookup = (name: string) => { const found = places.filter((p) => p.name.toLowerCase() === name); return found.length ? found : undefined; };

test('one edit away: deletions, substitutions, insertions and swaps', () => {
  const v = oneEditVariants('abc');
  for (const w of ['bc', 'ac', 'ab', 'xbc', 'axc', 'abx', 'xabc', 'abcx', 'bac', 'acb']) assert.ok(v.has(w), w);
  assert.ok(!v.has('abc'));
  assert.ok(!v.has('cab'));
});

// [rule, written, country, expected city or null]
const rows: [string, string, string, string | null][] = [
  ['a letter too many', 'BARRANQUILLLA', 'CO', 'Barranquilla'],
  ['two letters swapped', 'CARTAGNEA', 'CO', 'Cartagena'],
  ['the city of the report\'s country only', 'CARTAGNEA', 'ES', 'Cartagena'],
  ['a small town one letter away does not count', 'VILLAVICENSIO', 'CO', 'Villavicencio'],
  ['two letters wrong', 'BARANQUILA', 'CO', null],
  ['another country', 'BARRANQUILLLA', 'VE', null],
  ['too short to tell', 'CALLI', 'CO', null],
];

test('a large city\'s name written one letter wrong', async (t) => {
  for (const [rule, written, cc, want] of rows) {
    await t.test(rule, () => assert.equal(misspeltCity(written, cc, lookup)?.name ?? null, want));
  }
});
