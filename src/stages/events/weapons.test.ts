import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findWeapons } from './weapons.js';

test('findWeapons: the weapon as written, with its kind of charge', () => {
  const cases: [string, string[]][] = [
    ['THEY THREW THREE DYNAMITE CHARGES AT THE DOOR.', ['DYNAMITE CHARGES']],
    ['TWO HIGH-POWER BOMBS WENT OFF.', ['HIGH-POWER BOMBS']],
    ['GUNMEN WITH MACHINE-GUNS AND A PISTOL.', ['MACHINE-GUNS', 'PISTOL']],
    ['A car bomb and mortars hit the base.', ['car bomb', 'mortars']],
  ];
  for (const [text, want] of cases) assert.deepEqual(findWeapons(text, 0, []).map((w) => w.text), want, text);
});
