import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refineSubType } from './refine-subtype.js';

// [sub-type from the trigger, sentence, expected sub-type]
const rows: [string, string, string][] = [
  ['Looting/property destruction', 'Civilians were looting stores in the suburb.', 'Mob violence'],
  ['Looting/property destruction', 'Gunmen looted the pharmacy and fled.', 'Looting/property destruction'],
  ['Government regains territory', 'Rebels captured the town after a siege.', 'Non-state actor overtakes territory'],
  ['Remote explosive/landmine/IED', 'Residents fled the bombings by the air force.', 'Air/drone strike'],
  ['Remote explosive/landmine/IED', 'A bombing at the bus station killed two.', 'Remote explosive/landmine/IED'],
  ['Peaceful protest', 'Police fired tear gas at the protesters.', 'Protest with intervention'],
];

test('sub-types refined from the sentence', async (t) => {
  for (const [subType, sentence, expected] of rows) {
    await t.test(sentence, () => assert.equal(refineSubType(subType, sentence, sentence.search(/captured|looted|looting|protesters|bombing/)), expected));
  }
});
