import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../sentences/index.js';
import { findPersons } from '../actors/persons.js';
import { harmedPersons } from './person-roles.js';

const victims = (text: string) => {
  const { tokens } = tokenize(text);
  return harmedPersons(text, { start: 0, end: text.length }, tokens, findPersons(text, tokens, true)).map((m) => text.slice(m.start, m.end));
};

test('harmedPersons: who a harm word reaches, not sources or agents', () => {
  const cases: [string, string[]][] = [
    ['GUNMEN KILLED JUDGE TOMASINA VELORIO AND HER DRIVER ALIRIO BASTIDAS TODAY.', ['TOMASINA VELORIO', 'ALIRIO BASTIDAS']],
    ['GUSTAVO ARMIJO AND FEBE QUINTAL WERE KIDNAPPED YESTERDAY.', ['GUSTAVO ARMIJO', 'FEBE QUINTAL']],
    ['POLICE REPORTED THE MURDER OF FATHER OSWIN VARGUERA.', ['OSWIN VARGUERA']],
    ['MAYOR RIGOBERTO ANSUELA DIED IN THE ATTACK.', ['RIGOBERTO ANSUELA']],
    ['COLONEL HUMBERTO CALDERA SAID THREE PEASANTS WERE KILLED.', []],
    ['THE PEASANTS WERE KILLED BY MAJOR OSVALDO PRIETO.', []],
    ['ACCORDING TO JUDGE AMPARO VELASCO, TWO MEN WERE WOUNDED.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(victims(text), want, text);
});
