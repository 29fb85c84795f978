import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../doc/doc.js';
import { cleanStage } from '../clean/index.js';
import { sentencesStage } from '../sentences/index.js';
import { placesStage } from './index.js';

function places(text: string) {
  const doc = newDoc({ id: 't', text, published: null, title: null, url: null, source: null, language: null, origin: 't' });
  cleanStage.run(doc); sentencesStage.run(doc); placesStage.run(doc);
  return doc.layers.places!;
}

// [text, toponym as written, expected country, expected precision, approx lat, approx lon]
const rows: [string, string, string, string, number, number][] = [
  ['Rockets struck a base near Baghdad on Sunday.', 'Baghdad', 'IQ', 'city', 33.34, 44.4],
  ['Gunmen attacked a village in Nigeria.', 'Nigeria', 'NG', 'country', 9, 8],
  ['The attack in Mogadishu killed five.', 'Mogadishu', 'SO', 'city', 2.04, 45.34],
  ['A MORTAR ROUND HIT A HOUSE IN SAN SALVADOR.', 'SAN SALVADOR', 'SV', 'city', 13.69, -89.19],
  ['The blast hit the Iraqi capital late on Sunday.', 'the Iraqi capital', 'IQ', 'city', 33.34, 44.4],
];

test('places: recognition and resolution', async (t) => {
  for (const [text, written, cc, precision, lat, lon] of rows) {
    await t.test(text, () => {
      const p = places(text).find((x) => x.text === written);
      assert.ok(p, `expected a place "${written}", got ${places(text).map((x) => x.text).join(', ')}`);
      assert.equal(p.country, cc);
      assert.equal(p.precision, precision);
      assert.ok(Math.abs(p.lat - lat) < 6 && Math.abs(p.lon - lon) < 6, `coordinates ${p.lat},${p.lon}`);
    });
  }
});

test('places: no place inside another word, no common word, no place in a person name', () => {
  const found = places('The ambassador said Police Chief Mohammed Ali met the Speaker on Monday.').map((p) => p.text);
  assert.deepEqual(found, []);
});
