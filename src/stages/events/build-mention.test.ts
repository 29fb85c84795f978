import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../../extract.js';

const incidents = (text: string) => extractDoc({ id: 't', text, published: '2024-03-12' }).incidents;

test('burning property keeps who did it and what was burned', () => {
  const [burning] = incidents('Armed men set fire to a grocery store on Monday.');
  assert.equal(burning.sub_event_type, 'Looting/property destruction');
  assert.deepEqual(burning.targets.map((a) => a.text), ['grocery store']);
  assert.deepEqual(burning.perpetrators.map((a) => a.text), ['Armed men']);
});

test('a decision has no targets or victims', () => {
  for (const m of incidents('The rebels agreed on Monday to a ceasefire with the army.')) {
    if (m.event_type !== 'Strategic developments') continue;
    assert.deepEqual([m.targets, m.victims], [[], []]);
  }
});
