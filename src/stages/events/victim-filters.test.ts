import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../contract/mention.js';
import { dropNonVictims } from './victim-filters.js';

const actor = (s: string, text: string, name: string | null): Actor => {
  const start = s.indexOf(text);
  return { name, text, type: name ? 'person' : null, country: null, attribution: 'reported', start, end: start + text.length };
};

test('dropNonVictims: appositions of a named victim and speakers are no victims', () => {
  const cases: [string, [string, string | null][], string[]][] = [
    ['They avenge Sheikh Omar Haddad, the movement\'s founder, who was killed.', [['Omar Haddad', 'Omar Haddad'], ['movement\'s founder', null]], ['Omar Haddad']],
    ['A strike killed two of its fighters, police sources told the agency.', [['fighters', null], ['police sources', null]], ['fighters']],
    ['A strike killed two fighters and a driver.', [['fighters', null], ['driver', null]], ['fighters', 'driver']],
    // not an apposition: another victim after "and"
    ['Gunmen killed Omar Haddad and the driver.', [['Omar Haddad', 'Omar Haddad'], ['driver', null]], ['Omar Haddad', 'driver']],
  ];
  for (const [s, victims, want] of cases) {
    assert.deepEqual(dropNonVictims(s, victims.map(([t, n]) => actor(s, t, n))).map((v) => v.text), want, s);
  }
});
