// Localities no gazetteer holds (localities.ts, locality-patterns.ts) and named streets and buildings
// (buildings.ts): the name as written, the point of the place that contains them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placesOf, placeWritten } from './test-helpers.js';

// [rule, text, span as written, expected name, expected country, expected feature]
const rows: [string, string, string, string, string, string][] = [
  ['a neighbourhood named by its kind, in its city', 'A mortar fell in the Zacamil neighborhood of San Salvador.', 'Zacamil', 'Zacamil', 'SV', 'locality'],
  ['the same in capitals', 'THE BOMB EXPLODED IN THE ESCALON NEIGHBORHOOD IN SAN SALVADOR.', 'ESCALON', 'Escalon', 'SV', 'locality'],
  ['a Spanish designator belongs to the name', 'TERRORISTS DETONATED A BOMB IN COLONIA MIRAMONTES, SAN SALVADOR.', 'COLONIA MIRAMONTES', 'Miramontes', 'SV', 'locality'],
  ['"the village of", contained by a province', 'A man was shot in the village of Kasba Bonli, in Rajasthan, on Friday.', 'Kasba Bonli', 'Kasba Bonli', 'IN', 'locality'],
  ['a name after "near", contained by a province', 'Gunmen killed two people near La Rochela, in Santander Department.', 'La Rochela', 'La Rochela', 'CO', 'locality'],
  ['an unknown name after "in", in the dateline city', 'SAN SALVADOR, 3 JAN 90 -- PEASANTS WERE KIDNAPPED IN SAN LUIS DE LA REINA.', 'SAN LUIS DE LA REINA', 'San Luis De La Reina', 'SV', 'locality'],
  ['a Spanish head word starts the name', 'TWO LEADERS WERE KILLED NEAR RIO BLANCO MUNICIPALITY, TOLIMA DEPARTMENT.', 'RIO BLANCO', 'Rio Blanco', 'CO', 'locality'],
  ['a canton replaces a foreign capital of the same name', 'A PRIEST WAS KILLED IN THE SANTO DOMINGO CANTON, SAN SALVADOR DEPARTMENT.', 'SANTO DOMINGO CANTON', 'Santo Domingo', 'SV', 'locality'],
  ['a neighbourhood of a city, not a town of that name elsewhere', 'A bomb exploded in the Olaya neighborhood in Bogota.', 'Olaya', 'Olaya', 'CO', 'locality'],
  ['the same in capitals', 'A BOMB EXPLODED IN THE OLAYA NEIGHBORHOOD IN BOGOTA.', 'OLAYA', 'Olaya', 'CO', 'locality'],
  ['what an attack is on, with its province', 'GUERRILLAS BURNED SIX HOUSES IN THEIR ATTACK ON SAN MIGUEL DE MERCEDES, CHALATENANGO DEPARTMENT.', 'SAN MIGUEL DE MERCEDES', 'San Miguel De Mercedes', 'SV', 'locality'],
  ['the same in mixed case', 'Guerrillas burned six houses in their attack on San Miguel de Mercedes, Chalatenango Department.', 'San Miguel de Mercedes', 'San Miguel de Mercedes', 'SV', 'locality'],
  ['a Spanish head word that is also a word', 'SAN SALVADOR, 3 JAN 90 -- THE REBELS BLEW UP A PYLON IN AGUA FRESCA, SOYAPANGO.', 'AGUA FRESCA', 'Agua Fresca', 'SV', 'locality'],
  ['a name after "in", before "by"', 'SAN SALVADOR, 3 JAN 90 -- TWO MEN DIED IN AN ATTACK IN LOMA ALTA BY REBEL UNITS.', 'LOMA ALTA', 'Loma Alta', 'SV', 'locality'],
  ['a province named in the sentence before contains the locality', 'BOGOTA, 3 JAN 90 -- GUERRILLAS BLEW UP THE PIPELINE TODAY IN ARAUCA INTENDANCY. THE BLAST OCCURRED IN CANO VERDE JURISDICTION.', 'CANO VERDE', 'Cano Verde', 'CO', 'locality'],
  ['a Spanish head before a known name makes a longer name', 'LIMA, 3 JAN 90 -- A DEPUTY WAS SHOT IN THE VILLA EL SALVADOR DISTRICT.', 'VILLA EL SALVADOR', 'Villa El Salvador', 'PE', 'locality'],
  ['every name after "the towns of" is a town', 'LIMA, 3 JAN 90 -- THE ATTACKS TOOK PLACE IN THE TOWNS OF SAN PEDRO DE QUIRCA, HUAYLLAPAMPA, AND CHUSCOPATA.', 'CHUSCOPATA', 'Chuscopata', 'PE', 'locality'],
  ['a name after "known as", with a kind word before it', 'A CAR BOMB EXPLODED IN A CROWDED DISTRICT IN CALI KNOWN AS SAN NICOLAS DEL RIO.', 'SAN NICOLAS DEL RIO', 'San Nicolas Del Rio', 'CO', 'locality'],
  ['a given name after "San" is the saint\'s, so the town\'s', 'SAN SALVADOR, 3 JAN 90 -- RAMON PEREZ SAID REBELS ATTACKED THE POST IN SAN RAMON WITH RIFLES.', 'SAN RAMON', 'San Ramon', 'SV', 'locality'],
  ['a kind word makes a foreign capital\'s name a local place, with no province in the sentence', 'SAN SALVADOR, 3 JAN 90 -- REBELS ATTACKED A POST IN SOYAPANGO. TWO SANTO DOMINGO CANTON CIVIL DEFENSE MEN WERE KILLED.', 'SANTO DOMINGO CANTON', 'Santo Domingo', 'SV', 'locality'],
  ['a quoted name after "the community of"', 'LIMA, 3 JAN 90 -- REBELS RAIDED THE COMMUNITY OF "PAMPA TORCIDA," IN JUNIN DEPARTMENT.', 'PAMPA TORCIDA', 'Pampa Torcida', 'PE', 'locality'],
  ['a quoted name before its kind word, with an English word in it', 'GUATEMALA CITY, 3 JAN 90 -- TROOPS SHELLED THE "CORRAL DE LOS OLIVOS" REFUGEE CAMP IN EL QUICHE.', 'CORRAL DE LOS OLIVOS', 'Corral De Los Olivos', 'GT', 'locality'],
  ['an article makes a word that is never a place alone a name', 'LIMA, 3 JAN 90 -- A BOMB WENT OFF IN LA VICTORIA DISTRICT.', 'LA VICTORIA', 'La Victoria', 'PE', 'locality'],
  ['a Spanish designator before a head word', 'SANTIAGO, 3 JAN 90 -- THE JUDGE WAS SHOT AT HIS HOME IN BARRIO ALTO.', 'BARRIO ALTO', 'Barrio Alto', 'CL', 'locality'],
  ['a name after "near", before "in" and its province', 'BOGOTA, 3 JAN 90 -- THE PIPELINE WAS BLOWN UP NEAR CANO TOSTADO IN ARAUCA INTENDANCY.', 'CANO TOSTADO', 'Cano Tostado', 'CO', 'locality'],
  ['a kind word after a hard line break, and the province after it when nothing before places it', 'CLANDESTINE, 3 JAN 90 -- PLANES BOMBED A CAMP IN LOMA\nCHATA MUNICIPALITY, SOUTHERN CHALATENANGO DEPARTMENT.', 'LOMA\nCHATA', 'Loma Chata', 'SV', 'locality'],
  ['a street, in the city named after it', 'Police closed Royal Street in New Orleans after the shooting.', 'Royal Street', 'Royal Street', 'US', 'street'],
  ['a hospital, in the city named after it', 'The man was taken to Northwestern Memorial Hospital in Chicago.', 'Northwestern Memorial Hospital', 'Northwestern Memorial Hospital', 'US', 'building'],
  ['a university named after its town', 'Students gathered at the University of Tulsa on Monday.', 'University of Tulsa', 'University of Tulsa', 'US', 'building'],
];

