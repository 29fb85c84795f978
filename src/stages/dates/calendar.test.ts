import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, isoWeek, quarterOf, weekRange } from './calendar.js';

test('calendar: ISO weeks belong to the year of their Thursday', () => {
  const cases: [string, string][] = [
    ['2026-03-11', '2026-W11'],
    ['2026-03-15', '2026-W11'], // a Sunday ends its week
    ['2026-03-16', '2026-W12'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-12-31', '2026-W53'],
  ];
  for (const [day, week] of cases) assert.equal(isoWeek(day), week, day);
});

test('calendar: week ranges, month steps and quarters', () => {
  assert.deepEqual(weekRange('2026-03-14'), { start: '2026-03-09', end: '2026-03-15' });
  assert.deepEqual(addMonths(2026, 1, -1), [2025, 12]);
  assert.deepEqual(addMonths(2026, 11, 3), [2027, 2]);
  assert.equal(quarterOf('2026-10-01'), 4);
  assert.equal(quarterOf('2026-03-31'), 1);
});
