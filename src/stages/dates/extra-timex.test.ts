import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.js';

// [text, expected span text, type, value]; published 2026-03-14.
const cases: [string, string, string, string][] = [
  ['The dam was built in 2019.', '2019', 'DATE', '2019'],
  ['Unrest grew in late 2017.', 'late 2017', 'DATE', '2017'],
  ['The treaty dates from nineteen eighty-four.', 'nineteen eighty-four', 'DATE', '1984'],
  ['The town boomed in the 1990s.', 'the 1990s', 'DATE', '199'],
  ['Its walls date from the 11th century.', 'the 11th century', 'DATE', '10'],
  ['Patrols pass daily.', 'daily', 'SET', 'P1D'],
  ['Inspectors come every month.', 'every month', 'SET', 'P1M'],
  ['The market opens each Thursday.', 'each Thursday', 'SET', 'XXXX-WXX-4'],
  ['The camp is now full.', 'now', 'DATE', 'PRESENT_REF'],
  ['The current crisis began with a drought.', 'current', 'DATE', 'PRESENT_REF'],
  ['The militia recently seized the airport.', 'recently', 'DATE', 'PAST_REF'],
  ['More strikes may follow in the near future.', 'in the near future', 'DATE', 'FUTURE_REF'],
  ['Attacks rose in recent months.', 'in recent months', 'DURATION', 'PXM'],
];

test('extra TIMEX: years, decades, centuries, sets and vague references', async (t) => {
  for (const [text, phrase, type, value] of cases) {
    await t.test(text, () => {
      const found = findDates(text, '2026-03-14');
      const d = found.find((x) => x.text === phrase);
      assert.ok(d, `expected "${phrase}" in ${JSON.stringify(found.map((x) => x.text))}`);
      assert.equal(d.type, type);
      assert.equal(d.value, value);
    });
  }
});

test('extra TIMEX: numbers that only look like years, and words TimeBank leaves alone', () => {
  for (const text of ['The index rose to 2150 points.', 'It paid $1999 in fees.', 'Officials will decide soon.', 'The site had previously been shelled.', 'The state daily Tribune reported it.',
    // A 24-hour clock in wire copy, not a year.
    'THE SHOOTING BEGAN AT 1930 NEAR THE BRIDGE.', 'Sirens sounded at about 2015.', 'The plane landed 2010 (0210 GMT).']) {
    assert.deepEqual(findDates(text, '2026-03-14'), [], text);
  }
});