test('a name the report gave as a neighbourhood keeps that reading later', () => {
  const found = placesOf('SAN SALVADOR, 3 JAN 90 -- FIGHTING WENT ON IN THE ESCALON NEIGHBORHOOD. CIVILIANS ARE HELD BY GUERRILLAS IN ESCALON, IN THE NORTH.');
  assert.deepEqual(found.filter((p) => p.text === 'ESCALON').map((p) => p.country), ['SV', 'SV']);
});

test('"a San Salvador neighborhood" is a neighbourhood of the city, not one named after it', () => {
  const found = placesOf('SAN SALVADOR, 3 JAN 90 -- POLICE RAIDED A CHURCH IN CIUDAD CREDISA, A SAN SALVADOR NEIGHBORHOOD.');
  assert.deepEqual(found.filter((p) => p.text === 'SAN SALVADOR').map((p) => p.precision), ['city', 'city']);
});

test('"the X neighborhood of the town of Y" puts X in Y, not at the dateline', () => {
  const found = placesOf('BOGOTA, 3 JAN 90 -- GRENADES WERE THROWN AT A SHOP IN THE QUIRCALA NEIGHBORHOOD OF THE TOWN OF PASTO ON MONDAY.');
  const hood = found.find((p) => p.text === 'QUIRCALA');
  const pasto = found.find((p) => p.text === 'PASTO');
  assert.ok(hood && pasto);
  assert.deepEqual([hood.lat, hood.lon], [pasto.lat, pasto.lon]);
});

