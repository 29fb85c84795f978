// Incidents reported together in a list of places (place-lists.ts): one incident per place, not for a route or
// a town and its province. Same answer in ALL CAPS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../../extract.js';

// [rule, report, the incidents' places]
const rows: [string, string, string[]][] = [
  ['each place of a list is an incident',
    'SAN SALVADOR, 4 MAR 90 (AFP) -- Rebels attacked polling stations today in Chalatenango, Guazapa and Ciudad Barrios.', ['Chalatenango', 'Guazapa', 'Ciudad Barrios']],
  ['a count for each place of a list',
    'BOGOTA, 4 MAR 90 (EFE) -- The army said guerrillas murdered three peasants in Cauca Department, two in Antioquia, and four in Cordoba.', ['Cauca Department', 'Antioquia', 'Córdoba']],
  ['a town with its province after it, then more places',
    'BOGOTA, 4 MAR 90 (EFE) -- The army said guerrillas murdered three peasants in Popayan, southern Cauca Department, two in Antioquia, and four in Cordoba.', ['Popayán', 'Antioquia', 'Córdoba']],
  ['a route is one incident',
    'BOGOTA, 4 MAR 90 (EFE) -- Guerrillas blew up a bridge today on the road between Cali and Buga.', ['Cali']],
  ['a town and its province are one place',
    'SAN SALVADOR, 4 MAR 90 (AFP) -- Guerrillas killed four peasants today in Guazapa, San Salvador Department.', ['Guazapa']],
];

const places = (text: string) => extractDoc({ id: 't', text, published: '1990-03-04', title: null, url: null, source: null, language: null, origin: 't' })
  .incidents.map((m) => m.location?.name ?? '-');

test('incidents reported in a list of places', async (t) => {
  for (const [rule, text, expected] of rows) {
    await t.test(rule, () => {
      assert.deepEqual(places(text), expected, text);
      assert.deepEqual(places(text.toUpperCase()), expected, `ALL CAPS: ${text}`);
    });
  }
});
