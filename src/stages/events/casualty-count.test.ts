import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties } from './casualty-count.js';

type Row = [string, 'fatalities' | 'injuries' | 'casualties', number | null, number, number | null];
const rows: Row[] = [
  ['At least 12 people were killed in the blast.', 'fatalities', 12, 12, null],
  ['Three soldiers were wounded.', 'injuries', 3, 3, 3],
  ['Two strikes hit the group, killing three of its members.', 'fatalities', 3, 3, 3],
  ['There were several casualties as a result of the blast.', 'casualties', null, 2, null],
  ['Three missiles hit the zone, no one was injured.', 'injuries', 0, 0, 0],
  ['Rockets fell near the embassy, with no casualties confirmed so far.', 'casualties', 0, 0, 0],
  ['Two soldiers and three civilians were killed.', 'fatalities', 5, 5, 5],
  ['The death toll rose to 7 on Tuesday.', 'fatalities', 7, 7, 7],
  ['FOUR REBELS WERE KILLED AND NINE OTHERS WERE WOUNDED.', 'injuries', 9, 9, 9],
  ['Dozens were injured in the stampede.', 'injuries', null, 24, null],
  ['More than 40 people died.', 'fatalities', 41, 41, null],
  ['Last month, a suicide bomber killed 11 people at a wedding.', 'fatalities', 11, 11, 11],
  ['Two children dead after the shelling.', 'fatalities', 2, 2, 2],
  ['A woman wounded in the attack on a bar died on Sunday, bringing the number of people killed to nine.', 'fatalities', 9, 9, 9],
  ['A soldier was wounded and taken to hospital.', 'injuries', 1, 1, 1],
  ['At least 11 people, including seven policemen, were killed and 15 others injured.', 'fatalities', 11, 11, null],
  ["The number of people killed in yesterday evening's car bombing near the market has risen to nine.", 'fatalities', 9, 9, 9],
  ['The number of soldiers killed when MNLA (rebel) fighters stormed a post in Tessit, Gao region, on Friday night has risen to six.', 'fatalities', 6, 6, 6],
  ["The death toll from Tuesday's suicide attack on a police checkpoint in Bannu rose to 12 on Wednesday.", 'fatalities', 12, 12, 12],
  // A long name of the attack between the toll and its figure; the one death that raised it is not the toll.
  ['The death toll from an overnight drone strike on the northern river port of Kherson rose to four after a man died in hospital.', 'fatalities', 4, 4, 4],
];

test('a number before a preposition is not a count of the people after it', () => {
  const c = findCasualties('The toll rose to 12 on Wednesday after an injured constable died.', 0);
  assert.equal(c.injuries, null);
  assert.equal(c.fatalities?.best, 12);
});

test('casualty counts', async (t) => {
  for (const [sentence, kind, best, low, high] of rows) {
    await t.test(sentence, () => {
      const c = findCasualties(sentence, 100)[kind];
      assert.ok(c, `expected a ${kind} count`);
      assert.deepEqual([c.best, c.low, c.high], [best, low, high]);
      assert.equal(sentence.slice(c.start - 100, c.end - 100), c.text);
    });
  }
});

test('unknown stays null, never 0', () => {
  const c = findCasualties('There was no word yet on whether there were casualties in the attack.', 0);
  assert.deepEqual(c, { fatalities: null, injuries: null, casualties: null });
  assert.equal(findCasualties('A missile struck a helipad inside the embassy.', 0).fatalities, null);
});

test('the key-word prefilters leave findCasualties output unchanged', () => {
  const sentences = [
    'Two soldiers and three civilians were killed when the bus was hit.', 'THE BLAST KILLED AT LEAST 14 AND WOUNDED 30.',
    'The number of people killed rose to 9.', 'The number of guards killed in the raid on Friday night has risen to four.',
    'The death toll from the bombing climbed to 21.', 'The toll stands at about 40.', 'Several casualties were reported.',
    'NO ONE WAS KILLED, BUT NO ONE WAS HURT EITHER.', 'There were no deaths and no injuries.', 'The shells fell without causing casualties.',
    'No casualties were reported; no victims either.', 'The mayor left the town on Monday.', 'A quiet day at the market.',
  ];
  for (const s of sentences) assert.deepEqual(findCasualties(s, 7), findCasualties(s, 7, false), s);
});
