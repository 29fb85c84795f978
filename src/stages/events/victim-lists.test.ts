import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mention } from '../../store/test-fixtures.js';
import { splitVictimLists } from './victim-lists.js';

const person = (text: string, name: string) => ({ name, text: name, type: 'person', country: null, attribution: 'reported' as const, start: text.indexOf(name.toUpperCase()), end: text.indexOf(name.toUpperCase()) + name.length });
const names = (ms: ReturnType<typeof splitVictimLists>) => ms.map((m) => m.victims.map((v) => v.name ?? v.text).join('+'));

test('splitVictimLists: a plural act listing people by name is one act per person', () => {
  const text = 'THE MINISTER RECALLED THE MURDERS OF JUDGE TOMAS RUIZ PENA, COLONEL ANSELMO GARZA RIVAS AND SENATOR BENITO OCHOA LARA.';
  const listing = mention('x#1', { victims: ['Tomas Ruiz Pena', 'Anselmo Garza Rivas', 'Benito Ochoa Lara'].map((n) => person(text, n)) });
  assert.deepEqual(names(splitVictimLists([listing], text)), ['Tomas Ruiz Pena', 'Anselmo Garza Rivas', 'Benito Ochoa Lara']);
  // A person another mention of the report already tells of is left to it.
  const own = mention('x#2', { victims: [person(text, 'Benito Ochoa Lara')] });
  const split = splitVictimLists([listing, own], text);
  assert.deepEqual(split.map((m) => m.id), ['x#1', 'x#1', 'x#2']);
  assert.deepEqual(names(split), ['Tomas Ruiz Pena', 'Anselmo Garza Rivas', 'Benito Ochoa Lara']);
});

test('splitVictimLists: a harming verb, a span of time and a list of names are several acts', () => {
  const text = 'HIRED GUNMEN KILLED IN LESS THAN\nTHREE DAYS JUDGE TOMAS RUIZ PENA AND COLONEL ANSELMO GARZA RIVAS.';
  const m = mention('x#1', { victims: ['Tomas Ruiz Pena', 'Anselmo Garza Rivas'].map((n) => person(text, n)) });
  assert.deepEqual(names(splitVictimLists([m], text)), ['Tomas Ruiz Pena', 'Anselmo Garza Rivas']);
});

test('splitVictimLists: one act naming several victims stays one', () => {
  const text = 'GUNMEN KILLED TOMAS RUIZ PENA AND ANSELMO GARZA RIVAS AT THE FARM.';
  const m = mention('x#1', { victims: ['Tomas Ruiz Pena', 'Anselmo Garza Rivas'].map((n) => person(text, n)) });
  assert.deepEqual(names(splitVictimLists([m], text)), ['Tomas Ruiz Pena+Anselmo Garza Rivas']);
  const massacre = 'THE MURDERS OF THE SIX MONKS AND THEIR COOK SHOCKED THE TOWN.';
  const unnamed = mention('x#1', { victims: [{ name: null, text: 'SIX MONKS', type: 'person', country: null, attribution: 'reported' as const, start: 19, end: 28 }] });
  assert.deepEqual(names(splitVictimLists([unnamed], massacre)), ['SIX MONKS']);
});
