import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onlyCombatantsHit } from './combatants.js';

// [sentence, expected: true = only fighters or military sites hit, an armed clash rather than an attack]
const rows: [string, boolean][] = [
  ['Rebels attacked an army post near the border.', true],
  ['Two guerrillas were also killed.', true],
  ['Troops tried to attack our fortified positions.', true],
  ['A sentry fired at two photographers at a military checkpoint.', false],
  ['Gunmen attacked a bus carrying farm workers.', false],
];

test('only combatants hit', async (t) => {
  for (const [sentence, expected] of rows) await t.test(sentence, () => assert.equal(onlyCombatantsHit(sentence, 0), expected));
});
