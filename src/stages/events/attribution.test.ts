import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSources } from './attribution.js';

const rows: [string, { name: string; via: string[] }[]][] = [
  ['Three rockets struck the embassy, Al Arabiya reported on Sunday citing AFP.', [{ name: 'AFP', via: ['Al Arabiya'] }]],
  ["Iraq's Al Sumaria TV reported, citing a security source, that there were casualties.", [{ name: 'security source', via: ['Al Sumaria TV'] }]],
  ['A missile struck a helipad, two security officials told The Associated Press news agency.', [{ name: 'security officials', via: ['Associated Press'] }]],
  ['Three members were killed, security sources told the Reuters and AFP news agencies.', [{ name: 'security sources', via: ['Reuters'] }, { name: 'security sources', via: ['AFP'] }]],
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
