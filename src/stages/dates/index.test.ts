import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.js';

// [text, publication date, expected first expression: text, value, range start or null]
const cases: [string, string, string, string, string | null][] = [
  ['The attack happened on Sunday near the base.', '2020-01-26', 'on Sunday', '2020-01-26', '2020-01-26'],
  ['On Friday, the embassy renewed its alert.', '2026-03-14', 'On Friday', '2026-03-13', '2026-03-13'],
  ['Yesterday, they issued a statement.', '2026-03-14', 'Yesterday', '2026-03-13', '2026-03-13'],
  ['On 22 January, three missiles hit the zone.', '2020-01-26', 'On 22 January', '2020-01-22', '2020-01-22'],
  ['The war began with strikes on February 28.', '2026-03-14', 'February 28', '2026-02-28', '2026-02-28'],
  ['THE KIDNAPPING TOOK PLACE ON 30 DECEMBER IN THE TOWN.', '1990-01-03', 'ON 30 DECEMBER', '1989-12-30', '1989-12-30'],
  ['Back in late 2017, the government declared victory.', '2020-01-26', 'late 2017', '2017', '2017-01-01'],
  ['Rockets fell just earlier in the day near the embassy.', '2020-01-26', 'just earlier in the day', 'CONTEXT', null],
  ['Hours later, the embassy urged citizens to leave.', '2026-03-14', 'Hours later', 'CONTEXT', null],
  ['Fighting resumed the next day.', '2026-03-14', 'the next day', 'CONTEXT+1D', null],
  ['The two sides had been at war for over three years.', '2020-01-26', 'for over three years', 'P3Y', null],
  ['Militias claim daily attacks.', '2026-03-14', 'daily', 'P1D', null],
  ['Prices rose last month.', '2026-03-14', 'last month', '2026-02', '2026-02-01'],
];

test('dates: expressions, TIMEX values and past-preferring resolution', async (t) => {
  for (const [text, published, phrase, value, rangeStart] of cases) {
    await t.test(text, () => {
      const found = findDates(text, published);
      assert.ok(found.length > 0, `no date found in "${text}"`);
      const d = found[0];
      assert.equal(d.text, phrase);
      assert.equal(text.slice(d.start, d.end), d.text);
      assert.equal(d.value, value);
      assert.equal(d.range?.start ?? null, rangeStart);
    });
  }
});

test('dates: no publication date leaves relative expressions unresolved', () => {
  const [d] = findDates('On Friday, gunmen attacked.', null);
  assert.equal(d.value, 'XXXX-XX-XX');
  assert.equal(d.range, null);
});