test('"the town of" names the town, not a district of the last city named', () => {
  const found = placesOf('LIMA, 3 JAN 90 (MOSCOW PRAVDA) -- TERRORISTS SHOT A MAYOR IN TIRAPATA VILLAGE. IN THE TOWN OF QUISHUAR TERRORISTS THREW BOMBS.');
  assert.equal(found.find((p) => p.text === 'QUISHUAR')?.country, 'PE');
});

test('a locality named by its kind is the same place when its name comes again bare', () => {
  const found = placesOf('BOGOTA, 3 JAN 90 -- A BOMB WENT OFF IN THE LOMA QUIRCA SECTOR. RESIDENTS OF LOMA QUIRCA HEARD THE BLAST.');
  assert.deepEqual(found.filter((p) => p.text === 'LOMA QUIRCA').map((p) => p.precision), ['neighbourhood', 'neighbourhood']);
});

test('a time after "in" is no locality', () => {
  assert.deepEqual(placesOf('SAN SALVADOR, 3 JAN 90 -- THE ATTACKS STARTED IN MID-JULY AND GO ON.').map((p) => p.text), ['SAN SALVADOR']);
});

test('localities, streets and buildings', async (t) => {
  for (const [rule, text, written, name, cc, feature] of rows) {
    await t.test(rule, () => {
      const p = placeWritten(text, written);
      if (typeof p === 'string') return assert.fail(p);
      assert.deepEqual([p.name, p.country, p.feature], [name, cc, feature], text);
    });
  }
});

// [rule, text]: no street, building or locality here.
const none: [string, string][] = [
  ['a building with no town to place it in', 'The professor works at Cornell University.'],
  ['buildings in capitals are reported by their town', 'THE BOMB EXPLODED AT THE NATIONAL UNIVERSITY IN BOGOTA.'],
  ['an ordinary word before a kind word', 'They walked to the old neighborhood in Lima.'],
  ['ordinary words in quotes before a kind word', 'SAN SALVADOR, 3 JAN 90 -- THEY BLAMED THE "HARD LINE" SECTOR OF THE ARMY.'],
  ['an English plural after "in" and before "in"', 'SAN SALVADOR, 3 JAN 90 -- TWO MEN DIED IN SKIRMISHES IN THE NORTH.'],
  ['a quoted name with no kind word', 'BOGOTA, 3 JAN 90 -- THE NEWS WAS PUBLISHED IN "LA PRENSA DEL NORTE" TODAY.'],
  ['who lives in a settlement, in the plural', 'SAN SALVADOR, 3 JAN 90 -- PLANES BOMBED A SETTLEMENT OF REPATRIATES NEAR THE BORDER.'],
];

test('no locality, street or building', async (t) => {
  for (const [rule, text] of none) {
    await t.test(rule, () => assert.deepEqual(placesOf(text).filter((p) => ['locality', 'street', 'building'].includes(p.feature)).map((p) => p.text), [], text));
  }
});

test('"the city\'s X district" lies in the city the report named last, not in the dateline city', () => {
  const text = 'KYIV, May 2 - Shelling hit the southern port of Kherson overnight, officials said.\nA shell struck a school in the city\'s Dniprovskyi district.';
  const p = placeWritten(text, 'Dniprovskyi');
  if (typeof p === 'string') return assert.fail(p);
  assert.equal(p.admin1, 'Kherson');
});
