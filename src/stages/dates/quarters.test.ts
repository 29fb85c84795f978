import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.js';

// [text, publication date, expected span text, value]
const cases: [string, string, string, string][] = [
  ['Net income rose in the third quarter.', '2026-10-27', 'the third quarter', '2026-Q3'],
  ['Third-quarter sales slipped.', '2026-10-27', 'Third-quarter', '2026-Q3'],
  ['The fourth quarter was weak.', '2026-01-20', 'The fourth quarter', '2025-Q4'],
  ['Losses widened in the fourth quarter of 2024.', '2026-10-27', 'the fourth quarter of 2024', '2024-Q4'],
  ['It expects growth in next year\'s first quarter.', '2026-10-27', 'next year\'s first quarter', '2027-Q1'],
  ['Orders recovered in the first half of 2025.', '2026-10-27', 'the first half of 2025', '2025-H1'],
  // After a quarter is named, "a year earlier" and "the year-ago period" mean that quarter a year before.
  ['Third-quarter profit rose to $5 million from $4 million a year earlier.', '2026-10-27', 'a year earlier', '2025-Q3'],
  ['Profit in the second quarter fell. Sales in the year-ago period were higher.', '2026-10-27', 'the year-ago period', '2025-Q2'],
  ['Profit in the second quarter fell. Costs in the quarter rose.', '2026-10-27', 'the quarter', '2026-Q2'],
  // With no quarter named, "a year earlier" is last year.
  ['The plant employed 300 people a year earlier.', '2026-10-27', 'a year earlier', '2025'],
];

test('quarters: business quarters, halves and the quarter under discussion', async (t) => {
  for (const [text, published, phrase, value] of cases) {
    await t.test(text, () => {
      const found = findDates(text, published);
      const d = found.find((x) => x.text === phrase);
      assert.ok(d, `expected "${phrase}" in ${JSON.stringify(found.map((x) => `${x.text}=${x.value}`))}`);
      assert.equal(d.value, value);
    });
  }
});

test('quarters: "the period" with no quarter named is no date', () => {
  assert.deepEqual(findDates('During the period, the roads stayed closed.', '2026-10-27'), []);
});
