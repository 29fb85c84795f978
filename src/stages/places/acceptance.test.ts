// Which gazetteer names count as places where they are written (acceptance.ts, context.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placesOf } from './test-helpers.js';

// [rule, text, places expected as written (in order)]
const rows: [string, string, string[]][] = [
  ['a title before a name', 'GENERAL RODRIGUEZ SAID THE ARMY WOULD RESPOND.', []],
  ['a title before, a city after a preposition', 'Mr Rodriguez flew to Cologne on Monday.', ['Cologne']],
  ['a surname seen with its first name', 'Megyn Kelly interviewed him. Later Kelly said no.', []],
  ['a first name and a surname in capitals', 'JOSE ANTONIO RODRIGUEZ PORTH WAS KILLED. RODRIGUEZ PORTH WAS A MINISTER.', []],
  ['a first name before a surname in capitals', 'THE BOMB EXPLODED NEAR ALVARO GOMEZ HURTADO\'S HOUSE.', []],
  ['a given name before a surname; a town after "in"', 'Orlando Bloom arrived in Tyler on Friday.', ['Tyler']],
  ['a speech verb after a place after a preposition', 'Doctors in Montpellier said the man from Damascus who survived was stable.', ['Montpellier', 'Damascus']],
  ['a newspaper named after its town', 'The Baghdad Post said the talks had failed.', []],
  ['a team named after its town', 'Real Madrid beat Manchester United on Sunday.', []],
  ['an airline named after its country', 'Air Canada flights resumed on Monday.', []],
  ['an ordinary word at the start of a sentence', 'Part of that is people being promoted.', []],
  ['an ordinary word inside a longer name', 'The band Rainbow Kitten Surprise played.', []],
  ['an exonym of a large city', 'The festival moved to Gothenburg this year.', ['Gothenburg']],
  ['a short acronym in mixed case', 'Doctors at the CHU treated the driver.', []],
  ['"US" and "UK" in capitals only', 'Let us meet the US envoy and the UK minister.', ['US', 'UK']],
  ['compass words and descriptions in capitals', 'THE ARMY FOUGHT IN THE EASTERN REGION AND NEAR THE CITY.', []],
  ['a known name starting an unknown longer one', 'Peasants were kidnapped in San Luis de la Reina on Saturday.', []],
  ['names listed after a place in capitals', 'SAN SALVADOR, 5 JAN 90 -- CLASHES WERE REPORTED IN GUAZAPA, CHALATENANGO AND APOPA.', ['SAN SALVADOR', 'GUAZAPA', 'CHALATENANGO', 'APOPA']],
  ['a province named as a surname after a first name or a title', 'THE MURDER OF DR FRANCISCO JOSE GUERRERO SHOCKED THE COUNTRY. DR GUERRERO WAS A JUDGE.', []],
  ['a province after a preposition is still a province', 'FRANCISCO JOSE GUERRERO WAS BORN IN GUERRERO.', ['GUERRERO']],
  ['no name inside another word', 'The ambassador met the Assad family.', []],
  ['postal codes count only after a town', 'The ME said it was too late, and OK he left.', []],
  ['a religious name is no town', 'FATHER JUAN LOPEZ OF THE SOCIETY OF JESUS SPOKE TO JOURNALISTS.', []],
  ['a long run of ordinary words in capitals is no name', 'THE BOMBS DAMAGED THE COUNTRY HOMES OF TWO SENATORS.', []],
  ['a list goes on past names we do not know', 'SAN SALVADOR, 5 JAN 90 -- TROOPS PATROLLED IN ILOPANGO, COLONIA VERDE, LOMA PARDA, AND CUSCATANCINGO.', ['SAN SALVADOR', 'ILOPANGO', 'COLONIA VERDE', 'CUSCATANCINGO']],
  ['a compass word after a preposition', 'SAN SALVADOR, 5 JAN 90 -- SHOTS WERE HEARD IN NORTHERN CUSCATANCINGO TODAY.', ['SAN SALVADOR', 'CUSCATANCINGO']],
  ['a kind word ends a Spanish name', 'BOGOTA, 5 JAN 90 -- HOUSES WERE BURNED IN EL RETIRO MUNICIPALITY.', ['BOGOTA', 'EL RETIRO']],
  ['a name after a surname of the document', 'PRESIDENT JAIME PAZ ZAMORA SPOKE TODAY. THE BOLIVIAN PRESIDENT JAIME PAZ ZAMORA LEFT.', []],
  ['a person\'s name after a known name ends in capitals at an ordinary word', 'THE REPORTER MARIA DEL PINO IN TEGUCIGALPA CALLED.', ['TEGUCIGALPA']],
  ['a country before a person\'s name is no start of a longer name', 'HE MET THE PRESIDENT OF EL SALVADOR ALFREDO CRISTIANI TODAY.', ['EL SALVADOR']],
  ['a town word after a small town in capitals', 'LIMA, 5 JAN 90 -- REBELS RAIDED HUANTA TOWN YESTERDAY.', ['LIMA', 'HUANTA']],
  ['"off" a town is a place', 'MANAGUA, 5 JAN 90 -- A FISHING BOAT SANK OFF BLUEFIELDS YESTERDAY.', ['MANAGUA', 'BLUEFIELDS']],
  ['an office called a department is no town', 'THE HEAD OF THE TASS DEPARTMENT SPOKE TO REPORTERS.', []],
];

test('acceptance: names that are places where they are written', async (t) => {
  for (const [rule, text, expected] of rows) {
    await t.test(rule, () => assert.deepEqual(placesOf(text).map((p) => p.text), expected, text));
  }
});
