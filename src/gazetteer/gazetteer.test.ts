// The compiled gazetteer: the sorted name index, the centre of an area from its towns, lookups by name.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCentre, distanceKm, provinceCentre } from './centre.js';
import { loadGazetteer } from './gazetteer.js';
import { SortedNames, indexLines } from './name-index.js';

test('name index: postings, acronym marks and continuations by binary search', () => {
  const names = new SortedNames(indexLines(new Map([
    ['port-au-prince', ['7']], ['port', ['3']], ['us', ['2!', '9']], ['san jose', ['4', '5']], ['zug', ['1']],
  ])));
  const cases: [string, string | null][] = [['port', '3'], ['us', '2!,9'], ['san jose', '4,5'], ['san', null], ['aaa', null], ['zzz', null]];
  for (const [key, want] of cases) {
    const got = names.postings(key);
    assert.equal(got === null ? null : got.map((p) => `${p.row}${p.acronym ? '!' : ''}`).join(','), want, key);
  }
  const more: [string, boolean][] = [['port', true], ['san', true], ['san jose', false], ['zug', false]];
  for (const [key, want] of more) assert.equal(names.continues(key), want, key);
});

// Towns of an imaginary country: most along one coast, some far inland, two on an island 1000 km away.
const coast = Array.from({ length: 40 }, (_, k) => ({ lat: 10 + (k % 4) * 0.2, lon: 20 + k * 0.25 }));
const inland = Array.from({ length: 8 }, (_, k) => ({ lat: 14 + k * 0.5, lon: 22 + k * 0.5 }));
const island = [{ lat: 0, lon: 40 }, { lat: 0.1, lon: 40.1 }];

test('centre: the middle of the territory, not of its population', () => {
  const c = countryCentre([...coast, ...inland, ...island]);
  const median = { lat: 10.3, lon: 25 };
  // The territory runs from the coast (10°N) to 17.5°N: the centre lies inland of the coastal towns.
  assert.ok(c.lat > 11.5 && c.lat < 16, `lat ${c.lat}`);
  assert.ok(distanceKm(c, island[0]) > 1000, 'the far island does not pull the centre out to sea');
  assert.ok(distanceKm(c, median) > 150, 'not the median of the towns');
  const p = provinceCentre(coast);
  assert.ok(Math.abs(p.lat - 10.5) < 1 && Math.abs(p.lon - 25) < 1.5, `province ${p.lat},${p.lon}`);
  // Points on both sides of the antimeridian stay together.
  const fiji = countryCentre([{ lat: -17, lon: 179.5 }, { lat: -17.2, lon: -179.8 }, { lat: -16.8, lon: 179.8 }, { lat: -17.1, lon: -179.9 }]);
  assert.ok(Math.abs(Math.abs(fiji.lon) - 180) < 1.5, `antimeridian ${fiji.lon}`);
});

test('lookups: acronyms need capitals, regions come from data/regions.json, load is lazy and quick', () => {
  const t0 = performance.now();
  const g = loadGazetteer();
  assert.ok(performance.now() - t0 < 1000, 'loads in under a second');
  const cases: [string, string | null][] = [['US', 'US'], ['Us', null], ['UK', 'GB'], ['U.S.', 'US'], ['Middle East', ''], ['Red Sea', '']];
  for (const [written, cc] of cases) {
    const country = g.byName.find(written)?.find((p) => p.kind === 'country' || p.kind === 'region');
    assert.equal(country?.cc ?? null, cc, written);
  }
  assert.ok(g.byName.continues('port'), 'a longer name starts with "port"');
  // A town named "Ciudad X Y" is found as "X Y" too; "Ciudad Barrios" is not found as "Barrios".
  assert.ok(g.byName.find('Tecun Uman')?.some((p) => p.cc === 'GT'), 'Tecun Uman');
  assert.ok(!g.byName.find('Barrios')?.some((p) => p.cc === 'SV' && p.kind === 'city'), 'Barrios');
});

test('our data files: regions, abbreviations and given names are well formed', () => {
  const g = loadGazetteer();
  const dir = new URL('../../data/', import.meta.url);
  const read = (f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
  const FEATURES = /^(CONT|RGN|OCN|SEA|GULF|BAY|CHN|PEN|MTS|DSRT|LK|DLTA|PCLH)$/;
  for (const r of read('regions.json').filter((e: any) => !e._note)) {
    assert.match(r.feature, FEATURES, r.name);
    assert.ok(Math.abs(r.lat) <= 90 && Math.abs(r.lon) <= 180 && r.radius_km > 0, r.name);
    assert.ok(r.countries.every((c: string) => /^[A-Z]{2}$/.test(c)), r.name);
    assert.ok(!r.aliases.some((a: string) => /^the /i.test(a)), `${r.name}: aliases are matched without "the"`);
  }
  for (const [cc, states] of Object.entries(read('place-abbreviations.json'))) {
    if (cc.startsWith('_')) continue;
    for (const admin1 of Object.keys(states as object)) {
      assert.ok(g.byName.get(admin1.toLowerCase())?.some((p) => p.kind === 'admin1' && p.cc === cc), `${cc} ${admin1} is a province of the gazetteer`);
    }
  }
  const names: string[] = read('given-names.json').names;
  assert.equal(new Set(names).size, names.length, 'no given name twice');
});

test('written points: countries and large provinces sit in the middle of their territory', () => {
  const g = loadGazetteer();
  // [name as looked up, kind, expected point, tolerance km]: the towns' centre of each lies several hundred km off.
  const cases: [string, 'country' | 'admin1', { lat: number; lon: number }, number][] = [
    ['Russia', 'country', { lat: 61, lon: 98 }, 300], ['Brazil', 'country', { lat: -11, lon: -54 }, 300],
    ['Canada', 'country', { lat: 60, lon: -112 }, 300], ['Malaysia', 'country', { lat: 3, lon: 112 }, 200],
    ['Ontario', 'admin1', { lat: 49, lon: -85 }, 200], ['Alaska', 'admin1', { lat: 64, lon: -151 }, 200],
  ];
  for (const [name, kind, want, tol] of cases) {
    const p = g.byName.find(name)?.find((x) => x.kind === kind);
    assert.ok(p, `${name}: expected a ${kind}, got none`);
    assert.ok(distanceKm(p, want) < tol, `${name}: expected within ${tol} km of ${want.lat},${want.lon}, got ${p.lat},${p.lon}`);
  }
});

test('a Spanish compass head of a province is also read in English', () => {
  const found = loadGazetteer().byName.find('Northern Santander') ?? [];
  assert.deepEqual(found.map((p) => [p.kind, p.cc]), [['admin1', 'CO']]);
});
