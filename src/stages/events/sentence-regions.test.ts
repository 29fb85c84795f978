// Two incidents in one sentence (index.ts, regionOf): each takes its place from its own part of the sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../../extract.js';

const place = (text: string, subType: string) =>
  extractDoc({ id: 't', text, published: '2026-03-05T10:00:00Z' }).incidents.find((m) => m.sub_event_type === subType)?.location?.name;

test('a trigger whose own clause names a place does not take the place of the clause before it', () => {
  const text = 'Hours after rockets hit the airport in Baghdad, a roadside bomb damaged two supply trucks in the Dora district of southern Baghdad.';
  assert.equal(place(text, 'Remote explosive/landmine/IED'), 'Dora (Baghdad)');
  assert.equal(place(text, 'Shelling/artillery/missile attack'), 'Baghdad International Airport');
});

test('a clause with no place of its own still reads the place before it', () => {
  const text = 'Rockets hit the airport in Baghdad, and a roadside bomb damaged two supply trucks nearby.';
  assert.equal(place(text, 'Remote explosive/landmine/IED'), 'Baghdad International Airport');
});
