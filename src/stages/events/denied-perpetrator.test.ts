import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../../extract.js';

const perpetratorsOf = (text: string) =>
  extractDoc({ id: 't', text, published: '2026-04-09' }).incidents.flatMap((m) => m.perpetrators.map((p) => p.name));

test('a group that denies an attack is not named as its perpetrator; one that claims it is', () => {
  const denied = "Three rockets struck the airport in Baghdad on Tuesday. Kataib Hezbollah did not claim Tuesday's rocket fire, and a spokesman for the group denied it was involved.";
  assert.ok(!perpetratorsOf(denied).includes('Kataib Hezbollah'), perpetratorsOf(denied).join(', '));
  const claimed = 'Three rockets struck the airport in Baghdad on Tuesday. Kataib Hezbollah claimed responsibility for the rocket fire.';
  assert.ok(perpetratorsOf(claimed).includes('Kataib Hezbollah'), perpetratorsOf(claimed).join(', '));
});
