import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../contract/mention.js';
import { namedDeath } from './named-deaths.js';

const person = (text: string, at: string, name: string | null = text): Actor => {
  const start = at.indexOf(text);
  return { name, text, type: 'person', country: null, attribution: 'reported', start, end: start + text.length };
};

test('namedDeath: a named person said killed is at least one death', () => {
  const cases: [string, string, string | null, number | null][] = [
    ['Tensions rose after the general Omar Taleb was killed in a targeted attack.', 'Omar Taleb', 'Omar Taleb', 1],
    ['They vowed to avenge Sheikh Hadi Mourad, the movement\'s founder, who was assassinated last year.', 'Hadi Mourad', 'Hadi Mourad', 1],
    ['Omar Taleb was wounded in the attack.', 'Omar Taleb', 'Omar Taleb', null], // hurt, not killed
    ['Omar Taleb said two guards were killed.', 'Omar Taleb', 'Omar Taleb', null], // the speaker, not the dead
    ['Omar Taleb said a guard was killed.', 'Omar Taleb', 'Omar Taleb', null],
    ['The commander was killed in the raid.', 'commander', null, null], // no name
  ];
  for (const [s, who, name, want] of cases) {
    const got = namedDeath(s, { start: 0, end: s.length }, [person(who, s, name)]);
    assert.equal(got?.best ?? null, want, s);
    if (got) assert.equal(got.low, 1);
  }
});
