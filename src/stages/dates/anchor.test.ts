import { test } from 'node:test';
import assert from 'node:assert/strict';
import { futureCue, resolveMonth, resolveMonthDay, resolveWeekday } from './anchor.js';

test('anchor: a future cue in the clause of the expression', () => {
  // [sentence, the expression in it, expected]
  const cases: [string, string, boolean][] = [
    ['The convoy will leave the port on Tuesday.', 'Tuesday', true],
    ['Talks are scheduled to resume Monday in Geneva.', 'Monday', true],
    ['The ministry said on Monday that it will reopen the road.', 'Monday', false],
    ['Gunmen stormed the checkpoint on Tuesday.', 'Tuesday', false],
    ['On Friday, the union plans to march to the square.', 'Friday', true],
    ['The offer, extended twice, expired Thursday. It will not be renewed.', 'Thursday', false],
    ['As you will recall, the mayor was abducted on 20 December.', '20 December', false],
    // The day names when the act took place, whatever will be done about it.
    ['They vowed they will avenge the massacre of 16 November.', '16 November', false],
    ['They vowed they will avenge the massacre in 16 November.', '16 November', true],
    // A relative clause in the past after the cue tells when the act it names happened.
    ['The minister will look into the ambush that left six guards dead on 2 May.', '2 May', false],
    ['The inquiry will hear the drivers who were stopped on 2 May.', '2 May', false],
    ['The party that lost the vote will meet on 2 May.', '2 May', true],
  ];
  for (const [text, phrase, expected] of cases) {
    const start = text.indexOf(phrase);
    assert.equal(futureCue(text, start, start + phrase.length), expected, text);
  }
});

test('anchor: weekdays look back (today included) unless the clause looks ahead', () => {
  assert.equal(resolveWeekday('2026-03-14', 6, false), '2026-03-14'); // Saturday said on a Saturday
  assert.equal(resolveWeekday('2026-03-14', 5, false), '2026-03-13');
  assert.equal(resolveWeekday('2026-03-14', 1, false), '2026-03-09');
  assert.equal(resolveWeekday('2026-03-14', 1, true), '2026-03-16');
});

test('anchor: month-days and months without a year', () => {
  // Well behind: last year's; a few weeks ahead: value reads ahead, range stays in the past without a cue.
  assert.deepEqual(resolveMonthDay('2026-03-14', 12, 30, false), { value: '2025-12-30', range: { start: '2025-12-30', end: '2025-12-30', precision: 'day' } });
  assert.equal(resolveMonthDay('2026-11-02', 11, 20, false).value, '2026-11-20');
  assert.equal(resolveMonthDay('2026-11-02', 11, 20, false).range?.start, '2025-11-20');
  assert.equal(resolveMonthDay('2026-11-02', 11, 20, true).range?.start, '2026-11-20');
  // A day after the report's day ("0130 GMT on 7 September" in a report dated the 6th) is this year's, not last year's.
  assert.equal(resolveMonthDay('1989-09-06', 9, 7, false).range?.start, '1989-09-07');
  assert.equal(resolveMonthDay('1989-09-06', 9, 10, false).range?.start, '1988-09-10');
  assert.equal(resolveMonthDay('2026-03-14', 10, 1, false).value, '2025-10-01');
  assert.equal(resolveMonth('2026-03-14', 12, false, null).value, '2025-12');
  assert.equal(resolveMonth('2026-03-14', 5, false, null).value, '2026-05');
  assert.equal(resolveMonth('2026-03-14', 9, false, 'this').value, '2026-09');
  assert.equal(resolveMonth('2026-03-14', 3, false, 'last').value, '2025-03');
  assert.equal(resolveMonth('2026-03-14', 2, false, 'next').value, '2027-02');
});
