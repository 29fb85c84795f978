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

test('findWeapons: the key-word prefilter leaves the output unchanged', () => {
  // One invented sentence or more for every rule, in both cases, and some that name no weapon.
  const sentences = [
    'Katyusha rockets and a rocket launcher were found.', 'A CRUISE MISSILE AND TWO PROJECTILES FELL.',
    'Mortar rounds and mortars shells landed.', 'Artillery shells and more shells hit the farm.', 'TWO DRONES CIRCLED.',
    'Airstrikes, an air strike, warplanes, fighter jets and bombers pounded the hills.', 'A HAND GRENADE WAS THROWN.',
    'Dynamite sticks, explosive charges, sticks of dynamite, a firebomb, homemade devices and Molotov cocktails.',
    'A CAR-BOMB, A TRUCK BOMB, ROADSIDE BOMBS, IEDS, TNT, LANDMINES, MINES AND BOOBY-TRAPS.',
    'Improvised explosive devices and explosives were seized.', 'A SUICIDE VEST AND AN EXPLOSIVE BELT.',
    'Submachine guns, automatic rifles, M-16 rifles, AK-47s, FAL rifles, Galil rifles, Uzi submachine-guns, revolvers and shotguns.',
    'GUNS, GUNFIRE, A RIFLE, FIREARMS, PISTOLS, KALASHNIKOVS AND A BULLET.', 'Knives, a knife, machetes and an axe.',
    'The minister spoke about the budget on Tuesday.', 'NO ONE WAS HURT.',
  ];
  for (const s of sentences) {
    const found = findWeapons(s, 0, []);
    assert.deepEqual(found, findWeapons(s, 0, [], false), s);
  }
  assert.ok(sentences.slice(0, 14).every((s) => findWeapons(s, 0, []).length > 0));
});
