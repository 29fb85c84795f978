import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findWeapons } from './weapons.js';

test('findWeapons: the weapon as written, with its kind of charge', () => {
  const cases: [string, string[]][] = [
    ['THEY THREW THREE DYNAMITE CHARGES AT THE DOOR.', ['DYNAMITE CHARGES']],
    ['TWO HIGH-POWER BOMBS WENT OFF.', ['HIGH-POWER BOMBS']],
    ['GUNMEN WITH MACHINE-GUNS AND A PISTOL.', ['MACHINE-GUNS', 'PISTOL']],
    ['A car bomb and mortars hit the base.', ['car bomb', 'mortars']],
    // The launcher, the hand grenade, the charge of dynamite and the firebomb as written.
    ['They attacked with rocket launchers and hand grenades.', ['rocket launchers', 'hand grenades']],
    ['THEY PLACED A CHARGE OF DYNAMITE AND HURLED A FIREBOMB.', ['CHARGE OF DYNAMITE', 'FIREBOMB']],
    // Rounds fired are no weapon of their own: the gun, when named, is.
    ['HE WAS RIDDLED WITH BULLETS FIRED FROM A RIFLE.', ['RIFLE']],
    // Wire copy breaks lines inside a phrase: the weapon is still read whole.
    ['TWO MEDIUM-SIZED\nBOMBS WENT OFF AND A CAR\nBOMB FOLLOWED.', ['MEDIUM-SIZED\nBOMBS', 'CAR\nBOMB']],
  ];
  for (const [text, want] of cases) assert.deepEqual(findWeapons(text, 0, []).map((w) => w.text), want, text);
});
