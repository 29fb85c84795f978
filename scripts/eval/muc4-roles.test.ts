import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../src/contract/mention.js';
import { goldFillers, isGeneric, isInstitution, normFiller, predictedFillers, type RoleDoc, scoreMuc4Roles, scoreRole } from './muc4-roles.js';
import { mention, record } from './test-helpers.js';

const actor = (text: string, name: string | null = null): Actor => ({ name, text, type: null, country: null, attribution: 'reported', start: 0, end: 1 });
const GENERIC = new Set(['Unidentified Armed Group']);

test('normFiller', () => {
  const cases: [string, string][] = [['The "Red Hand" Front', 'red hand front'], ['AN ARMY PATROL', 'army patrol'], ['Peña, José', 'pena jose'], ['theatre', 'theatre']];
  for (const [s, want] of cases) assert.equal(normFiller(s), want, s);
});

test('isGeneric', () => {
  const cases: [Actor, boolean][] = [[actor('gunmen', 'Unidentified Armed Group'), true], [actor('men', null), true], [actor('Red Hand', 'Red Hand Front'), false], [actor('troops', 'Unspecified Military Forces'), true]];
  for (const [a, want] of cases) assert.equal(isGeneric(a, GENERIC), want, a.text);
});

test('isInstitution', () => {
  const cases: [string, boolean][] = [['THE ARMY', true], ['security forces', true], ['National Police', true], ['soldiers', false], ['policemen', false], ['gunmen', false], ['army patrol', false]];
  for (const [t, want] of cases) assert.equal(isInstitution(t), want, t);
});

test('predictedFillers: roles, counted mentions only, aliases of one name are one entity', () => {
  const rec = record('d', [
    mention({ sub_event_type: 'Attack', perpetrators: [actor('GUNMEN', 'Unidentified Armed Group'), actor('RHF', 'Red Hand Front')], victims: [actor('A PEASANT'), actor('JUDGE ODILIA MARTEL', 'Odilia Martel')], weapons: [{ type: 'firearm', text: 'RIFLES', count: null, start: 0, end: 1 }] }),
    mention({ sub_event_type: 'Attack', perpetrators: [actor('RED HAND FRONT', 'Red Hand Front'), actor('THE ARMY', 'Unidentified Armed Group')], targets: [actor('THE BRIDGE')] }),
    mention({ sub_event_type: 'Armed clash', perpetrators: [actor('SOLDIERS')] }), // not a MUC-4 incident
  ]);
  const f = predictedFillers(rec, GENERIC);
  assert.deepEqual(f, { PerpInd: [['gunmen']], PerpOrg: [['rhf', 'red hand front'], ['army']], Target: [['bridge']], Victim: [['judge odilia martel']], Weapon: [['rifles']] });
});

test('predictedFillers: a named person who did it is an individual (PerpInd), not an organisation', () => {
  const person: Actor = { ...actor('MAJOR ODILIO PRANCE', 'Odilio Prance'), type: 'person' };
  const f = predictedFillers(record('d', [mention({ sub_event_type: 'Attack', perpetrators: [person] })]), GENERIC);
  assert.deepEqual([f.PerpInd, f.PerpOrg], [[['major odilio prance']], []]);
});

test('scoreRole: each gold and predicted entity matched at most once', () => {
  const gold = [['red hand front', 'rhf'], ['peasants']];
  const cases = [
    { name: 'alias hit', pred: [['rhf']], c: [1, 0, 1] },
    { name: 'two strings of one gold entity', pred: [['rhf'], ['red hand front']], c: [1, 1, 1] },
    { name: 'all', pred: [['peasants'], ['red hand front']], c: [2, 0, 0] },
    { name: 'partial string is no match', pred: [['hand front']], c: [0, 1, 2] },
    { name: 'none', pred: [], c: [0, 0, 2] },
  ];
  for (const x of cases) {
    const s = scoreRole(gold, x.pred);
    assert.deepEqual([s.tp, s.fp, s.fn], x.c, x.name);
  }
});

test('scoreMuc4Roles: groups, documents outside the run ignored', () => {
  const gold: RoleDoc[] = [
    { docid: 'a', extracts: { PerpOrg: [[['red hand front', 5], ['rhf', 40]]], Victim: [[['peasant', 60]]] } },
    { docid: 'b', extracts: {} },
    { docid: 'z', extracts: { Weapon: [[['bomb', 1]]] } },
  ];
  assert.deepEqual(goldFillers(gold[0]).PerpOrg, [['red hand front', 'rhf']]);
  const recs = [
    record('a', [mention({ sub_event_type: 'Attack', perpetrators: [actor('RHF', 'Red Hand Front')] })]),
    record('b', [mention({ sub_event_type: 'Attack', victims: [actor('A JUDGE'), actor('ODILIA MARTEL', 'Odilia Martel')] })]),
  ];
  const r = scoreMuc4Roles([{ name: 'dev', gold }], recs, new Set(['a', 'b', 'c']));
  assert.equal(r.groups[0].docs, 2);
  assert.deepEqual(r.groups[0].micro, { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(r.groups[0].perRole.Victim, { tp: 0, fp: 1, fn: 1 });
  assert.equal(r.withoutGold, 1);
});
