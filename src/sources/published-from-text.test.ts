import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publishedFromText } from './published-from-text.js';

// [first lines of a page, expected publication date]
const rows: [string, string | null][] = [
  ['Home | World\nPublished 17 November 2025 - 11:42\nGunmen attacked a convoy ...', '2025-11-17'],
  ['April 7, 2026 10:18 PM\nA blast hit the market ...', '2026-04-07'],
  ['Posted 06/03/2026\nProtesters gathered ...', '2026-03-06'],
  ['BAGHDAD, April 7 (Wire) - Rockets struck the base ...', null],
  // "today" and "yesterday" are certain to chrono, but only as the day the file is read.
  ['QUITO, 7 FEB (WIRE) -- A BOMB DAMAGED A BANK BRANCH TODAY IN THE PORT CITY.', null],
  ['Updated yesterday at 10:05\nThe ministry said ...', null],
  // A date counted from the day the file is read, in words no list holds.
  ['SAN SALVADOR, NO DATE (RADIO) -- [TEXT]\nTHE ARMY SAID IT KILLED 40 REBELS IN 3 DAYS.', null],
  ['KABUL, NO DATE -- Fighting went on over the past few days in the north.', null],
];

test('publication date from a page header', async (t) => {
  for (const [text, expected] of rows) {
    await t.test(text.split('\n')[0], () => assert.equal(publishedFromText(text), expected));
  }
});

test('a two-digit year after the month is a year as written', () => {
  assert.equal(publishedFromText('LIMA, 3 JAN 90 (WIRE) -- [TEXT] A BOMB DAMAGED A BANK BRANCH TODAY.'), '1990-01-03');
});
