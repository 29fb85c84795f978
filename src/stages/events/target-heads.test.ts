import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPhysicalTarget } from './target-heads.js';

test('isPhysicalTarget: things that can be hit, in the singular or plural', () => {
  const cases: [string, boolean][] = [
    ['houses', true], ['branches', true], ['pylons', true], ['Embassy', true], ['refineries', true], ['buses', true],
    ['talks', false], ['world', false], ['forces', false], ['kind', false], ['mines', false],
  ];
  for (const [head, want] of cases) assert.equal(isPhysicalTarget(head), want, head);
});
