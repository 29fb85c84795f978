import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNonConflict } from './domain.js';

// [sentence, expected: true = a sentence from another world that borrows war words]
const rows: [string, boolean][] = [
  ['The senator harshly attacked the president over the budget.', true],
  ['The editor called the raid an attack on freedom of the press.', true],
  ['The new loan is a shot in the arm for the farmers.', true],
  ['Poverty could lead to a social explosion, the bishop warned.', true],
  ['A bomb explosion shook the social security building.', false],
  ['A freight train was derailed after hitting a dynamite charge.', false],
  ['A bus overturned on the mountain road.', true],
  ['Gunmen attacked the president of the cooperative at his farm.', false],
  ['Rebels attacked the opposition candidate\'s convoy with rifles.', false],
  ['A man placed a bomb in a movie theater at the base.', false],
  ['Two explosive-laden drones were shot down near the airport.', false],
  ['The air force said the reconnaissance plane was shot down over the sea.', true],
  ['The thriller was the most watched movie of the year.', true],
  ['A bitter political confrontation exploded in congress over the referendum.', true],
  ['Two devices designed to distribute leaflets exploded downtown.', true],
];

test('sentences that borrow war words', async (t) => {
  for (const [sentence, expected] of rows) {
    await t.test(sentence, () => assert.equal(isNonConflict(sentence), expected));
  }
});
