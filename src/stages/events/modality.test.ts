import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAggregate, isGenericNominal, modalityOf } from './modality.js';

// [text before the trigger, trigger, text after, expected: null = no incident, else "status/background"]
const rows: [string, string, string, string | null][] = [
  ['Three ', 'rockets', ' have struck the US embassy.', 'occurred/false'],
  ['Armed groups have always pledged to ', 'attack', ' US facilities.', null],
  ['The embassy has been repeatedly ', 'attacked', ' by rockets in the past.', null],
  ['The district has been targeted 3 times since May, and guards have done little to stop the ', 'attacks', '.', null],
  ['Police have no trace of the engineers ', 'kidnapped', ' in the past few hours near the mine.', 'occurred/false'],
  ['Militias say they carry out daily drone and missile ', 'attacks', ' on bases.', null],
  ['No ', 'rockets', ' were fired at the base.', null],
  ['Officials warned that militants may ', 'attack', ' again.', null],
  ['The group vowed to ', 'attack', ' the city.', null],
  // "to" after a word of comparison is no purpose: the act compared with is one that happened.
  ['The minister said the raid was similar to the ', 'murder of', ' the three monks at the mission.', 'occurred/false'],
  ['The militia came back to ', 'attack', ' the mission.', null],
  ['Police said the gang had planned to ', 'attack', ' the bank.', 'planned/false'],
  ['Intelligence officers said a cell is now plotting the governor\'s ', 'assassination', ' from across the border.', 'planned/false'],
  ['Police foiled a ', 'bombing', ' at the market.', 'attempted/false'],
  // The failure told after the device; another device's failure is not this one's.
  ['At the same time another ', 'explosive device', ' hurled at the farm credit office, by the town hall, failed to go off.', 'attempted/false'],
  ['A ', 'bomb exploded', ' in a cafe, and a second device left there was defused by the police.', 'occurred/false'],
  ['A ', 'bomb', ' tore through the cafe; a second device left there was defused by the police.', 'occurred/false'],
  ['Tensions rose after the commander was killed in the ', 'attack', ' at the airport.', 'occurred/true'],
  ['BUENOS AIRES, 30 MAY 89 -- A ', 'BOMB EXPLODED', ' AT A BANK.', 'occurred/false'],
  ['IN MAY 1989 GUNMEN ', 'KILLED', ' A JUDGE.', 'occurred/false'],
  ['THE REBELS MAY ', 'ATTACK', ' THE TOWN.', null],
  // Unsure who did it, not whether it was done; unsure whether it will be done.
  ['The minister suggested it could have been men of the militia who ', 'murdered', ' the six farmers.', 'occurred/false'],
  ['The minister said it may be the militia that will ', 'attack', ' the farms.', null],
  ['Officials said 1,300 policemen have been ', 'killed', ' in three years.', null],
  ['The constitution was drafted on the ', 'killing of', ' over 70,000 people.', null],
  ['Gunmen ', 'killed', ' 300 metres from the gate a guard.', 'occurred/false'],
  ['The army staff denied reports that a battalion post in one of the northern suburbs near the airport was ', 'attacked', ' this morning.', null],
  ['The unions rejected the ', 'murder', ' of the mayor as an act of cowardice.', 'occurred/false'],
  ['The ministry rejected that soldiers had ', 'murdered', ' the farmers.', null],
  ['The ministry rejected the claims of ', 'killings', ' by its troops.', null],
  ['The rebels, who ', 'attack', ' villages at night, were seen nearby.', null],
  ['The archbishop was ', 'assassinated', ' 10 years ago in the capital.', 'occurred/true'],
  ['The company stated that the ', 'attack', ' occurred despite the truce.', 'occurred/false'],
  ['The cartel has ', 'set off more than 260 bombs', ' in three years.', null],
  ['The army keeps ', 'bombing', ' the northern villages.', null],
  ['The senator was ', 'assassinated', ' by hired gunmen working for the cartel last year.', 'occurred/true'],
  ['He asked reporters to compare the number of people ', 'killed', ' in the war with the toll of the floods.', null],
  ['The number of guards ', 'killed', ' when gunmen stormed the depot on Friday has risen to six.', 'occurred/false'],
  ['The number of guards ', 'killed', ' in raids on depots this year is unknown.', null],
  ['These are the gangs who have ', 'killed', ' many judges and policemen.', null],
  ['Troops ', 'kidnapped', ' dozens of villagers in a raid on Tuesday.', 'occurred/false'],
  ['Hired gunmen took part in most of the ', 'murders of', ' union leaders.', null],
  ['During the 2 months of the crackdown some 20 judges have been ', 'killed', ' by hitmen.', null],
  ['The gangs who ', 'attack', ' buses at night were seen again.', null],
  ['A bomb the two men carried on a motorcycle ', 'exploded', ' before they could throw it at the depot.', 'occurred/false'],
  ['Party members are being ', 'murdered', ' by death squads, he said.', null],
  ['We ask all those who have been ', 'kidnapped', ' to be patient.', null],
  ['Two soldiers are ', 'killed', ' in an ambush near the border.', 'occurred/false'],
  ['The government will look into the circumstances of the ', 'attack', ' that killed ten workers.', 'occurred/false'],
  ['The group will launch a wave of ', 'attacks', ' next month.', null],
  ['He demanded they release more than 1,000 farmers they have ', 'kidnapped', '.', null],
  ['So far eight civilians have been ', 'killed', ' in the offensive.', null],
  ['Two policemen have been ', 'killed', ' in an ambush near the town.', 'occurred/false'],
  ["Saturday's raid came shortly after two ", 'strikes', ' hit the group.', 'occurred/false'],
];

test('modality and background', async (t) => {
  for (const [before, trigger, after, expected] of rows) {
    await t.test(before + trigger + after, () => {
      const m = modalityOf(before, trigger, after);
      assert.equal(m === null ? null : `${m.status}/${m.background}`, expected);
    });
  }
});

test('a killing named by its victim is one act unless framed as a kind of act', () => {
  assert.equal(isGenericNominal('Several groups condemned the ', 'murder of', false), false);
  assert.equal(isGenericNominal('They demanded an end to the ', 'killing of', false), true);
});

test('a bombing denounced or asked to be suspended is a kind of act, not one act', () => {
  assert.equal(isGenericNominal('WE DENOUNCE THE INDISCRIMINATE ', 'BOMBING', false), true);
  assert.equal(isGenericNominal('They called on the pilots to suspend the ', 'bombing', false), true);
  assert.equal(isGenericNominal('Witnesses said the ', 'bombing', false), false);
});

test('one murder condemned, with a word before it, is one act; murders condemned are the kind', () => {
  assert.equal(isGenericNominal('The army today condemned the cowardly ', 'murder', false), false);
  assert.equal(isGenericNominal('The union denounced the brutal ', 'kidnapping', false), false);
  assert.equal(isGenericNominal('The army today condemned the cowardly ', 'murders', false), true);
  assert.equal(isGenericNominal('The army today condemned ', 'murder', false), true);
});

test('plural attacks: counted, a campaign, or a reference back', () => {
  assert.equal(isAggregate('Officials blamed the recent ', 'attacks', false), true);
  assert.equal(isAggregate('He condemned its ', 'attacks', false), false);
  assert.equal(isAggregate('Three ', 'attacks', false), false);
  assert.equal(isAggregate('The air force resumed its ', 'attacks', false), true);
  assert.equal(isAggregate('Gunmen carried out two night ', 'attacks', false), false);
  assert.equal(isAggregate('Officials blamed the recent ', 'attacks', true), false);
});
