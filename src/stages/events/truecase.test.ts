import { test } from 'node:test';
import assert from 'node:assert/strict';
import { truecase } from './truecase.js';

test('truecase: same length, names and sentence starts keep capitals', () => {
  const text = 'AL ARABIYA REPORTED CITING AFP. THREE ROCKETS HIT BAGHDAD.';
  const names = [{ start: 0, end: 10 }, { start: 27, end: 30 }, { start: 50, end: 57 }];
  const cased = truecase(text, names);
  assert.equal(cased.length, text.length);
  assert.equal(cased, 'Al Arabiya reported citing Afp. Three rockets hit Baghdad.');
});
