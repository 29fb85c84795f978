import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorSpan } from '../../doc/doc.js';
import { nationalBodyPlace } from './national-body.js';

const actor = (text: string, start: number, type: string | null, country: string | null): ActorSpan => ({ text, start, end: start + text.length, name: text, type, country, generic: false });

test('nationalBodyPlace: a state body decides in its own country', () => {
  const s = 'After the raid, the Kenyan parliament voted to end the mission.';
  const got = nationalBodyPlace({ start: 0, end: s.length }, [actor('Kenyan parliament', 19, 'government', 'KE')]);
  assert.equal(got?.country, 'KE');
  assert.equal(got?.precision, 'country');
  // An armed group or a body outside the sentence places nothing.
  assert.equal(nationalBodyPlace({ start: 0, end: s.length }, [actor('Kenyan troops', 19, 'state_forces', 'KE')]), null);
  assert.equal(nationalBodyPlace({ start: 0, end: 10 }, [actor('Kenyan parliament', 19, 'government', 'KE')]), null);
});
