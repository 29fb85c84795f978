// A town's name inside a person's name (person-named-place.ts), in mixed case and in capitals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceSpan } from '../../doc/doc.js';
import { inPersonName } from './person-named-place.js';

// [rule, text, the place's word, part of a person's name]
const rows: [string, string, string, boolean][] = [
  ['a given name before a surname', 'the assassination of Luis Carlos Galan', 'Luis', true],
  ['a surname after a given name', 'the murder of judge Carlos Valencia', 'Valencia', true],
  ['a surname after a rank', 'charges against Major Heraclides Sucre', 'Sucre', true],
  ['a town after a preposition', 'a bomb exploded in Valencia yesterday', 'Valencia', false],
  ['a given name before an ordinary word is the town', 'a bomb exploded in San Luis on Monday', 'Luis', false],
  ['a small town that speaks is a person', 'the spokesman Ortega denied it, Tolima said', 'Tolima', true],
  ['a small town after "according to" is a person', 'according to Tolima, the talks go on', 'Tolima', true],
  ['a capital that speaks may be its government', 'the rebels said Bogota denied it', 'Bogota', false],
  ['a town where something happened is no person', 'a mine went off in Tolima on Sunday', 'Tolima', false],
  // The place tested is the word's last occurrence.
  ['a person named again by the surnames alone', 'judges protested the murder of Carlos Valencia Ortega. Valencia Ortega had refused bail', 'Valencia', true],
  ['a person named again with a possessive', 'gunmen killed minister Carlos Valencia Ortega. He was implicated in Valencia Ortega\'s murder', 'Valencia', true],
  ['surnames told first at the very start of the text, with no given name', 'Valencia Ortega spoke first. Then Valencia Ortega police said', 'Valencia', false],
  ['a surname alone in the possessive, the person named in full before', 'President Rafael Tolima spoke. The army of Tolima\'s government left', 'Tolima', true],
  ['a town in the possessive, no person of that name before', 'a bomb went off in Tolima. The mayor of Tolima\'s capital spoke', 'Tolima', false],
  ['the town named again after a person of another name', 'judges protested the murder of Carlos Valencia Ortega. Valencia Medina police said', 'Valencia', false],
];

const place = (text: string, word: string): PlaceSpan => {
  const start = text.lastIndexOf(word);
  return { start, end: start + word.length, text: word, name: word, lat: 0, lon: 0, country: 'CO', admin1: null, geonames_id: null, feature: word === 'Bogota' || word === 'BOGOTA' ? 'PPLC' : 'PPL', precision: 'city', radius_km: 3, population: 0 };
};

test('a town\'s name inside a person\'s name', async (t) => {
  for (const [rule, text, word, expected] of rows) {
    await t.test(rule, () => {
      assert.equal(inPersonName(text, place(text, word)), expected, text);
      assert.equal(inPersonName(text.toUpperCase(), place(text.toUpperCase(), word.toUpperCase())), expected, `ALL CAPS: ${text}`);
    });
  }
});
