import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Mention } from '../../contract/mention.js';
import { onlyCombatantsHit, retypeAttackOnForces } from './combatants.js';

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

const actor = (text: string): Actor => ({ name: text, text, type: 'other', country: null, attribution: 'reported', start: 0, end: text.length }) as Actor;
const attack = (victims: string[], targets: string[] = []): Mention =>
  ({ event_type: 'Violence against civilians', sub_event_type: 'Attack', victims: victims.map(actor), targets: targets.map(actor) }) as unknown as Mention;

// [victims, targets, sub-type after]
const roleRows: [string[], string[], string][] = [
  [['two soldiers'], ['an army patrol'], 'Armed clash'],
  [['TROOPS OF THE ATLACATL BATTALION'], [], 'Armed clash'],
  [[], ['the guard post at the bridge'], 'Armed clash'],
  [[], ["African Union forces' base"], 'Armed clash'],
  [[], ['an army base near the airport'], 'Armed clash'],
  [[], ['Deir Ezzur airbase'], 'Armed clash'],
  [['a retired army officer'], [], 'Attack'], // a retired officer is a civilian
  [['the wife of an army colonel'], [], 'Attack'],
  [['two soldiers', 'a farmer'], [], 'Attack'], // a civilian among the victims keeps it an attack on civilians
  [[], ['power posts'], 'Attack'],
  [[], [], 'Attack'], // nobody named: nothing to decide on
];

test('an attack whose every victim and target is an armed force is an armed clash', () => {
  for (const [victims, targets, expected] of roleRows) {
    const m = attack(victims, targets);
    retypeAttackOnForces(m);
    assert.equal(m.sub_event_type, expected, `${victims.join(', ')} / ${targets.join(', ')}`);
    assert.equal(m.event_type, expected === 'Armed clash' ? 'Battles' : 'Violence against civilians');
  }
});
