import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PlaceSpan } from '../../doc/doc.js';
import { advisoryArea } from './advisory-area.js';

const at = (s: string, word: string): PlaceSpan => {
  const start = s.indexOf(word);
  return { start, end: start + word.length, text: word, name: word, lat: 0, lon: 0, country: 'XX', admin1: null, geonames_id: null, feature: null, precision: 'country', radius_km: 1, population: 0 } as PlaceSpan;
};

test('advisoryArea: the area an alert covers, not the office that issued it', () => {
  const cases: [string, string[], string | null][] = [
    ['The embassy in Kabul told British nationals in Afghanistan to leave at once.', ['Kabul', 'Afghanistan'], 'Afghanistan'],
    ['The consulate in Erbil renewed its travel warning for Iraq.', ['Erbil', 'Iraq'], 'Iraq'],
    ['Citizens were urged to leave Lebanon while flights remain.', ['Lebanon'], 'Lebanon'],
    ['The ministry advised against travel to Mali.', ['Mali'], 'Mali'],
    ['The embassy in Kabul issued a security alert.', ['Kabul'], null], // no covered area written: the usual choice applies
  ];
  for (const [s, names, want] of cases) {
    const got = advisoryArea(s, { start: 0, end: s.length }, names.map((n) => at(s, n)));
    assert.equal(got?.text ?? null, want, s);
  }
});
