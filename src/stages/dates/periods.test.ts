import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.js';

// [text, publication date, expected span text, value, range start or null]; 2026-03-14 is a Saturday.
const cases: [string, string, string, string, string | null][] = [
  ['Shelling resumed last week.', '2026-03-14', 'last week', '2026-W10', '2026-03-02'],
  ['The envoy arrives this week.', '2026-03-11', 'this week', '2026-W11', '2026-03-09'],
  ['Voting is due next month.', '2026-03-14', 'next month', '2026-04', '2026-04-01'],
  ['Exports grew earlier this year.', '2026-03-14', 'earlier this year', '2026', '2026-01-01'],
  ['Prices fell last year.', '2026-03-14', 'last year', '2025', '2025-01-01'],
  ['Profit was flat last quarter.', '2026-03-14', 'last quarter', '2025-Q4', null],
  ['Crowds gathered this weekend.', '2026-03-14', 'this weekend', '2026-W11-WE', '2026-03-14'],
  ['Two stations were hit over the weekend.', '2026-03-16', 'over the weekend', '2026-W11-WE', '2026-03-14'],
  ['The border will reopen after the weekend.', '2026-03-11', 'the weekend', '2026-W11-WE', '2026-03-14'],
  ['Talks may resume this fall.', '2026-03-14', 'this fall', '2026-FA', null],
  ['The dam burst last summer.', '2026-03-14', 'last summer', '2025-SU', null],
  ['Sales for the year rose 4%.', '2026-03-14', 'the year', '2026', '2026-01-01'],
  ['In the year ended June 30, revenue fell.', '2026-03-14', 'the year', 'P1Y', null],
  ['The rains start in late May.', '2026-03-14', 'late May', '2026-05', '2025-05-01'],
  ['The rains will start in late May.', '2026-03-14', 'late May', '2026-05', '2026-05-01'],
  ['Fighting eased in mid-February.', '2026-03-14', 'mid-February', '2026-02', '2026-02-01'],
  ['The mission ended at the end of October 2024.', '2026-03-14', 'the end of October 2024', '2024-10', '2024-10-01'],
];

test('periods: weeks, weekends, months, years, quarters and seasons at their own granularity', async (t) => {
  for (const [text, published, phrase, value, rangeStart] of cases) {
    await t.test(text, () => {
      const found = findDates(text, published);
      const d = found.find((x) => x.text === phrase);
      assert.ok(d, `expected "${phrase}" in ${JSON.stringify(found.map((x) => x.text))}`);
      assert.equal(d.value, value);
      assert.equal(d.range?.start ?? null, rangeStart);
    });
  }
});

test('periods: "fall" and "spring" as words are no seasons', () => {
  for (const text of ['Prices may fall further.', 'The fall in output worried traders.', 'A spring fed the well.']) {
    assert.deepEqual(findDates(text, '2026-03-14'), [], text);
  }
});

test('periods: with no publication date the granularity stays and the value is unknown', () => {
  const found = findDates('Last week the talks failed; three years ago they had begun, in late May.', null);
  assert.deepEqual(found.map((d) => [d.text, d.value, d.range]), [
    ['Last week', 'XXXX-WXX', null], ['three years ago', 'XXXX', null], ['late May', 'XXXX-05', null],
  ]);
});
