import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateSpan } from '../../doc/doc.js';
import { warStartDate } from './war-start.js';

const dateAt = (text: string, phrase: string, value: string): DateSpan => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, type: 'DATE', value, mod: null, range: { start: value, end: value, precision: 'day' }, relativeToContext: false };
};

test('warStartDate: "at the beginning of this war" is the day the report says the war began', () => {
  const text = 'The minister was killed by a drone strike at the start of the war. The war erupted after the border raid on 7 October.';
  const first = { start: 0, end: text.indexOf('The war') }, second = { start: text.indexOf('The war'), end: text.length };
  const d = dateAt(text, 'on 7 October', '2025-10-07');
  assert.equal(warStartDate(text, first, [first, second], [d])?.value, '2025-10-07');
  // No start given in the report, or no "beginning of the war" in the sentence: nothing.
  assert.equal(warStartDate(text, first, [first], [d]), null);
  assert.equal(warStartDate(text, second, [first, second], [d]), null);
});
