import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSources } from './attribution.js';

const rows: [string, { name: string; via: string[] }[]][] = [
  ['Two mortar rounds fell near the port, Al Arabiya said on Tuesday citing AFP.', [{ name: 'AFP', via: ['Al Arabiya'] }]],
  ["The channel Al Sumaria TV reported late on Monday, citing a police source, that some people were hurt.", [{ name: 'police source', via: ['Al Sumaria TV'] }]],
  ['A drone hit a depot, a pair of security officials told The Associated Press on Monday.', [{ name: 'security officials', via: ['Associated Press'] }]],
  ['Two guards died, hospital and security sources told the Reuters and AFP agencies.', [{ name: 'security sources', via: ['Reuters'] }, { name: 'security sources', via: ['AFP'] }]],
  ['Five people died, according to a police spokesman.', [{ name: 'police spokesman', via: [] }]],
  ['Gunmen stormed the hotel, Reuters reported.', [{ name: 'Reuters', via: [] }]],
  ['Gunmen stormed the hotel on Monday.', []],
  ['Four passengers were killed, a police spokesman told the Khaama agency.', [{ name: 'police spokesman', via: ['Khaama agency'] }]],
  ['Two officers were wounded, according to the interior ministry.', [{ name: 'interior ministry', via: [] }]],
];

test('sources and citation chains', async (t) => {
  for (const [sentence, expected] of rows) {
    await t.test(sentence, () => {
      const got = findSources(sentence, 0).map((s) => ({ name: s.name, via: s.via }));
      assert.deepEqual(got, expected);
    });
  }
});

test('the outlet-word prefilter leaves findSources output unchanged, in either case', () => {
  const more = [
    'Radio Nacional said the bridge was blown up.', 'THE BRIDGE WAS BLOWN UP, RADIO CADENA NACIONAL REPORTED.',
    'The Daily Herald newspaper and Channel Four television said nothing.', 'Local TV showed the burnt bus.',
    'Gunmen killed two guards, AFP and Reuters reported.', 'GUNMEN KILLED TWO GUARDS, AFP REPORTED.',
  ];
  for (const sentence of [...rows.map(([s]) => s), ...more]) {
    for (const anyCase of [false, true]) {
      assert.deepEqual(findSources(sentence, 5, anyCase), findSources(sentence, 5, anyCase, false), `${anyCase} ${sentence}`);
    }
  }
  assert.ok(more.slice(0, 5).every((s) => findSources(s, 0, true).length > 0));
});
