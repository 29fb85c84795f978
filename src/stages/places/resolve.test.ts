// Which place a name means (evidence.ts, resolve.ts, abbreviations.ts): the dateline, "Town, State" pairs, the
// countries and provinces the report names, then size and kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeWritten } from './test-helpers.js';

// [rule, text, toponym as written, expected country, expected admin1 (or null to skip)]
const rows: [string, string, string, string, string | null][] = [
  ['the dateline country decides a Spanish name', 'SAN SALVADOR, 3 JAN 90 -- A BOMB EXPLODED IN SANTA ROSA.', 'SANTA ROSA', 'SV', null],
  ['another dateline, another country', 'MANAGUA, 3 JAN 90 -- A BOMB EXPLODED IN SANTA ROSA.', 'SANTA ROSA', 'NI', null],
  ['the dateline country decides a big namesake', 'BOGOTA, 5 FEB 90 -- GUERRILLAS ATTACKED A PATROL NEAR VALENCIA.', 'VALENCIA', 'CO', null],
  ['a dateline is a city before its province', 'HAMBURG (WEST GERMANY), 20 JUL 89 (DPA) -- A STATION WAS BOMBED.', 'HAMBURG', 'DE', null],
  ['a town and its state abbreviation', 'Shots were fired in Kent, Wash., on Sunday.', 'Kent', 'US', 'Washington'],
  ['a town and its state', 'Police in Atlanta, Georgia, arrested two men.', 'Georgia', 'US', 'Georgia'],
  ['a postal code after a town', 'Flooding hit Salem, OR and Perth, WA overnight.', 'WA', 'AU', 'Western Australia'],
  ['a dotted abbreviation on its own', 'Officials in D.C. said nothing.', 'D.C.', 'US', 'District of Columbia'],
  ['a list is no town-and-state pair', 'The prince made stops in Washington, New York and Boston.', 'Boston', 'US', 'Massachusetts'],
  ['the countries a report names', 'Iraqi forces said the strike near Falluja hit a convoy; Iraq denied it.', 'Falluja', 'IQ', null],
  ['the country of the report over a much larger namesake', 'Police in Scotland said the blast in Perth damaged two shops.', 'Perth', 'GB', 'Scotland'],
  ['a country name means the country', 'THE VOLCANO LOOMS OVER MUCH OF GUATEMALA.', 'GUATEMALA', 'GT', null],
  ['a historical country name', 'HAMBURG (WEST GERMANY), 20 JUL 89 (DPA) -- A STATION WAS BOMBED.', 'WEST GERMANY', 'DE', null],
  ['an odd old name of a city does not beat the city of that name', 'He flew from Rome to Washington.', 'Rome', 'IT', null],
  ['a continent beats a village of its name', 'The conference in Asia drew visitors.', 'Asia', '', null],
  ['a national capital over a village of its name in the dateline\'s country', 'MADRID (SPAIN), 3 JAN 90 -- THE PRIESTS WERE BURIED IN SAN SALVADOR TODAY. SPAIN PROTESTED.', 'SAN SALVADOR', 'SV', null],
  ['a region that lies in one country', 'Shelling continued in Eastern Ghouta on Monday.', 'Eastern Ghouta', 'SY', null],
];

test('resolution: the place a name means', async (t) => {
  for (const [rule, text, written, cc, admin1] of rows) {
    await t.test(rule, () => {
      const p = placeWritten(text, written);
      if (typeof p === 'string') return assert.fail(p);
      assert.equal(p.country, cc, `${text}: ${p.name}`);
      if (admin1 !== null) assert.equal(p.admin1, admin1, `${text}: ${p.name}`);
    });
  }
});
