import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeName, oneEditApart } from './normalize.js';

test('normalizeName: one spelling for names written with or without accents', () => {
  const cases: [string, string][] = [
    ['Şanlıurfa', 'sanliurfa'], // the Turkish dotless i is an i
    ['Sanliurfa', 'sanliurfa'],
    ['Bogotá  D.C.', 'bogota d.c.'],
    ['N’Djamena', "n'djamena"],
    ['Ahmad Shah Massoud', 'ahmad shah massoud'],
  ];
  for (const [name, want] of cases) assert.equal(normalizeName(name), want, name);
});

test('oneEditApart: one letter changed, added or dropped', () => {
  const cases: [string, string, boolean][] = [
    ['connolly', 'conolly', true], ['conolly', 'connolly', true], ['ortiz', 'ortez', true], ['bernard', 'bernardo', true],
    ['ortiz', 'ortiz', true], ['ortiz', 'otez', false], ['lopez', 'lopezzz', false], ['abc', 'xyz', false],
  ];
  for (const [u, v, want] of cases) assert.equal(oneEditApart(u, v), want, `${u} / ${v}`);
});
