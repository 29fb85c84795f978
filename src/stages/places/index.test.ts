import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placesOf, placeWritten } from './test-helpers.js';

// [text, toponym as written, expected country ('' for none), expected precision, approx lat, approx lon]
const rows: [string, string, string, string, number, number][] = [
  ['Rockets struck a base near Baghdad on Sunday.', 'Baghdad', 'IQ', 'city', 33.34, 44.4],
  ['Gunmen attacked a village in Nigeria.', 'Nigeria', 'NG', 'country', 9, 8],
  ['The attack in Mogadishu killed five.', 'Mogadishu', 'SO', 'city', 2.04, 45.34],
  ['A MORTAR ROUND HIT A HOUSE IN SAN SALVADOR.', 'SAN SALVADOR', 'SV', 'city', 13.69, -89.19],
  ['The blast hit the Iraqi capital late on Sunday.', 'the Iraqi capital', 'IQ', 'city', 33.34, 44.4],
  ['A BOMB EXPLODED IN THE PERUVIAN CAPITAL LAST NIGHT.', 'THE PERUVIAN CAPITAL', 'PE', 'city', -12.04, -77.03],
  // continents, regions, oceans and seas come from data/regions.json
  ['Ministers from Europe and Africa met to discuss the Middle East.', 'Middle East', '', 'region', 29, 42],
  ['Two tankers were attacked in the Red Sea on Friday.', 'Red Sea', '', 'region', 20, 38.5],
  ['Storms formed over the Atlantic early this year.', 'Atlantic', '', 'region', 10, -25],
  // country abbreviations, also as modifiers
  ['The US-led coalition met officials in Iraq.', 'US', 'US', 'country', 38, -99],
  ['UK ministers flew to Kabul.', 'UK', 'GB', 'country', 54, -3],
  // hyphenated and line-wrapped names
  ['Protesters marched through Port-au-Prince on Monday.', 'Port-au-Prince', 'HT', 'city', 18.54, -72.34],
  ['SAN SALVADOR, 5 JAN 90 -- [TEXT] THE ARMY HAS REPORTED THAT GUERRILLAS\nATTACKED A POST NEAR THE TOWN OF SANTA\nANA YESTERDAY.', 'SANTA\nANA', 'SV', 'city', 13.99, -89.56],
  // a province written with its kind, as Colombian wire copy names intendancies
  ['BOGOTA, 4 MAR 90 (EFE) -- GUERRILLAS BLEW UP THE OIL PIPELINE TODAY IN ARAUCA INTENDANCY.', 'ARAUCA', 'CO', 'admin1', 6.5, -71],
  // airports and universities named in Latin American wire copy (data/facilities.json)
  ['BOGOTA, 4 SEP 89 -- A PLANE WAS DYNAMITED TODAY AT THE LOS GARZONES AIRPORT.', 'LOS GARZONES AIRPORT', 'CO', 'facility', 8.82, -75.83],
  ['SAN SALVADOR, 16 NOV 89 -- Soldiers killed six priests today at the Central American University.', 'Central American University', 'SV', 'facility', 13.68, -89.24],
  // counties under their full names
  ['Deputies searched a farm in Collier County on Sunday.', 'Collier County', 'US', 'admin2', 26.2, -81.4],
  // "X City" as written
  ['A BOMB WENT OFF NEAR A POWER TOWER IN SOYAPANGO CITY.', 'SOYAPANGO CITY', 'SV', 'city', 13.71, -89.14],
  // a city named without its "City", beside towns of its province
  ['The mayors of Buffalo and Albany flew to New York on Monday.', 'New York', 'US', 'city', 40.7, -74],
  // written facilities and counties the admin tables split
  ['Flights at Heathrow were delayed on Friday.', 'Heathrow', 'GB', 'facility', 51.47, -0.45],
  // a generic alias after another town names that town's facility, not the one of the city named elsewhere
  ['BOGOTA, 3 SEP 89 -- A BOMB EXPLODED AT THE MONTERIA AIRPORT.', 'MONTERIA', 'CO', 'city', 8.75, -75.88],
  ['Floods hit villages across Yorkshire last week.', 'Yorkshire', 'GB', 'region', 54, -1.5],
];

test('places: recognition and resolution', async (t) => {
  for (const [text, written, cc, precision, lat, lon] of rows) {
    await t.test(text, () => {
      const p = placeWritten(text, written);
      if (typeof p === 'string') return assert.fail(p);
      assert.equal(p.country, cc);
      assert.equal(p.precision, precision);
      assert.ok(Math.abs(p.lat - lat) < 6 && Math.abs(p.lon - lon) < 6, `coordinates ${p.lat},${p.lon}`);
    });
  }
});

// Texts that must yield no place at all.
const none: [string, string][] = [
  ['The ambassador said Police Chief Mohammed Ali met the Speaker on Monday.', 'inside other words, common words, person names'],
  ['The Baghdad Post reported that Real Madrid beat a team sponsored by Bank of America.', 'organisations named after places'],
  ['Megyn Kelly interviewed the senator. Kelly said the plan would fail.', 'a surname seen with its first name'],
  ['Orlando Bloom and Paul arrived late.', 'given names'],
  ['THE ARMY REPORTED HEAVY FIGHTING IN THE EASTERN REGION.', 'compass words in capitals'],
  ['Doctors at the CHU treated the driver.', 'a short acronym in mixed case'],
  ['He had a surprise in store: the Rainbow Kitten Surprise played.', 'an ordinary word inside a longer name'],
];

test('places: no false hits', async (t) => {
  for (const [text, why] of none) {
    await t.test(why, () => assert.deepEqual(placesOf(text).map((p) => p.text), [], text));
  }
});

test('places: in capitals a bare province of a country the report never names is a surname', () => {
  // [text, the place texts expected]
  const cases: [string, string[]][] = [
    ['SANTIAGO, 3 MAR 90 -- THE WITNESS, VARGAS, TESTIFIED BEFORE THE COURT.', ['SANTIAGO']],
    ['CARACAS, 3 MAR 90 -- TROOPS WERE SENT TO VARGAS STATE.', ['CARACAS', 'VARGAS']],
  ];
  for (const [text, want] of cases) assert.deepEqual(placesOf(text).map((p) => p.text), want, text);
});

test('places: in capitals a small town placed once is the same town when named again', () => {
  // [text, the place texts expected]
  const cases: [string, string[]][] = [
    ['LIMA, 3 MAR 90 -- REBELS RAIDED THE POST IN UCHIZA. THE UCHIZA POLICE STATION HELD OUT.', ['LIMA', 'UCHIZA', 'UCHIZA']],
    // never placed after a preposition: a bare small-town name in capitals stays unread
    ['LIMA, 3 MAR 90 -- REBELS RAIDED A POST. THE UCHIZA POLICE STATION HELD OUT.', ['LIMA']],
  ];
  for (const [text, want] of cases) assert.deepEqual(placesOf(text).map((p) => p.text), want, text);
});
